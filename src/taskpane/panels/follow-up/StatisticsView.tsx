import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Statistics } from "../../../core/merge/statistics";
import { unitName } from "../../../core/merge/summary-text";
import { useLocale, useT } from "../../i18n/use-t";
import { BarChart } from "./BarChart";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // A table wider than the pane scrolls inside its own region (reachable by keyboard), never the page.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto" },
  nowrap: { whiteSpace: "nowrap" },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** A titled data table: the numbers of the 统计 sheet, as a table the pane can scroll sideways. */
function DataTable({ title, head, rows }: { title: string; head: string[]; rows: ReactNode[][] }) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.scroll} role="region" aria-label={t("statsTable", { title })} tabIndex={0}>
      <Table size="extra-small" className={styles.table} aria-label={title}>
        <TableHeader>
          <TableRow>
            {head.map((h) => (
              <TableHeaderCell key={h} className={styles.nowrap}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r, i) => (
            <TableRow key={i}>
              {r.map((c, k) => (
                <TableCell key={k} className={styles.nowrap}>
                  {c}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** 统计: the return progress, talks by type (a chart and its table), by unit and by month, items per unit. */
export function StatisticsView({ stats }: { stats: Statistics }) {
  const t = useT();
  const { locale } = useLocale();
  const styles = useStyles();
  const sep = t("listSeparator");
  const byType = stats.talkTypes.map((type, i) => ({
    name: type,
    value: stats.talksByUnit.reduce((n, u) => n + (u.byType[i] ?? 0), 0),
  }));
  const talks = byType.reduce((n, b) => n + b.value, 0);
  const p = stats.progress;
  return (
    <div className={styles.stack} data-testid="statistics">
      <h3 className={styles.h3}>{t("stats.progress")}</h3>
      <DataTable
        title={t("stats.progress")}
        head={[t("stats.progress"), t("statsUnits")]}
        rows={[
          [t("stats.requested"), p.requested ?? t("stats.no-roster")],
          [t("stats.returned"), p.returned],
          [t("stats.complete"), p.complete],
          [t("stats.with-errors"), p.withErrors],
          [t("stats.late"), p.late],
        ]}
      />
      <h3 className={styles.h3}>{t("statsTalksByType")}</h3>
      {talks === 0 ? (
        <p>{t("statsNoTalks")}</p>
      ) : (
        <>
          <BarChart
            label={t("statsChart", { list: byType.map((b) => `${b.name} ${b.value}`).join(sep) })}
            bars={byType}
          />
          <DataTable
            title={t("stats.talks-by-unit")}
            head={[t("stats.unit"), ...stats.talkTypes, t("stats.total")]}
            rows={[
              ...stats.talksByUnit.map((u) => [unitName(u.unit, locale), ...u.byType, u.total]),
              // The chart's numbers, in the table too: the total of each type.
              [t("stats.total"), ...byType.map((b) => b.value), talks],
            ]}
          />
          <h3 className={styles.h3}>{t("stats.talks-by-month")}</h3>
          <DataTable
            title={t("stats.talks-by-month")}
            head={[t("stats.month"), t("stats.count")]}
            rows={[
              ...stats.talksByMonth.map((m) => [m.month, m.count]),
              ...(stats.talksUndated ? [[t("stats.undated"), stats.talksUndated]] : []),
            ]}
          />
        </>
      )}
      <h3 className={styles.h3}>{t("stats.items-by-unit")}</h3>
      <DataTable
        title={t("stats.items-by-unit")}
        head={[t("stats.unit"), t("stats.research"), t("stats.suggestions"), t("stats.practical")]}
        rows={stats.itemsByUnit.map((u) => [unitName(u.unit, locale), u.research, u.suggestions, u.practical])}
      />
    </div>
  );
}
