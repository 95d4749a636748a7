import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { unitName } from "../../../core/merge/summary-text";
import { useLocale, useT } from "../../i18n/use-t";
import { Notice } from "../shared/Notice";
import type { useFollowUp } from "./use-follow-up";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  unit: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** 退回修改: each unit with errors, its list to copy and its workbook to download; all as a zip. */
export function Corrections({ s }: { s: ReturnType<typeof useFollowUp> }) {
  const t = useT();
  const { locale } = useLocale();
  const styles = useStyles();
  if (!s.fixes.length) return <p>{t("fixNone")}</p>;
  return (
    <div className={styles.unit}>
      <ul className={styles.list} data-testid="corrections">
        {s.fixes.map((f) => (
          <li key={f.unit} className={styles.unit} data-unit={f.unit}>
            <strong>{unitName(f.unit, locale)}</strong>
            <Caption1 className={styles.counts}>
              {t("fixUnitLine", { errors: f.errors, warnings: f.warnings })}
            </Caption1>
            <span className={styles.actions}>
              <Button
                size="small"
                disabledFocusable={s.busy}
                onClick={() => s.copyFix(f.unit)}
                aria-label={t("fixCopyLabel", { unit: unitName(f.unit, locale) })}
              >
                {t("fixCopy")}
              </Button>
              <Button
                size="small"
                disabledFocusable={s.busy}
                onClick={() => s.downloadFix(f.unit)}
                aria-label={t("fixDownloadLabel", { unit: unitName(f.unit, locale) })}
              >
                {t("fixDownload")}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={s.busy} onClick={s.downloadAllFixes}>
          {t("fixDownloadAll")}
        </Button>
      </div>
      {s.where === "fix" && <Notice notice={s.notice} />}
    </div>
  );
}
