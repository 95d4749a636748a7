import { Button, Checkbox, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { useT } from "../../i18n/use-t";
import { Notice } from "../shared/Notice";
import type { useFollowUp } from "./use-follow-up";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  text: { minWidth: 0, width: "100%" },
});

/** 催交通知: the text to send to the units that have not returned everything, to copy or download. */
export function Reminders({ s }: { s: ReturnType<typeof useFollowUp> }) {
  const t = useT();
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  if (!s.hasRequest) return <p>{t("remindNoRoster")}</p>;
  return (
    <div className={styles.stack}>
      <Checkbox label={t("remindEach")} checked={s.each} onChange={(_, d) => s.setEach(!!d.checked)} />
      <Field label={t("remindText")}>
        <Textarea
          ref={area}
          className={styles.text}
          value={s.reminder}
          onChange={(_, d) => s.setReminder(d.value)}
          resize="vertical"
          rows={8}
          data-testid="reminder"
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={s.busy}
          onClick={() => s.copyReminder(() => area.current?.select())}
        >
          {t("copy")}
        </Button>
        <Button disabledFocusable={s.busy} onClick={s.downloadReminder}>
          {t("downloadTxt")}
        </Button>
      </div>
      {s.where === "remind" && <Notice notice={s.notice} />}
    </div>
  );
}
