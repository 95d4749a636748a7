import { render, text, type Locale } from "../i18n/text";
import { annexLabel, annexNumber } from "../schema/label";
import type { AnnexSchema } from "../schema/types";
import { UNIT_LABEL } from "../schema/types";
import type { CellValue } from "../sheet/types";
import { isDateCell } from "../sheet/types";
import type {
  FileWorkbookModel,
  ModelCell,
  SheetModel,
  StreamedSheetModel,
  StyleName,
  WorkbookModel,
} from "../workbook/model";
import { SUMMARY_TAG, type AnnexResult, type MergeResult, type MergedRow } from "./merge";
import type { ReturnChanges } from "./changes";
import {
  changesText,
  countedElsewhere,
  nothingAfterText,
  OVERVIEW_SHEET,
  sheetIssues,
  stateText,
  summarySheetName,
  supplementText,
  unitName,
} from "./summary-text";

export {
  changesText,
  OVERVIEW_SHEET,
  SUMMARY_SHEET_PREFIX,
  stateText,
  summarySheetName,
  supplementText,
  nothingAfterText,
  countedElsewhere,
  unitName,
} from "./summary-text";
import { statisticsSheet } from "./statistics-sheet";
import { groupByUnit, type ReturnState } from "./status";

/** The summary workbook: the overview first, then one sheet per annex (cells held, for the hosts). */
export function summaryModel(result: MergeResult, locale: Locale = "zh-CN"): WorkbookModel {
  return {
    sheets: [
      overviewSheet(result, locale),
      statisticsSheet(result, locale),
      ...result.annexes.map((a) => {
        const sheet = annexSheet(a, locale);
        return { ...sheet, rows: [...sheet.rows] };
      }),
    ],
    names: [],
  };
}

/**
 * The same workbook for a file: the annex sheets' rows are made as the writer reads them, so a
 * summary of 150,000 rows is never held as cells (the bytes are the same as summaryModel's).
 */
export function summaryFileModel(result: MergeResult, locale: Locale = "zh-CN"): FileWorkbookModel {
  return {
    sheets: [
      overviewSheet(result, locale),
      statisticsSheet(result, locale),
      ...result.annexes.map((a) => annexSheet(a, locale)),
    ],
    names: [],
  };
}

function annexSheet(a: AnnexResult, locale: Locale): StreamedSheetModel {
  const { schema } = a;
  const t = (key: "summary.source-file" | "summary.source-row" | "summary.issues") => text(locale, key);
  // Extra columns beyond what a sheet holds (16,384 columns) are kept in one last 「其他列」 column.
  const room = SHEET_COLUMNS - schema.columns.length - 5;
  const shown = a.extraHeaders.length > room + 1 ? a.extraHeaders.slice(0, room) : a.extraHeaders;
  const folded = a.extraHeaders.slice(shown.length);
  const headers = [
    ...schema.columns.map((c) => c.header),
    ...shown,
    ...(folded.length ? [text(locale, "summary.other-columns")] : []),
    UNIT_LABEL,
    t("summary.source-file"),
    t("summary.source-row"),
    t("summary.issues"),
  ];
  const last = headers.length - 1;
  const head: (ModelCell | null)[][] = [
    [{ v: text(locale, "summary.title", { title: schema.title }), s: "title" }],
    [{ v: text(locale, "summary.note", { units: Object.keys(a.units).length, rows: a.rows.length }), s: "label" }],
    headers.map((v) => ({ v, s: "header" as const })),
  ];
  const rowCount = head.length + a.rows.length;
  const sheetNamed = filesOfSeveralSheets(a.rows);
  return {
    name: summarySheetName(schema),
    rows: {
      *[Symbol.iterator]() {
        yield* head;
        for (let i = 0; i < a.rows.length; i++)
          yield dataRow(schema, shown, folded, a.rows[i], i + 1, locale, sheetNamed);
      },
    },
    rowCount,
    colCount: headers.length,
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: last },
      { r1: 1, c1: 0, r2: 1, c2: last },
    ],
    widths: [
      ...schema.columns.map((c) => c.width),
      ...shown.map(() => 16),
      ...(folded.length ? [40] : []),
      16,
      24,
      7,
      40,
    ],
    heights: { 0: 30, 2: 30 },
    freezeRows: 3,
    printTitleRows: [2, 2],
    landscape: true,
    autoFilter: { r1: 2, c1: 0, r2: Math.max(2, rowCount - 1), c2: last },
    tag: { annex: SUMMARY_TAG, version: 1 },
  };
}

/**
 * The files whose rows of a form come from more than one of their sheets (a sheet copied, the form
 * filled twice): their 来源文件 names the sheet too, or two rows 4 of one file could not be told apart.
 */
function filesOfSeveralSheets(rows: readonly MergedRow[]): ReadonlySet<string> {
  const sheetOf = new Map<string, string>();
  const several = new Set<string>();
  for (const { file, sheet } of rows) {
    const seen = sheetOf.get(file);
    if (seen === undefined) sheetOf.set(file, sheet);
    else if (seen !== sheet) several.add(file);
  }
  return several;
}

function dataRow(
  schema: AnnexSchema,
  extraHeaders: readonly string[],
  folded: readonly string[],
  row: MergedRow,
  n: number,
  locale: Locale,
  sheetNamed: ReadonlySet<string>,
): ModelCell[] {
  // The worst issue of each field and of the row, in one pass (most rows have none).
  let worst: "error" | "warning" | undefined;
  let byField: Map<string | undefined, "error" | "warning"> | undefined;
  for (const i of row.issues) {
    if (i.severity !== "error" && i.severity !== "warning") continue;
    byField ??= new Map();
    if (byField.get(i.field) !== "error") byField.set(i.field, i.severity);
    if (worst !== "error") worst = i.severity;
  }
  const cells: ModelCell[] = [];
  for (const col of schema.columns) {
    const v = col.type === "index" ? n : (row.values[col.key] ?? null);
    cells.push({ v, s: styleFor(v, byField?.get(col.key)) });
  }
  for (const h of extraHeaders) cells.push({ v: row.extras[h] ?? null, s: "cell" });
  if (folded.length) {
    const parts = folded.flatMap((h) => {
      const v = row.extras[h];
      return v === null || v === undefined ? [] : [`${h}：${isDateCell(v) ? v.serial : String(v)}`];
    });
    cells.push({ v: parts.length ? cellLimit(parts.join("\n")) : null, s: "cell" });
  }
  cells.push(
    { v: unitName(row.unit, locale), s: "cell" },
    { v: sheetNamed.has(row.file) ? `${row.file} › ${row.sheet}` : row.file, s: "cell" },
    { v: row.sourcePlace ?? row.sourceRow, s: "index" },
  );
  cells.push({
    v: cellLimit(row.issues.map((i) => `${i.place ?? i.cell} ${i.message}`).join("\n")),
    s: styleFor("", worst),
  });
  return cells;
}

function styleFor(v: CellValue, severity: "error" | "warning" | undefined): StyleName {
  if (isDateCell(v)) return severity ? "errorDate" : "date";
  return severity === "error" ? "errorCell" : severity === "warning" ? "warningCell" : "cell";
}

const STATE_STYLE: Record<ReturnState, StyleName> = {
  returned: "cell",
  partial: "warningCell",
  missing: "errorCell",
  unlisted: "warningCell",
  unknown: "errorCell",
};

function overviewSheet(result: MergeResult, locale: Locale): SheetModel {
  const schemas = result.annexes.map((a) => a.schema);
  const ids = result.expected.length ? result.expected : schemas.map((s) => s.id);
  const schemaOf = (id: string) => schemas.find((s) => s.id === id);
  const number = (id: string) => {
    const s = schemaOf(id);
    return s ? annexNumber(s, locale) : id;
  };
  const headers = [
    text(locale, "summary.index"),
    text(locale, "summary.unit"),
    ...ids.map((id) => text(locale, "summary.rows-of", { annex: number(id) })),
    text(locale, "summary.errors"),
    text(locale, "summary.warnings"),
    text(locale, "summary.state"),
    text(locale, "summary.remarks"),
  ];
  const last = headers.length - 1;
  const listed = result.status.filter((s) => s.inRoster);
  const returned = listed.filter((s) => s.state === "returned" || s.state === "partial").length;
  const counts = {
    listed: listed.length,
    returned,
    missing: listed.length - returned,
    errors: result.issues.errors,
    warnings: result.issues.warnings,
    replaced: result.replaced.length,
    rejected: result.rejected.filter((r) => !r.companion).length,
  };
  const rows: (ModelCell | null)[][] = [
    [{ v: text(locale, "summary.overview"), s: "title" }],
    [{ v: text(locale, result.rosterGiven ? "summary.counts" : "summary.counts-no-roster", counts), s: "label" }],
    [{ v: text(locale, "summary.reconciliation", result.reconciliation), s: "label" }],
    headers.map((v) => ({ v, s: "header" as const })),
  ];
  // Each unit's returns in one pass (3,000 units × 3,000 returns would be 9 million steps).
  const byUnit = groupByUnit(result.returns);
  const elsewhere = countedElsewhere(result.returns);
  result.status.forEach((s, i) => {
    const notes = [
      ...result.replaced
        .filter((r) => r.unit === s.unit)
        .map(
          (r) =>
            text(locale, "summary.replaced-by", { annex: number(r.annex), by: r.by, file: r.file }) +
            (r.changes ? text(locale, "summary.changes-sep") + changesText(r.changes, locale) : ""),
        ),
      ...result.supplemented.filter((r) => r.unit === s.unit).map((r) => supplementText(r, number(r.annex), locale)),
      ...result.nothingAfter.filter((r) => r.unit === s.unit).map((r) => nothingAfterText(r, number(r.annex), locale)),
      ...(elsewhere.get(s.unit) ?? []).map((r) =>
        text(locale, "summary.counted-elsewhere", { file: r.file, unit: r.unit }),
      ),
      ...s.late.map((file) => text(locale, "summary.late", { file })),
      ...sheetIssues(byUnit.get(s.unit) ?? [], locale),
      ...result.rejected
        .filter((r) => !r.companion && (r.unit ?? r.sender) === s.unit)
        .map((r) => text(locale, "summary.unmerged-sheet", { file: r.file, reason: render(r.why, locale) })),
    ];
    rows.push([
      { v: i + 1, s: "index" },
      { v: unitName(s.unit, locale), s: "cell" },
      ...ids.map((id) => ({ v: s.annexes[id]?.rows ?? null, s: "index" as const })),
      { v: s.errors, s: s.errors ? "errorCell" : "index" },
      { v: s.warnings, s: s.warnings ? "warningCell" : "index" },
      { v: stateText(s, schemas, locale), s: STATE_STYLE[s.state] },
      { v: notes.join("\n"), s: "cell" },
    ]);
  });
  const section = (
    key:
      | "summary.missing-title"
      | "summary.missing-title-no-roster"
      | "summary.replaced-title"
      | "summary.rejected-title"
      | "summary.companions-title",
  ) => {
    rows.push([]);
    rows.push([{ v: text(locale, key), s: "sectionTitle" }]);
  };
  const header = (
    keys: readonly (
      | "summary.unit"
      | "summary.annex"
      | "summary.replaced-file"
      | "summary.replaced-with"
      | "summary.changed"
      | "summary.file"
      | "summary.reason"
    )[],
  ) => rows.push(keys.map((k) => ({ v: text(locale, k), s: "header" as const })));
  section(result.rosterGiven ? "summary.missing-title" : "summary.missing-title-no-roster");
  for (const id of ids) {
    const missing = result.missing[id] ?? [];
    const s = schemaOf(id);
    rows.push([
      { v: s ? annexLabel(s, locale) : id, s: "cell" },
      {
        v: missing.length ? missing.join(text(locale, "list.separator")) : text(locale, "summary.none"),
        s: missing.length ? "warningCell" : "cell",
      },
    ]);
  }
  if (result.replaced.length) {
    section("summary.replaced-title");
    header(["summary.unit", "summary.annex", "summary.replaced-file", "summary.replaced-with", "summary.changed"]);
    for (const r of result.replaced)
      rows.push(
        [
          unitName(r.unit, locale),
          number(r.annex),
          r.file,
          r.by,
          r.changes ? changesDetail(r.changes, locale) : "",
        ].map((v) => ({
          v,
          s: "cell" as const,
        })),
      );
  }
  // Files to chase, then the stamped copies beside merged forms (nothing to do, but never unsaid).
  for (const companions of [false, true]) {
    const listed = result.rejected.filter((r) => !r.companion === !companions);
    if (!listed.length) continue;
    section(companions ? "summary.companions-title" : "summary.rejected-title");
    header(["summary.file", "summary.reason"]);
    for (const r of listed)
      rows.push([
        { v: r.file, s: "cell" },
        { v: render(r.why, locale), s: companions ? "cell" : "errorCell" },
      ]);
  }
  return {
    name: OVERVIEW_SHEET,
    rows,
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: last },
      { r1: 1, c1: 0, r2: 1, c2: last },
      { r1: 2, c1: 0, r2: 2, c2: last },
    ],
    widths: [6, 22, ...ids.map(() => 11), 7, 7, 22, 48],
    heights: { 0: 30 },
    freezeRows: 4,
    printTitleRows: [3, 3],
    landscape: true,
    tag: { annex: SUMMARY_TAG, version: 1 },
  };
}

/** Columns of a sheet in Excel and WPS (A to XFD). */
export const SHEET_COLUMNS = 16_384;

/** Characters one cell of Excel (and WPS) holds. Source values never exceed it (readers refuse them). */
export const CELL_CHARS = 32_767;

/** Text the summary writes itself (the issues of a row), kept within one cell. */
function cellLimit(s: string): string {
  return s.length <= CELL_CHARS ? s : `${s.slice(0, CELL_CHARS - 1)}…`;
}

/** The counts, then the first changed cells: 「序号 3 谈话时间：2023-01-05 → 2023-01-06」. */
function changesDetail(c: ReturnChanges, locale: Locale): string {
  const cells = c.changed.slice(0, 10).map((x) =>
    text(locale, "summary.change-cell", {
      index: x.index || "?",
      column: x.column,
      from: x.from || "—",
      to: x.to || "—",
    }),
  );
  const more = c.changed.length > 10 ? [text(locale, "summary.changes-more", { count: c.changed.length - 10 })] : [];
  return cellLimit([changesText(c, locale), ...cells, ...more].join("\n"));
}
