import {
  Badge,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { unitName } from "../../../core/merge/summary-text";
import { useLocale, useT } from "../../i18n/use-t";
import type { UnitRow } from "./status-rows";

const useStyles = makeStyles({
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  table: { tableLayout: "auto", width: "100%" },
  // Unit names and the 行数 header never break inside a word (「办公/室」).
  unit: { display: "block", whiteSpace: "nowrap" },
  // A long state (部分未报：附件3、附件4、附件5) wraps inside its badge instead of being cut.
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "start", overflowWrap: "anywhere" },
  nowrap: { whiteSpace: "nowrap" },
  change: { display: "block", color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
  rows: { display: "block", whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

const STATE_COLOR = {
  returned: "success",
  partial: "severe",
  missing: "danger",
  unlisted: "important",
  unknown: "danger",
} as const;
const FLAG_COLOR = {
  errors: "danger",
  warnings: "warning",
  replaced: "informative",
  supplemented: "informative",
  late: "severe",
} as const;

/** Each unit: its state, what else is worth knowing, its rows. */
export function StatusTable({ rows }: { rows: readonly UnitRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  const styles = useStyles();
  const flagText = (u: UnitRow, flag: keyof typeof FLAG_COLOR) =>
    flag === "errors"
      ? t("statusErrors", { count: u.errors })
      : flag === "warnings"
        ? t("statusWarnings", { count: u.warnings })
        : flag === "late"
          ? t("statusLate")
          : flag === "supplemented"
            ? t("statusSupplemented")
            : t("statusReplaced");
  return (
    <Table size="small" className={styles.table} aria-label={t("statusTitle")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.nowrap}>{t("statusUnit")}</TableHeaderCell>
          <TableHeaderCell className={styles.nowrap}>{t("statusState")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((u) => (
          <TableRow key={u.unit} data-unit={u.unit}>
            {/* Two columns, the row count under the name: the table fits a 170 px pane (340 px at 200 %). */}
            <TableCell>
              <span className={styles.unit}>{unitName(u.unit, locale)}</span>
              <Caption1 className={styles.rows}>
                {u.rows === 1 ? t("rowsCountOne") : t("rowsCount", { rows: u.rows })}
              </Caption1>
            </TableCell>
            <TableCell>
              <span className={styles.badges}>
                <Badge className={styles.badge} color={STATE_COLOR[u.state]} data-state={u.state}>
                  {u.stateText}
                </Badge>
                {u.flags.map((f) => (
                  <Badge key={f} className={styles.badge} color={FLAG_COLOR[f]} appearance="tint" data-flag={f}>
                    {flagText(u, f)}
                  </Badge>
                ))}
              </span>
              {u.notes.map((line) => (
                <Caption1 key={line} className={styles.change} data-testid="unit-note">
                  {line}
                </Caption1>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
