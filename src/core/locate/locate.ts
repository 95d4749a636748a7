import type { AnnexSchema } from "../schema/types";
import type { SheetData } from "../sheet/types";
import { cellText, type Grid } from "../sheet/grid";
import { labelKey, looseKey, mayChangeInLabel } from "../text/normalize";
import { allNames, headerLabels, matchLabels, type HeaderLabel, type HeaderMatch } from "./header-match";
import { findUnitLine, type UnitLine } from "./unit-line";
import { tickColumns, type TickColumn } from "./ticks";

/** Where an annex table stands in a sheet. */
export interface LocatedTable {
  readonly schema: AnnexSchema;
  readonly titleRow: number;
  /** The header's (first) row. */
  readonly headerRow: number;
  /** Rows the header takes: 2 when group headers stand over sub-headers (谈话人 over 姓名 | 单位及职务). */
  readonly headerRows: 1 | 2;
  /** Sheet column of each schema column, in schema order; -1 where the column is missing. */
  readonly columns: readonly number[];
  /** Per schema column, further sheet columns whose values join it (a column units split in two). */
  readonly joined: readonly (readonly number[])[];
  /**
   * Listed columns drawn as a column per choice to tick (谈话内容类型 over 谈心谈话 | 任前谈话 |
   * …), by schema column index: read as the choice ticked (see ticks.ts).
   */
  readonly ticks?: Readonly<Record<number, readonly TickColumn[]>>;
  /** Columns found under a header other than the form's own, as information for the user. */
  readonly mapped: readonly { readonly key: string; readonly col: number; readonly header: string }[];
  /**
   * Header cells that belong to no schema column (kept, never dropped); `untitled` for a column
   * with values beside the form's rows but no header at all (named by its letter).
   */
  readonly extras: readonly { readonly header: string; readonly col: number; readonly untitled?: boolean }[];
  /** The 填报单位 line: where it is and what it says ("" when empty). */
  readonly unitLine?: UnitLine;
  /** How well the header matched: the share of schema columns found (+0.5 with the title). */
  readonly score: number;
  /** The row where the next form begins when forms stand one below another in a sheet (else none). */
  readonly end?: number;
  /**
   * When another form stands beside this one on the same rows (附件4 in A-B, 附件5 from E on): the
   * sheet with only this form's columns (the others blank), to read it from.
   */
  readonly sheet?: SheetData;
}

/** Rows searched for an annex's header: a host may read only these to tell which annex a sheet holds. */
export const SCAN_ROWS = 40;
/** Share of a form's own columns (not 序号) a header must show when the form's title is not there too. */
export const OWN_COLUMNS_WITHOUT_TITLE = 0.6;

/**
 * Finds the schema's table in the sheet by its header (and title), wherever it stands. `titled`:
 * only under the form's own title, where its short names count too and one of its own columns is
 * enough (see underTitle in tables.ts).
 */
export function locate(grid: Grid, schema: AnnexSchema, rows?: readonly number[], titled = false): LocatedTable | null {
  let best: LocatedTable | null = null;
  const single = new Map<number, HeaderMatch>();
  const names = schemaNames(schema, titled);
  const need = titled ? 1 : Math.min(2, schema.columns.length);
  const one = (r: number) => {
    let m = single.get(r);
    if (!m) single.set(r, (m = matchLabels(headerLabels(grid, r, 1), schema, titled)));
    return m;
  };
  for (const r of rows ?? scanRows(grid)) {
    // Rows that carry fewer than two of this form's names (as one or two header rows) are not its header.
    const plausible = (depth: 1 | 2) => hits(headerLabels(grid, r, depth), names) >= need;
    const onePlausible = plausible(1);
    if (!onePlausible && (r + 1 >= grid.rowCount || !plausible(2))) continue;
    let found = onePlausible ? one(r) : EMPTY_MATCH;
    let depth: 1 | 2 = 1;
    // A two-row header counts only where it finds more than either row alone (a title row above a
    // header would otherwise pass for a group header); not tried when one row has every column.
    if (r + 1 < grid.rowCount && found.matched < schema.columns.length && plausible(2)) {
      const two = matchLabels(headerLabels(grid, r, 2), schema, titled);
      if (two.matched > found.matched && two.matched > (plausibleAt(grid, r + 1, names, need) ? one(r + 1).matched : 0))
        [found, depth] = [two, 2];
    }
    const titleRow = findTitle(grid, r, schema);
    if (titled && titleRow < 0) continue;
    // Under the form's own title its short names count too (题目 for 课题名称 under 大调研课题申报表).
    if (!titled && titleRow >= 0 && found.matched < schema.columns.length && hasTitledAliases(schema)) {
      const short = matchLabels(headerLabels(grid, r, depth), schema, true);
      if (short.matched > found.matched) found = short;
    }
    if (!recognised(found, schema, titleRow >= 0, need)) continue;
    const score = found.matched / schema.columns.length + (titleRow >= 0 ? 0.5 : 0);
    if (!best || score > best.score) {
      const joined = found.columns.map((m) => m.joined);
      const columns = found.columns.map((m) => m.col);
      const ticks = tickColumns(grid, schema, r, depth, columns, joined);
      best = {
        schema,
        titleRow,
        headerRow: r,
        headerRows: depth,
        columns,
        joined,
        ...(ticks ? { ticks } : {}),
        mapped: found.columns.flatMap((m, i) =>
          m.mapped !== undefined ? [{ key: schema.columns[i].key, col: m.col, header: m.mapped }] : [],
        ),
        extras: found.extras,
        unitLine: findUnitLine(grid, r, depth),
        score,
      };
    }
  }
  return best;
}

const EMPTY_MATCH: HeaderMatch = { columns: [], extras: [], matched: 0, nonIndexMatched: 0 };

/** Every name (header, alias, part) of a form, as a set: for the quick test of a row. */
const SCHEMA_NAMES = new WeakMap<AnnexSchema, ReadonlySet<string>>();
const TITLED_SCHEMA_NAMES = new WeakMap<AnnexSchema, ReadonlySet<string>>();

function schemaNames(schema: AnnexSchema, titled: boolean): ReadonlySet<string> {
  const cache = titled ? TITLED_SCHEMA_NAMES : SCHEMA_NAMES;
  let set = cache.get(schema);
  if (!set) cache.set(schema, (set = allNames([schema], titled)));
  return set;
}

function hasTitledAliases(schema: AnnexSchema): boolean {
  return schema.columns.some((c) => c.titledAliases?.length);
}

/** Labels that carry one of the names, whole or before a sub-label. */
function hits(labels: readonly HeaderLabel[], names: ReadonlySet<string>): number {
  let n = 0;
  for (const l of labels) if (l.keys.some((k) => names.has(k))) n++;
  return n;
}

function plausibleAt(grid: Grid, r: number, names: ReadonlySet<string>, need: number): boolean {
  return hits(headerLabels(grid, r, 1), names) >= need;
}

/**
 * Enough of the form to be sure: `need` columns at least (two; one of its own found again under its
 * title, see underTitle), and without the form's title above, most of
 * its own columns (序号 is in every form and proves nothing: 「为民办实事项目登记表」 shares 序号,
 * 责任单位 and 完成时限 with 附件1 and is not 附件1).
 */
function recognised(m: HeaderMatch, schema: AnnexSchema, titled: boolean, need: number): boolean {
  const own = schema.columns.filter((c) => c.type !== "index").length;
  if (m.nonIndexMatched === 0 || m.matched < need) return false;
  if (titled) return true;
  return m.nonIndexMatched / Math.max(1, own) >= OWN_COLUMNS_WITHOUT_TITLE;
}

/** The annex a sheet holds: the best-matching schema, or null. */
export function detect(grid: Grid, schemas: readonly AnnexSchema[]): LocatedTable | null {
  let best: LocatedTable | null = null;
  // Only rows where two cells carry a known header name can be a header: data rows are skipped once.
  const rows = headerLikeRows(grid, schemas);
  if (!rows.length) return null;
  for (const schema of schemas) {
    const t = locate(grid, schema, rows);
    if (t && (!best || t.score > best.score)) best = t;
  }
  return best;
}

function findTitle(grid: Grid, headerRow: number, schema: AnnexSchema): number {
  const title = labelKey(schema.title);
  const short = labelKey(schema.shortName);
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 6; r--)
    for (let c = 0, n = grid.width(r); c < n; c++) {
      const k = labelKey(cellText(grid.raw(r, c)));
      if (k && (k.includes(title) || k.includes(short))) return r;
    }
  return -1;
}

/** Cheap pre-check: rows among the first that hold at least two known header names (or sit just above one). */
const UNION = new WeakMap<
  readonly AnnexSchema[],
  { readonly names: ReadonlySet<string>; readonly firsts: ReadonlySet<number> }
>();

function scanRows(grid: Grid, from = 0): number[] {
  return Array.from({ length: Math.max(0, Math.min(grid.rowCount, from + SCAN_ROWS) - from) }, (_, i) => from + i);
}

/** Rows from `from` on (SCAN_ROWS of them) that may be a form's header. */
export function headerLikeRows(grid: Grid, schemas: readonly AnnexSchema[], from = 0): number[] {
  let union = UNION.get(schemas);
  if (!union) {
    const names = allNames(schemas);
    union = { names, firsts: new Set([...names].map((n) => n.charCodeAt(0))) };
    UNION.set(schemas, union);
  }
  const { names: known, firsts } = union;
  // Cheap: the row's label keys (computed once per grid), loosened, whole or before a bracket.
  const likely = scanRows(grid, from).filter((r) => {
    if (opensWithNumber(grid, r)) return false;
    let hits = 0;
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.header(r, c);
      if (v === null) continue;
      const text = typeof v === "string" ? v : cellText(v);
      // Most cells in these rows are data. A cell whose first character no known name starts with
      // cannot match, as a labelKey, loosened or cut at a bracket, unless labelKey or loosening
      // changes that character: only then is the full test needed (header-scan.test.ts).
      const first = text.charCodeAt(0);
      if (!firsts.has(first) && !LOOSE_CODES.has(first) && !mayChangeInLabel(first)) continue;
      const k = labelKey(text);
      if (!k || !NON_DIGIT.test(k)) continue;
      const loose = LOOSE_CHARS.test(k) ? looseKey(k) : k;
      const bracket = k.indexOf("(");
      if ((known.has(loose) || (bracket > 0 && known.has(looseKey(k.slice(0, bracket))))) && ++hits >= 2) return true;
    }
    return false;
  });
  // The group row of a two-row header may hold one known name only (谈话人 … 谈话对象 are known; a
  // form of 姓名 | 职务 sub-headers under other groups is not): the row above a likely row is tried too.
  const out = new Set<number>();
  for (const r of likely) {
    if (r > from) out.add(r - 1);
    out.add(r);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * A row whose first filled cell holds a number or a date is data (序号 1, 2, 3…) or a row of column
 * numbers, never a header: most rows scanned are data, and this spares testing their cells.
 */
function opensWithNumber(grid: Grid, r: number): boolean {
  for (let c = 0, n = grid.width(r); c < n; c++) {
    const v = grid.raw(r, c);
    if (v === null || v === "") continue;
    return typeof v === "number" || typeof v === "object";
  }
  return false;
}

const NON_DIGIT = /\D/;
const LOOSE_CHARS = /[()（）【】[\]〔〕<>《》、，,;；/／\\|·.。_\-—]/;
/** The characters of LOOSE_CHARS, by code. */
const LOOSE_CODES = new Set([..."()（）【】[]〔〕<>《》、，,;；/／\\|·.。_-—"].map((c) => c.charCodeAt(0)));
