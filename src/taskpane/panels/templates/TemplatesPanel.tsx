import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { annexLabel } from "../../../core/schema/label";
import { useLocale, useT } from "../../i18n/use-t";
import { Notice } from "../shared/Notice";
import { useTemplates } from "./use-templates";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  item: { display: "flex", flexDirection: "column" },
  has: { marginLeft: "32px", color: tokens.colorNeutralForeground3 },
});

export function TemplatesPanel() {
  const t = useT();
  const styles = useStyles();
  const { locale } = useLocale();
  const s = useTemplates();
  return (
    <section aria-label={t("tabTemplates")}>
      <p>{s.standalone ? t("templatesIntroStandalone") : t("templatesIntro")}</p>
      <Checkbox
        label={t("templatesAll")}
        checked={s.allSelected ? true : s.selected.size ? "mixed" : false}
        onChange={s.toggleAll}
      />
      <div className={styles.list}>
        {s.presence.map(({ schema, sheets }) => (
          <div key={schema.id} className={styles.item}>
            <Checkbox
              label={annexLabel(schema, locale)}
              title={schema.title}
              checked={s.selected.has(schema.id)}
              onChange={() => s.toggle(schema.id)}
            />
            {!s.standalone && (
              <Caption1 className={styles.has}>
                {sheets.length ? t("templatesHas", { sheets: sheets.join("、") }) : t("templatesNone")}
              </Caption1>
            )}
          </div>
        ))}
      </div>
      <Button appearance="primary" disabledFocusable={s.busy} onClick={s.submit}>
        {s.standalone ? t("templatesDownload") : t("templatesInsert")}
      </Button>
      <Notice notice={s.notice} />
    </section>
  );
}
