import type { CellValue } from "../sheet/types";
import { Grid, cellText, isBlank } from "../sheet/grid";
import { parseDate } from "../dates/parse-date";
import { labelKey, looseKey } from "../text/normalize";
import { columnLetter } from "../sheet/address";
import type { LocatedTable } from "./locate";
import type { AnnexSchema } from "../schema/types";
import { isDitto } from "../text/ditto";
import { firstDataRow } from "./data-start";
import { tickedChoice } from "./ticks";
import { isUnitLabel } from "./unit-line";

/** One data row of an annex, as found in the source sheet. */
export interface DataRow {
  /** Zero-based row in the source sheet. */
  readonly row: number;
  /** Values by schema column key (null where the column is missing or empty). */
  readonly values: Readonly<Record<string, CellValue>>;
  /** Values of the table's extra columns, in LocatedTable.extras order. */
  readonly extras: readonly CellValue[];
  /**
   * The row to name as the row's place in the sheet as sent, when `row` is not (a form filled in
   * standing up: `row` is its place in the form laid flat; see vertical.ts).
   */
  readonly sourceRow?: number;
  /** Where the row is in the document as sent when no row number says it: a Word table's row (第1个表格第3行). */
  readonly place?: string;
  /**
   * For values carried down from a merged cell above: the row the merge starts on, by key; for
   * values written 同上, the row the value is taken from.
   */
  readonly origins?: Readonly<Record<string, number>>;
  /**
   * Where this row said 同上 (columns by key, in schema order): `taken`, the row above's value
   * taken; `left`, left as written, with nothing above to take. Absent when it says 同上 nowhere.
   */
  readonly ditto?: { readonly taken: readonly string[]; readonly left: readonly string[] };
}

/** The zero-based sheet row a row's value for `key` stands in (a merge's first row for carried values). */
export function originRow(row: DataRow, key: string): number {
  return row.origins?.[key] ?? row.row;
}

/** The extras of a row when the table has no extra columns: one shared empty list. */
const NO_VALUES: readonly CellValue[] = Object.freeze([]);

/** Lines that close a form rather than hold data: 备注, 填报人, 联系电话… (and the unit line: isUnitLabel). */
const FOOTER =
  /^(备注|注[:：]|说明[:：]|填报人|填表人|联系人|联系电话|审核人|制表|填报日期|填报时间|单位负责人|负责人[:：])/;

/**
 * A totals line (合计, 小计, 总计: 3人次; 汇总, as Chinese Excel labels a table's total row): its first
 * cell is the word alone, or the word and then a colon, a figure (合计12人次) or what is counted (共计谈话12次).
 */
const TOTAL = /^(合计|总计|小计|共计|汇总)(?:[:：].*|[\d０-９一二三四五六七八九十].*|(?:谈话|课题|建议|事项|实事).*)?$/;
const TOTAL_FIRST = "合总小共汇";

/** The line official forms close a table with: 以下空白, （以下无内容）, 此页无正文, 本表以下空白. */
const CLOSING =
  /^(?:(?:此表|本表|本页|此页|表)?以下(?:空白|无内容|无正文|为空|无)|此页无正文|本页无正文|(?:此处|本栏)?空白)$/;

/**
 * The data rows of a located table: every row below the header in which something besides 序号
 * is filled. Blank rows, trailing template rows, notes, footers, totals lines (合计…), the closing
 * line (以下空白) and repeated headers are skipped;
 * values merged down are carried to each row they cover.
 */
export function extractRows(grid: Grid, table: LocatedTable): DataRow[] {
  const { schema, columns, extras, joined } = table;
  // What heads each column, worked out only when a row of text alone may repeat the header.
  let labels: ReadonlyMap<number, ReadonlySet<string>> | undefined;
  const headerKeys = () => (labels ??= headerLabels(grid, table));
  const rows: DataRow[] = [];
  // A header cell merged down over the rows below it (a two-row header) is not data.
  const first = firstDataRow(grid, table.headerRow, table.headerRows);
  const { ticks } = table;
  const formulas = !!grid.sheet.uncalculated?.length;
  const ownColumns = [...columns, ...joined.flat()];
  // Below a footer (填报人：张三), a line holding only a date or 盖章 is the signature's, not a row.
  let afterFooter = false;
  for (let r = first, end = table.end ?? grid.rowCount; r < end; r++) {
    if (isFooterTotalOrClosing(grid, r)) {
      afterFooter = true;
      continue;
    }
    if (isRepeatedHeader(grid, r, columns, headerKeys)) continue;
    if (afterFooter && isSignatureLine(grid, r)) continue;
    if (isSectionHeading(grid, r, table)) continue;
    const values: Record<string, CellValue> = {};
    let origins: Record<string, number> | undefined;
    let filled = false;
    let ditto = false;
    // A plain loop: this runs for every cell of the table.
    for (let i = 0; i < schema.columns.length; i++) {
      const col = schema.columns[i];
      const c = columns[i];
      const tick = ticks?.[i];
      const v =
        c < 0 ? null : tick ? tickedChoice(grid, r, tick) : joinedValue(grid, r, c, joined[i], col.type === "date");
      values[col.key] = v;
      if (isDitto(v) && col.type !== "index") ditto = true;
      if (v !== null && grid.dataOrigin(r, c) !== r) (origins ??= {})[col.key] = grid.dataOrigin(r, c);
      if (v !== null && col.type !== "index") filled = true;
      // A formula saved without its result holds something, though nothing could be read.
      else if (formulas && v === null && c >= 0 && col.type !== "index" && grid.formulaAt(r, c) !== undefined)
        filled = true;
    }
    const extraValues = extras.length ? extras.map((x) => normalizeEmpty(grid.data(r, x.col))) : NO_VALUES;
    if (extraValues.some((v) => v !== null)) filled = true;
    if (filled && !coveredOnly(grid, r, ownColumns, extras)) {
      if (ditto) {
        const { taken, left, from } = takeDittos(schema.columns, values, rows[rows.length - 1]);
        if (taken.length) origins = { ...origins, ...from };
        rows.push({ row: r, values, extras: extraValues, origins, ditto: { taken, left } });
      } else rows.push({ row: r, values, extras: extraValues, origins });
      afterFooter = false;
    }
  }
  return rows;
}

/**
 * 同上 (or 〃) in a column: the value of the data row above in that column, so that the summary's
 * row stands on its own when sorted or filtered; `from` gives the row it was taken from (the
 * row's origin for that column, where a problem with it is reported). One with nothing above to take (the first row, a blank
 * above) is left as written (see rules/ditto.ts).
 */
function takeDittos(
  columns: AnnexSchema["columns"],
  values: Record<string, CellValue>,
  above: DataRow | undefined,
): { taken: string[]; left: string[]; from: Record<string, number> } {
  const out = { taken: [] as string[], left: [] as string[], from: {} as Record<string, number> };
  for (const col of columns) {
    if (col.type === "index" || !isDitto(values[col.key])) continue;
    const v = above?.values[col.key] ?? null;
    if (!above || v === null || isDitto(v)) {
      out.left.push(col.key);
      continue;
    }
    values[col.key] = v;
    out.taken.push(col.key);
    out.from[col.key] = originRow(above, col.key);
  }
  return out;
}

/**
 * Columns beside the form with no header at all that hold something on the form's data rows (a
 * note written next to a row: 「已整改」 in the column after the last): kept as extra columns named
 * by their letter, so nothing written there is lost. Values only on other lines (a footer, a stamp,
 * a date under the table) are not the form's and make no column.
 */
export function withUntitledColumns(
  grid: Grid,
  table: LocatedTable,
  rows: readonly DataRow[],
): { table: LocatedTable; rows: readonly DataRow[] } {
  const taken = new Set<number>([...table.columns, ...table.joined.flat(), ...table.extras.map((x) => x.col)]);
  const found = new Set<number>();
  for (let i = 0; i < rows.length; i++)
    for (let c = 0, row = rows[i].row, width = grid.width(row); c < width; c++)
      if (!taken.has(c) && !found.has(c) && !isBlank(grid.raw(row, c))) found.add(c);
  if (!found.size) return { table, rows };
  const cols = [...found].sort((a, b) => a - b);
  const untitled = cols.map((col) => ({ header: `${columnLetter(col)}列`, col, untitled: true }));
  return {
    table: { ...table, extras: [...table.extras, ...untitled] },
    rows: rows.map((r) => ({ ...r, extras: [...r.extras, ...cols.map((c) => normalizeEmpty(grid.data(r.row, c)))] })),
  };
}

/**
 * A column's value; for a column units split in two, the parts' values joined line by line; for
 * a date split into 年 | 月 | 日 (or 年 | 月, 月 | 日), the date they make (2023年1月5日).
 */
function joinedValue(grid: Grid, r: number, c: number, more: readonly number[] | undefined, date: boolean): CellValue {
  const v = normalizeEmpty(grid.data(r, c));
  if (!more?.length) return v;
  const all = [v, ...more.map((x) => normalizeEmpty(grid.data(r, x)))];
  if (date) {
    const made = dateOfParts(all);
    if (made !== null) return made;
  }
  const parts = all.filter((x) => x !== null);
  if (parts.length <= 1) return parts[0] ?? null;
  return parts.map((x) => cellText(x).trim()).join("\n");
}

/**
 * The date written across 年 | 月 | 日 cells: 2023 | 1 | 5 is 2023年1月5日, 2023 | 1 is 2023年1月,
 * 1 | 5 is 1月5日 (its year then reported missing). Null when the cells are not whole numbers so
 * split (a date and a note beside it are joined as text instead).
 */
function dateOfParts(parts: readonly CellValue[]): string | null {
  const filled = parts.filter((x) => x !== null);
  if (filled.length < 2 || filled.length !== parts.length) return null;
  const n = filled.map((x) =>
    typeof x === "number" ? x : typeof x === "string" ? Number(x.trim().replace(/[年月日号]$/, "")) : NaN,
  );
  if (!n.every((x) => Number.isInteger(x) && x >= 0)) return null;
  if (n.length === 3) return `${n[0]}年${n[1]}月${n[2]}日`;
  return n.length === 2 ? (n[0] >= 1000 ? `${n[0]}年${n[1]}月` : `${n[0]}月${n[1]}日`) : null;
}

function normalizeEmpty(v: CellValue): CellValue {
  return isBlank(v) ? null : v;
}

/**
 * A line that closes the form or sums it up: a footer (备注, 填报人…), a totals line (合计), judged
 * by its first filled cell; or the closing line (以下空白), every filled cell of which says so,
 * but for the 序号 a pre-numbered form gives the line (2 | 以下空白).
 */
function isFooterTotalOrClosing(grid: Grid, r: number): boolean {
  for (let c = 0, n = grid.width(r); c < n; c++) {
    const v = grid.raw(r, c);
    if (isBlank(v)) continue;
    // A number or a date first (序号, most rows): no footer or total begins so; a closing line may.
    if (typeof v !== "string") return typeof v === "number" && closingFrom(grid, r, c + 1);
    if (/^\s*\d{1,4}\s*$/.test(v)) return closingFrom(grid, r, c + 1);
    const text = cellText(v);
    const key = labelKey(text);
    if (FOOTER.test(key) || (TOTAL_FIRST.includes(key.charAt(0)) && TOTAL.test(key))) return true;
    // The 填报单位 line, wherever it is written: below the table it closes it (部门：人事科).
    if (isUnitLabel(text)) return true;
    return closingFrom(grid, r, c);
  }
  return false;
}

/** A character every closing line (CLOSING) holds. */
const CLOSING_CHAR = /[以空正]/;

/** Whether row r holds something from column c on, and every filled cell there says 以下空白. */
function closingFrom(grid: Grid, r: number, from: number): boolean {
  let said = false;
  for (let c = from, n = grid.width(r); c < n; c++) {
    const v = grid.raw(r, c);
    if (isBlank(v)) continue;
    // Every closing line says 以下, 空白 or 正文: most rows' cells are ruled out without their key.
    if (typeof v !== "string" || !CLOSING_CHAR.test(v) || !CLOSING.test(looseKey(v))) return false;
    said = true;
  }
  return said;
}

/** Columns of its own (序号 aside) a form needs before a line in it can be a heading: 附件4 has one. */
const HEADING_MIN_COLUMNS = 4;

/**
 * A line grouping the rows below it (「二、科室内部谈话」 merged across the table, perhaps with 二
 * in the 序号 column): in a form of four columns or more besides 序号, one text in them, merged
 * across half of them or more (three at least). It holds no entry of the form: not a data row.
 * Unmerged, such a line stays a row (its blanks reported): a topic whose other cells are not yet
 * filled in looks the same, and must not vanish. In 附件4, one column, every line is an entry.
 */
function isSectionHeading(grid: Grid, r: number, table: LocatedTable): boolean {
  if (!grid.hasMerges(r)) return false;
  let heading = -1;
  let own = 0;
  table.schema.columns.forEach((col, i) => {
    const c = table.columns[i];
    if (c < 0 || col.type === "index") return;
    own++;
    if (!isBlank(grid.raw(r, c))) heading = heading === -1 ? c : -2;
  });
  if (own < HEADING_MIN_COLUMNS || heading < 0) return false;
  for (const x of table.extras) if (!isBlank(grid.raw(r, x.col))) return false;
  const v = grid.raw(r, heading);
  if (typeof v !== "string") return false;
  return grid.mergeEnd(r, heading) - heading + 1 >= Math.max(3, Math.ceil(own / 2));
}

/** 盖章, （签字）: what a signature line asks for. */
const SIGN = /^[(（]?(盖章|签字|签名|签章|公章)[)）]?$/;

/** A line with one thing in it, a date (the day it was signed: 2023年1月10日) or 盖章. */
function isSignatureLine(grid: Grid, r: number): boolean {
  let only: CellValue = null;
  for (let c = 0, n = grid.width(r); c < n; c++) {
    const v = grid.raw(r, c);
    if (isBlank(v)) continue;
    if (only !== null) return false;
    only = v;
  }
  if (only === null) return false;
  if (typeof only === "string" && SIGN.test(labelKey(only))) return true;
  const date = parseDate(only);
  return date !== null && date.ok && date.precision === "day";
}

/**
 * What may head each of the table's columns: the form's own name for it and what this sheet's header
 * rows say there (谈话时间（年月日）, 谈话人姓名; over and under a two-row header), as label keys.
 */
function headerLabels(grid: Grid, table: LocatedTable): ReadonlyMap<number, ReadonlySet<string>> {
  const labels = new Map<number, Set<string>>();
  table.schema.columns.forEach((col, i) => {
    const c = table.columns[i];
    if (c < 0) return;
    const keys = new Set([labelKey(col.header)]);
    for (let r = table.headerRow; r < table.headerRow + table.headerRows; r++) {
      const v = grid.data(r, c);
      if (typeof v === "string" && v.trim()) keys.add(labelKey(v));
    }
    labels.set(c, keys);
  });
  return labels;
}

/**
 * A row that repeats the header (pasted again, or printed on each page and copied back): every
 * filled cell in the form's columns is text that heads that column, and there are two or more.
 */
function isRepeatedHeader(
  grid: Grid,
  r: number,
  columns: readonly number[],
  headerKeys: () => ReadonlyMap<number, ReadonlySet<string>>,
): boolean {
  let seen = 0;
  for (const c of columns) {
    const v = grid.raw(r, c);
    if (c < 0 || isBlank(v)) continue;
    // Header labels are text: a number or a date in the row means data.
    if (typeof v !== "string") return false;
    if (!headerKeys().get(c)?.has(labelKey(v))) return false;
    seen++;
  }
  return seen >= 2;
}

/** True when none of the row's own cells holds anything: all its content is carried down from a merge above. */
function coveredOnly(grid: Grid, r: number, columns: readonly number[], extras: readonly { col: number }[]): boolean {
  for (const c of columns) if (c >= 0 && (!isBlank(grid.raw(r, c)) || grid.formulaAt(r, c) !== undefined)) return false;
  for (const x of extras) if (!isBlank(grid.raw(r, x.col))) return false;
  return true;
}

/** What a unit writes across an empty table to say it has nothing to report: 本季度未开展谈话, 暂无. */
const NOTHING =
  /^无$|暂无|没有|未开展|未组织|未进行|未发生|未涉及|无(?:谈话|课题|调研|建议|意见|事项|实事|内容|相关|此项)/;

/** Whether a short text says there is nothing to report (本季度未开展谈话, 本单位暂无调研课题). */
export function saysNothing(text: string): boolean {
  return text.length <= 40 && NOTHING.test(text);
}

/** A line saying there is nothing to report: where its one text stands, and the text. */
export interface NothingLine {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * A table with no data rows, where a line says why (「本单位暂无调研课题」 merged across the table, or
 * 「本季度未开展谈话」 after 序号): that line's one text and where it stands, else null. Read as the
 * unit saying it has nothing to report, not as a table left blank.
 */
export function nothingToReport(grid: Grid, table: LocatedTable): NothingLine | null {
  for (let r = firstDataRow(grid, table.headerRow, table.headerRows), end = table.end ?? grid.rowCount; r < end; r++) {
    if (isFooterTotalOrClosing(grid, r)) return null;
    let found: NothingLine | null = null;
    for (let c = 0, n = grid.width(r); c < n; c++) {
      const v = grid.raw(r, c);
      if (isBlank(v) || typeof v === "number") continue;
      if (found) return null;
      found = { row: r, col: c, text: cellText(v).trim() };
    }
    if (found) return saysNothing(found.text) ? found : null;
  }
  return null;
}
