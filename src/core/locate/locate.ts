import type { AnnexSchema } from "../schema/types";
import { Grid, cellText, isBlank } from "../sheet/grid";
import { labelKey } from "../text/normalize";

/** Where an annex table stands in a sheet. */
export interface LocatedTable {
  readonly schema: AnnexSchema;
  readonly titleRow: number;
  readonly headerRow: number;
  /** Sheet column of each schema column, in schema order; -1 where the column is missing. */
  readonly columns: readonly number[];
  /** Header cells that belong to no schema column (kept, never dropped). */
  readonly extras: readonly { readonly header: string; readonly col: number }[];
  /** The 填报单位 line: where it is and what it says ("" when empty). */
  readonly unitLine?: { readonly row: number; readonly col: number; readonly valueCol: number; readonly text: string };
  /** How well the header matched: the share of schema columns found. */
  readonly score: number;
}

/** Rows searched for an annex's header: a host may read only these to tell which annex a sheet holds. */
export const SCAN_ROWS = 40;
const UNIT_PREFIX = "填报单位";

/** Finds the schema's table in the sheet by its header (and title), wherever it stands. */
export function locate(grid: Grid, schema: AnnexSchema, rows?: readonly number[]): LocatedTable | null {
  let best: LocatedTable | null = null;
  for (const r of rows ?? scanRows(grid)) {
    const found = matchHeader(grid, r, schema);
    if (!found) continue;
    const titleRow = findTitle(grid, r, schema);
    const score = found.matched / schema.columns.length + (titleRow >= 0 ? 0.5 : 0);
    if (!best || score > best.score) {
      best = {
        schema,
        titleRow,
        headerRow: r,
        columns: found.columns,
        extras: found.extras,
        unitLine: findUnitLine(grid, r),
        score,
      };
    }
  }
  return best;
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

/** Per schema, the label keys each column answers to, and all of them together. */
const NAMES = new WeakMap<AnnexSchema, { perColumn: readonly (readonly string[])[]; all: ReadonlySet<string> }>();

function namesOf(schema: AnnexSchema) {
  let n = NAMES.get(schema);
  if (!n) {
    const perColumn = schema.columns.map((col) => [col.header, ...(col.aliases ?? [])].map(labelKey));
    NAMES.set(schema, (n = { perColumn, all: new Set(perColumn.flat()) }));
  }
  return n;
}

function matchHeader(grid: Grid, r: number, schema: AnnexSchema) {
  const keys = grid.headerKeys(r);
  const { perColumn, all } = namesOf(schema);
  let candidates = 0;
  for (const k of keys) if (k && all.has(k)) candidates++;
  if (candidates < Math.min(2, schema.columns.length)) return null;
  const used = new Set<number>();
  const columns = perColumn.map((names) => {
    // The first unused cell that carries the name: columns with equal headers map by position.
    for (let c = 0; c < keys.length; c++) if (!used.has(c) && names.includes(keys[c])) return (used.add(c), c);
    return -1;
  });
  const matched = columns.filter((c) => c >= 0).length;
  const nonIndex = schema.columns.filter((col, i) => col.type !== "index" && columns[i] >= 0).length;
  if (nonIndex === 0 || matched < Math.min(2, schema.columns.length) || matched / schema.columns.length < 0.6)
    return null;
  const extras: { header: string; col: number }[] = [];
  for (let c = 0; c < keys.length; c++) {
    if (used.has(c) || !keys[c] || isBlank(grid.raw(r, c))) continue;
    extras.push({ header: cellText(grid.raw(r, c)).trim(), col: c });
  }
  return { columns, extras, matched };
}

function findTitle(grid: Grid, headerRow: number, schema: AnnexSchema): number {
  const title = labelKey(schema.title);
  const short = labelKey(schema.shortName);
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 6; r--)
    for (let c = 0; c < grid.colCount; c++) {
      const k = labelKey(cellText(grid.raw(r, c)));
      if (k && (k.includes(title) || k.includes(short))) return r;
    }
  return -1;
}

/** Other labels that may share the 填报单位 cell: 「填报单位：办公室　　填报时间：2023年1月」. */
const NEXT_LABEL = /\s{2,}|[\s\u3000]*(填报时间|填报日期|填表日期|填报人|填表人|联系人|联系电话|日期)[:：]/;

/** The 填报单位 line: above the header (where the plan has it), else below the table (some units move it). */
function findUnitLine(grid: Grid, headerRow: number): LocatedTable["unitLine"] {
  const above = Array.from({ length: Math.min(6, headerRow) }, (_, i) => headerRow - 1 - i);
  const below = Array.from({ length: Math.max(0, grid.rowCount - headerRow - 1) }, (_, i) => headerRow + 1 + i);
  for (const r of [...above, ...below])
    for (let c = 0, n = grid.width(r); c < n; c++) {
      const raw = cellText(grid.raw(r, c));
      const k = labelKey(raw);
      if (!k.startsWith(UNIT_PREFIX)) continue;
      const inline = raw
        .replace(/^[\s\u3000]*填\s*报\s*单\s*位\s*(?:[（(][^）)]*[）)])?\s*[:：]?/, "")
        .split(NEXT_LABEL)[0]
        .trim();
      if (inline) return { row: r, col: c, valueCol: c, text: inline };
      for (let c2 = c + 1; c2 < n; c2++) {
        const v = cellText(grid.raw(r, c2)).trim();
        if (v)
          return { row: r, col: c, valueCol: c2, text: NEXT_LABEL.test(` ${v}`) && /^(填|联|日)/.test(v) ? "" : v };
      }
      return { row: r, col: c, valueCol: c + 1, text: "" };
    }
  return undefined;
}

/** Cheap pre-check: some row among the first holds at least two known header names. */
const UNION = new WeakMap<readonly AnnexSchema[], ReadonlySet<string>>();

function scanRows(grid: Grid): number[] {
  return Array.from({ length: Math.min(grid.rowCount, SCAN_ROWS) }, (_, r) => r);
}

function headerLikeRows(grid: Grid, schemas: readonly AnnexSchema[]): number[] {
  let names = UNION.get(schemas);
  if (!names) UNION.set(schemas, (names = new Set(schemas.flatMap((s) => [...namesOf(s).all]))));
  return scanRows(grid).filter((r) => {
    let hits = 0;
    for (const k of grid.headerKeys(r)) if (k && names.has(k) && ++hits >= 2) return true;
    return false;
  });
}
