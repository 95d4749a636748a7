import { text, type Locale } from "../i18n/text";
import type { CellRange } from "../sheet/types";
import type { ChartModel, ModelCell, SheetModel } from "../workbook/model";
import type { MergeResult } from "./merge";
import { SUMMARY_TAG } from "./merge";
import { statistics } from "./statistics";

export const STATISTICS_SHEET = text("zh-CN", "stats.sheet");

const unitName = (unit: string, locale: Locale) => unit || text(locale, "summary.unknown-unit");

/**
 * The 统计 sheet of the summary: the round's progress, talks by unit and type (with a bar chart:
 * a picture reads faster), talks by month, and research topics, suggestions and practical items
 * per unit. Every number is in a cell, so the chart is never the only place it is.
 */
export function statisticsSheet(result: MergeResult, locale: Locale = "zh-CN"): SheetModel {
  const st = statistics(result);
  const t = (key: Parameters<typeof text>[1]) => text(locale, key as never);
  const rows: (ModelCell | null)[][] = [];
  const cell = (v: ModelCell["v"], s: ModelCell["s"] = "cell"): ModelCell => ({ v, s });
  const section = (title: string) => {
    if (rows.length) rows.push([]);
    rows.push([cell(title, "sectionTitle")]);
  };
  rows.push([cell(t("stats.sheet"), "title")]);

  section(t("stats.progress"));
  const p = st.progress;
  for (const [key, n] of [
    ["stats.requested", p.requested],
    ["stats.returned", p.returned],
    ["stats.complete", p.complete],
    ["stats.with-errors", p.withErrors],
    ["stats.late", p.late],
  ] as const)
    rows.push([cell(t(key)), n === null ? cell(t("stats.no-roster")) : cell(n, "index")]);

  section(t("stats.talks-by-unit"));
  const headerRow = rows.length;
  rows.push([t("stats.unit"), ...st.talkTypes, t("stats.total")].map((v) => cell(v, "header")));
  const units = st.talksByUnit.filter((u) => u.total > 0);
  for (const u of units)
    rows.push([cell(unitName(u.unit, locale)), ...u.byType.map((n) => cell(n, "index")), cell(u.total, "index")]);
  const sums = st.talkTypes.map((_, i) => units.reduce((n, u) => n + u.byType[i], 0));
  rows.push([
    cell(t("stats.total"), "header"),
    ...sums.map((n) => cell(n, "index")),
    cell(
      sums.reduce((a, b) => a + b, 0),
      "index",
    ),
  ]);
  const firstUnitRow = headerRow + 1;
  const lastUnitRow = headerRow + units.length;

  section(t("stats.talks-by-month"));
  rows.push([cell(t("stats.month"), "header"), cell(t("stats.count"), "header")]);
  for (const m of st.talksByMonth) rows.push([cell(m.month), cell(m.count, "index")]);
  if (st.talksUndated) rows.push([cell(t("stats.undated")), cell(st.talksUndated, "index")]);

  section(t("stats.items-by-unit"));
  rows.push(
    [t("stats.unit"), t("stats.research"), t("stats.suggestions"), t("stats.practical")].map((v) => cell(v, "header")),
  );
  for (const u of st.itemsByUnit.filter((x) => x.research + x.suggestions + x.practical > 0))
    rows.push([
      cell(unitName(u.unit, locale)),
      cell(u.research, "index"),
      cell(u.suggestions, "index"),
      cell(u.practical, "index"),
    ]);

  const charts: ChartModel[] = [];
  if (units.length) {
    const range = (c: number): CellRange => ({ r1: firstUnitRow, c1: c, r2: lastUnitRow, c2: c });
    charts.push({
      title: t("stats.talks-by-unit"),
      categories: range(0),
      series: st.talkTypes.map((type, i) => ({
        name: type,
        nameCell: { r1: headerRow, c1: i + 1, r2: headerRow, c2: i + 1 },
        values: range(i + 1),
      })),
      anchor: { r: 1, c: st.talkTypes.length + 3, rows: Math.max(16, units.length + 4), cols: 9 },
    });
  }
  return {
    name: STATISTICS_SHEET,
    rows,
    merges: [],
    widths: [18, ...st.talkTypes.map(() => 10), 8],
    freezeRows: 0,
    landscape: true,
    charts,
    tag: { annex: SUMMARY_TAG, version: 1 },
  };
}
