import { labelKey } from "../text/normalize";
import type { CellRange, CellValue, SheetData } from "./types";

/**
 * Read access to a sheet with merged areas taken into account: a cell covered by a merge reads as
 * the merge's top-left value, across for header rows and down for data rows.
 */
export class Grid {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly across = new Map<number, CellRange>();
  private readonly down = new Map<number, CellRange>();
  private readonly keys = new Map<number, readonly string[]>();

  constructor(readonly sheet: SheetData) {
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of sheet.merges) {
      for (let r = m.r1; r <= m.r2; r++)
        for (let c = m.c1; c <= m.c2; c++) {
          if (r === m.r1 && c === m.c1) continue;
          this.across.set(this.key(r, c), m);
          if (c === m.c1) this.down.set(this.key(r, c), m);
        }
    }
  }

  /** The value as stored (covered cells of a merge are empty). */
  raw(r: number, c: number): CellValue {
    return this.sheet.rows[r]?.[c] ?? null;
  }

  /** For headers and labels: covered cells read as their merge's value. */
  header(r: number, c: number): CellValue {
    const m = this.across.get(this.key(r, c));
    return m ? this.raw(m.r1, m.c1) : this.raw(r, c);
  }

  /** For data: values merged vertically are carried to every row they cover. */
  data(r: number, c: number): CellValue {
    const v = this.raw(r, c);
    if (v !== null && v !== "") return v;
    const m = this.down.get(this.key(r, c));
    return m ? this.raw(m.r1, m.c1) : v;
  }

  /** The row a data value comes from: the top of a vertical merge it was carried down from, or r. */
  dataOrigin(r: number, c: number): number {
    const v = this.raw(r, c);
    if (v !== null && v !== "") return r;
    return this.down.get(this.key(r, c))?.r1 ?? r;
  }

  /** labelKey of each header-style cell of a row, computed once per row. */
  headerKeys(r: number): readonly string[] {
    let keys = this.keys.get(r);
    if (!keys) {
      const out: string[] = new Array(this.colCount);
      for (let c = 0; c < this.colCount; c++) {
        const v = this.header(r, c);
        out[c] = typeof v === "string" ? labelKey(v) : v === null ? "" : labelKey(cellText(v));
      }
      this.keys.set(r, (keys = out));
    }
    return keys;
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return String(v.serial);
  return String(v);
}
