import type { CellRange, CellValue, SheetData } from "./types";

/**
 * Read access to a sheet with merged areas taken into account: a cell covered by a merge reads as
 * the merge's top-left value, across for header rows and down for data rows.
 */
export class Grid {
  readonly rowCount: number;
  readonly colCount: number;
  /** For each row, the merged areas that cover part of it (clipped to the data). */
  private readonly mergesByRow: (CellRange[] | undefined)[] = [];

  constructor(readonly sheet: SheetData) {
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (let r = 0; r < this.rowCount; r++) cols = Math.max(cols, sheet.rows[r]?.length ?? 0);
    this.colCount = cols;
    // Indexed by row and clipped to where the sheet holds data, so the cost follows the content,
    // not the merge: A1:XFD1048576 over a form of 50 rows costs 50 entries. A merge whose first
    // cell lies outside the data carries no value and is left out; past MERGE_ROW_BUDGET entries
    // (only a damaged file gets there: merged areas cannot overlap) the rest are ignored.
    let budget = MERGE_ROW_BUDGET;
    for (const m of sheet.merges) {
      if (m.r1 >= this.rowCount || m.c1 >= cols || m.r1 < 0 || m.c1 < 0) continue;
      const r2 = Math.min(m.r2, this.rowCount - 1);
      const clipped = { r1: m.r1, c1: m.c1, r2, c2: Math.min(m.c2, cols - 1) };
      if (clipped.r2 < clipped.r1 || clipped.c2 < clipped.c1 || (clipped.r1 === r2 && clipped.c1 === clipped.c2))
        continue;
      budget -= r2 - m.r1 + 1;
      if (budget < 0) break;
      for (let r = m.r1; r <= r2; r++) (this.mergesByRow[r] ??= []).push(clipped);
    }
  }

  private formulas?: Map<number, string>;

  /** The formula of (r, c) when it was saved without its result (see SheetData.uncalculated). */
  formulaAt(r: number, c: number): string | undefined {
    const list = this.sheet.uncalculated;
    if (!list) return undefined;
    this.formulas ??= new Map(list.map((f) => [f.r * 16_384 + f.c, f.formula]));
    return this.formulas.get(r * 16_384 + c);
  }

  /** The merged area that covers (r, c), other than as its first cell. */
  private covering(r: number, c: number): CellRange | undefined {
    const list = this.mergesByRow[r];
    if (!list) return undefined;
    for (const m of list) if (c >= m.c1 && c <= m.c2) return r === m.r1 && c === m.c1 ? undefined : m;
    return undefined;
  }

  /** Whether (r, c) is covered by a merged area that starts in a row above (a cell merged down into row r). */
  coveredFromAbove(r: number, c: number): boolean {
    const m = this.covering(r, c);
    return m !== undefined && m.r1 < r;
  }

  /** Whether any merged area covers part of row r. */
  hasMerges(r: number): boolean {
    return this.mergesByRow[r] !== undefined;
  }

  /** The last column of the merged area whose first cell is (r, c); c when no merge starts there. */
  mergeEnd(r: number, c: number): number {
    for (const m of this.mergesByRow[r] ?? []) if (m.r1 === r && m.c1 === c) return m.c2;
    return c;
  }

  /** The value as stored (covered cells of a merge are empty). */
  raw(r: number, c: number): CellValue {
    return this.sheet.rows[r]?.[c] ?? null;
  }

  /** For headers and labels: covered cells read as their merge's value. */
  header(r: number, c: number): CellValue {
    const m = this.covering(r, c);
    return m ? this.raw(m.r1, m.c1) : this.raw(r, c);
  }

  /** For data: values merged vertically are carried to every row they cover. */
  data(r: number, c: number): CellValue {
    const v = this.raw(r, c);
    if (v !== null && v !== "") return v;
    const m = this.covering(r, c);
    return m && m.c1 === c ? this.raw(m.r1, m.c1) : v;
  }

  /** The row a data value comes from: the top of a vertical merge it was carried down from, or r. */
  dataOrigin(r: number, c: number): number {
    const v = this.raw(r, c);
    if (v !== null && v !== "") return r;
    const m = this.covering(r, c);
    return m && m.c1 === c ? m.r1 : r;
  }

  /** Columns row r holds (its stored length): loops over one row's cells need go no further. */
  width(r: number): number {
    return this.sheet.rows[r]?.length ?? 0;
  }
}

/** Rows of merged areas the grid indexes; far above any form, far below what would exhaust memory. */
export const MERGE_ROW_BUDGET = 4_000_000;

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return String(v.serial);
  return String(v);
}
