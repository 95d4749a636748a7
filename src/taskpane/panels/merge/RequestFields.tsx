import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { annexLabel } from "../../../core/schema/label";
import { useLocale, useT } from "../../i18n/use-t";
import { useServices } from "../../services";
import type { useRequest } from "./use-request";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Inputs shrink with the pane (Fluent's default minimum would scroll a 170 px pane sideways).
  input: { minWidth: 0, width: "100%" },
  annexes: { display: "flex", flexDirection: "column" },
});

export interface RequestFieldsProps {
  readonly request: ReturnType<typeof useRequest>;
  readonly disabled: boolean;
  readonly onUnitTemplates: () => void;
}

/** 收集任务: the round's title, deadline, the forms every unit returns, how to send; templates per unit. */
export function RequestFields({ request, disabled, onUnitTemplates }: RequestFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const styles = useStyles();
  const { forms } = useServices();
  const { draft, set, toggleAnnex, deadline } = request;
  return (
    <div className={styles.stack}>
      <Field label={t("requestRound")}>
        <Input
          className={styles.input}
          value={draft.title}
          onChange={(_, d) => set({ title: d.value })}
          disabled={disabled}
        />
      </Field>
      <Field
        label={t("requestDeadline")}
        hint={deadline.problem ? undefined : t("requestDeadlineHint")}
        validationState={deadline.problem ? "error" : "none"}
        validationMessage={deadline.problem || undefined}
      >
        <Input
          className={styles.input}
          value={draft.deadline}
          onChange={(_, d) => set({ deadline: d.value })}
          placeholder="2023-02-20"
          disabled={disabled}
        />
      </Field>
      <fieldset className={styles.annexes} disabled={disabled}>
        <legend>{t("requestAnnexes")}</legend>
        {forms.all().map((s) => (
          <Checkbox
            key={s.id}
            label={annexLabel(s, locale)}
            checked={draft.annexes.includes(s.id)}
            onChange={(_, d) => toggleAnnex(s.id, !!d.checked)}
          />
        ))}
      </fieldset>
      <Field label={t("requestHowToSend")}>
        <Input
          className={styles.input}
          value={draft.howToSend}
          onChange={(_, d) => set({ howToSend: d.value })}
          disabled={disabled}
        />
      </Field>
      <div>
        <Button disabledFocusable={disabled} onClick={onUnitTemplates}>
          {t("unitTemplatesRun")}
        </Button>
      </div>
    </div>
  );
}
