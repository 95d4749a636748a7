/**
 * Forms that stand one below another in a sheet: some units paste 附件3, 附件4 and 附件5 into one
 * sheet, each with its title, 填报单位 line and header. Each is found and ends where the next
 * begins, so no form's rows are read as another's and none is lost.
 */
import type { AnnexSchema } from "../schema/types";
import { Grid, cellText, isBlank } from "../sheet/grid";
import type { CellValue, SheetData } from "../sheet/types";
import { labelKey } from "../text/normalize";
import { headerLikeRows, locate, type LocatedTable } from "./locate";
import { findUnitLine, isUnitLabel } from "./unit-line";

/** Header rows a form's header may take below the row where it was found (a two-row header). */
const HEADER_SPAN = 2;
/** 附件4, 附件 4, 附件四 alone in a cell: the plan's mark above each form. */
const ANNEX_MARK = /^附件[0-9一二三四五六七八九十]{1,2}$/;
/** A title is a short line: a data cell that mentions a form's name in a sentence is not one. */
const MAX_TITLE_CHARS = 40;

/** Rows a form's lead-in may take above its header: 附件N, title, subtitle, 填报单位, blank rows. */
const LEAD_IN = 8;

/** Every form in the sheet, top to bottom; empty when it holds none. */
export function detectAll(grid: Grid, schemas: readonly AnnexSchema[]): LocatedTable[] {
  const tables: LocatedTable[] = [];
  let table = firstTable(grid, schemas, 0);
  while (table) {
    const start = nextStart(grid, table, schemas);
    const next = start === undefined ? null : firstTable(grid, schemas, start);
    if (start === undefined || !next) {
      // Nothing follows (a line that looked like a title was data): the form runs to the end.
      tables.push(table);
      break;
    }
    // The form ends where the next one's lead-in begins (its 附件N, title, 填报单位 line and the
    // blank rows above them); rows between a false start and a form further down stay with this one.
    const dataStart = table.headerRow + table.headerRows;
    const top = Math.max(start, topOf(next));
    let end = top - start <= LEAD_IN ? start : top;
    while (end - 1 >= dataStart && isLeadIn(grid, end - 1, schemas)) end--;
    // A 填报单位 line between the two (below this form, above the next) serves both.
    const unitLine =
      table.unitLine && table.unitLine.row >= end
        ? (findUnitLine(grid, table.headerRow, table.headerRows, end) ?? table.unitLine)
        : table.unitLine;
    tables.push({ ...table, unitLine, end });
    table = next;
  }
  return tables.flatMap((t) => sideBySide(grid, t, schemas));
}

/**
 * Two forms side by side (附件4 in A-B, 附件5 from E on, their headers on one row): the form found
 * first has the other's header cells as extra columns to the right of its own. Where those read as
 * another form's header, the two are read apart, each from a sheet of its own columns (the others
 * blank), so that neither takes the other's cells for its own.
 */
function sideBySide(grid: Grid, table: LocatedTable, schemas: readonly AnnexSchema[]): LocatedTable[] {
  const own = [...table.columns, ...table.joined.flat()].filter((c) => c >= 0);
  const right = Math.max(...own);
  const beyond = table.extras.filter((x) => x.col > right);
  if (beyond.length < 2) return [table];
  const from = Math.min(...beyond.map((x) => x.col));
  const rows = [table.headerRow];
  const besideSheet = columnsOf(grid.sheet, from, Number.MAX_SAFE_INTEGER);
  const beside = new Grid(besideSheet);
  const found = schemas
    .map((s) => locate(beside, s, rows))
    .filter((t): t is LocatedTable => t !== null && t.headerRow === table.headerRow);
  if (!found.length) return [table];
  const other = found.reduce((best, t) => (t.score > best.score ? t : best));
  const thisSheet = columnsOf(grid.sheet, 0, from - 1);
  const self = locate(new Grid(thisSheet), table.schema, rows);
  if (!self) return [table];
  const { end } = table;
  const unitOf = (t: LocatedTable) => t.unitLine ?? table.unitLine;
  return [
    { ...self, end, unitLine: unitOf(self), sheet: thisSheet },
    { ...other, end, unitLine: unitOf(other), sheet: besideSheet },
  ];
}

/** The sheet with only the columns from c1 to c2 (the others blank), merged areas within them kept. */
function columnsOf(sheet: SheetData, c1: number, c2: number): SheetData {
  const rows = sheet.rows.map((row) => row.map((v, c) => (c >= c1 && c <= c2 ? v : null)));
  const merges = sheet.merges.filter((m) => m.c1 >= c1 && m.c2 <= c2);
  const uncalculated = sheet.uncalculated?.filter((f) => f.c >= c1 && f.c <= c2);
  return {
    name: sheet.name,
    rows,
    merges,
    ...(sheet.hidden ? { hidden: true } : {}),
    ...(sheet.hiddenRows?.length ? { hiddenRows: sheet.hiddenRows } : {}),
    ...(uncalculated?.length ? { uncalculated } : {}),
  };
}

/** A row that may open a form: blank, 附件N, a form's title or a 填报单位 line. */
function isLeadIn(grid: Grid, r: number, schemas: readonly AnnexSchema[]): boolean {
  const text = firstText(grid, r);
  if (text === null) return rowIsBlank(grid, r);
  const key = labelKey(text);
  return ANNEX_MARK.test(key) || isTitle(key, schemas) || isUnitLabel(text);
}

/** Rows searched for a form's title when no header was found. */
const TITLE_ROWS = 10;

/**
 * The form a sheet's title names (学习宣传贯彻党的二十大精神·提建议清单 in its first rows) when rows
 * follow it (a header and at least one more): a sheet that says it is a form though no header of
 * the form was found in it, so that it is reported rather than passed over. Null otherwise.
 */
export function titledForm(grid: Grid, schemas: readonly AnnexSchema[]): AnnexSchema | null {
  return formTitle(grid, schemas)?.schema ?? null;
}

/**
 * A form known by its title (see titledForm) whose header was not found the usual way (序号 | 建议
 * under 提建议清单; 建议内容 | 提出人 without 序号): looked for again in the rows just below the
 * title, where the form's short names (titledAliases) count too and one of its own columns is
 * enough. Tried last, after a form filled in standing up (whose labels down a column would pass for
 * a header here). Null when still not found: the sheet is then reported as unread (unreadForm).
 */
export function underTitle(grid: Grid, schemas: readonly AnnexSchema[]): LocatedTable | null {
  const title = formTitle(grid, schemas);
  if (!title) return null;
  const rows: number[] = [];
  for (let r = title.row + 1; r < grid.rowCount && r <= title.row + TITLE_SPAN; r++) rows.push(r);
  return locate(grid, title.schema, rows, true);
}

/** Rows below its title a form's header may stand (the 填报单位 line, a subtitle, blank rows between). */
const TITLE_SPAN = 6;

function formTitle(grid: Grid, schemas: readonly AnnexSchema[]): { schema: AnnexSchema; row: number } | null {
  for (let r = 0; r < Math.min(grid.rowCount, TITLE_ROWS); r++) {
    const text = firstText(grid, r);
    if (text === null) continue;
    const key = labelKey(text);
    if (key.length > MAX_TITLE_CHARS) continue;
    const schema = schemas.find((s) => key.endsWith(labelKey(s.title)) || key.endsWith(labelKey(s.shortName)));
    if (!schema) continue;
    let below = 0;
    for (let k = r + 1; k < grid.rowCount && below < 2; k++)
      if (!rowIsBlank(grid, k) && !isLeadIn(grid, k, schemas)) below++;
    return below >= 2 ? { schema, row: r } : null;
  }
  return null;
}

function rowIsBlank(grid: Grid, r: number): boolean {
  for (let c = 0, n = grid.width(r); c < n; c++) if (!isBlank(grid.raw(r, c))) return false;
  return true;
}

function isTitle(key: string, schemas: readonly AnnexSchema[]): boolean {
  return key.length <= MAX_TITLE_CHARS && titleKeys(schemas).some((t) => key.endsWith(t));
}

/** The first row of a form: its title, its 填报单位 line above the header, or its header. */
function topOf(t: LocatedTable): number {
  let top = t.headerRow;
  if (t.titleRow >= 0) top = Math.min(top, t.titleRow);
  if (t.unitLine && t.unitLine.row < t.headerRow) top = Math.min(top, t.unitLine.row);
  return top;
}

/** The topmost form whose header stands at `from` or below (the best match among headers that start together). */
function firstTable(grid: Grid, schemas: readonly AnnexSchema[], from: number): LocatedTable | null {
  const rows = headerLikeRows(grid, schemas, from);
  if (!rows.length) return null;
  const found = schemas.map((s) => locate(grid, s, rows)).filter((t) => t !== null);
  if (!found.length) return null;
  const top = Math.min(...found.map((t) => t.headerRow));
  return found.filter((t) => t.headerRow <= top + HEADER_SPAN).reduce((best, t) => (t.score > best.score ? t : best));
}

/**
 * Where another form begins below this one's header: a row opening with 附件N or a form's title,
 * or a header row of a form, found as such. Undefined when the table runs to the end of the sheet.
 */
function nextStart(grid: Grid, table: LocatedTable, schemas: readonly AnnexSchema[]): number | undefined {
  for (let r = table.headerRow + table.headerRows; r < grid.rowCount; r++) {
    const text = firstText(grid, r);
    if (text === null) continue;
    const key = labelKey(text);
    if (ANNEX_MARK.test(key)) return r;
    if (isTitle(key, schemas)) return r;
    if (
      r > table.headerRow + HEADER_SPAN &&
      INDEX_KEYS.has(key) &&
      !sameAsAbove(grid, r) &&
      isOtherHeader(grid, r, table, schemas)
    )
      return r;
  }
  return undefined;
}

/**
 * Row r holds what the row above holds, cell for cell, and neither has merged cells: a run of one
 * header pasted again and again (or an .ods repeat count over it) is judged by its first row, which
 * sees all the run's rows see above them and more. 100,000 such rows took 100,000 tries of every
 * form (the fuzz's seed 90917, #1948: 23 s).
 */
function sameAsAbove(grid: Grid, r: number): boolean {
  const n = grid.width(r);
  if (n !== grid.width(r - 1) || grid.hasMerges(r) || grid.hasMerges(r - 1)) return false;
  for (let c = 0; c < n; c++) if (!sameValue(grid.raw(r, c), grid.raw(r - 1, c))) return false;
  return true;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  return (
    typeof a === "object" &&
    typeof b === "object" &&
    a !== null &&
    b !== null &&
    a.serial === b.serial &&
    a.precision === b.precision
  );
}

const INDEX_KEYS = new Set(["序号", "编号"]);

/** The row's first filled cell when it is text (data rows mostly open with a number). */
function firstText(grid: Grid, r: number): string | null {
  for (let c = 0, n = grid.width(r); c < n; c++) {
    const v = grid.raw(r, c);
    if (isBlank(v)) continue;
    return typeof v === "string" ? cellText(v) : null;
  }
  return null;
}

/** A header of a form here, other than this table's own header repeated (as a page break repeats it). */
function isOtherHeader(grid: Grid, r: number, table: LocatedTable, schemas: readonly AnnexSchema[]): boolean {
  return schemas.some((s) => {
    const t = locate(grid, s, [r]);
    return t !== null && (s !== table.schema || t.titleRow > table.headerRow || t.unitLine?.row === r - 1);
  });
}

/** Each form's title and short name as label keys (学习宣传贯彻党的二十大精神·提建议清单, 提建议清单). */
const TITLES = new WeakMap<readonly AnnexSchema[], readonly string[]>();

function titleKeys(schemas: readonly AnnexSchema[]): readonly string[] {
  let keys = TITLES.get(schemas);
  if (!keys) {
    keys = [...new Set(schemas.flatMap((s) => [labelKey(s.title), labelKey(s.shortName)]).filter(Boolean))];
    TITLES.set(schemas, keys);
  }
  return keys;
}
