import { parseRangeA1, rangeA1 } from "../../core/sheet/address";
import type { CellRange, CellValue, SheetData } from "../../core/sheet/types";
import { fromHostValue } from "../shared/cell-values";
import { XL, type EtWorksheet } from "./api";

/**
 * Reads a sheet's used range through the ET object model: all values in one Value2 call; number
 * formats (to tell dates) and merged areas by halving ranges until they are uniform, so a
 * 10,000-row sheet costs a few hundred calls, not one per cell. This runs inside the before-save
 * event, where every call counts.
 */
export function readSheet(ws: EtWorksheet, headRows?: number): SheetData {
  const used = ws.UsedRange;
  const full = {
    r1: used.Row - 1,
    c1: used.Column - 1,
    r2: used.Row - 2 + used.Rows.Count,
    c2: used.Column - 2 + used.Columns.Count,
  };
  // With headRows, only the top of the used range (telling which annex a sheet holds).
  const box = headRows ? { ...full, r2: Math.max(full.r1, Math.min(full.r2, headRows - 1)) } : full;
  const raw = box === full ? used.Value2 : range(ws, box).Value2;
  const grid: unknown[][] = box.r1 === box.r2 && box.c1 === box.c2 ? [[raw]] : (raw as unknown[][]);
  const formats = numberFormats(ws, box, grid);
  const rows: CellValue[][] = Array.from({ length: box.r1 }, () => []);
  grid.forEach((row, r) => {
    const out: CellValue[] = new Array(box.c1).fill(null);
    row.forEach((v, c) => out.push(fromHostValue(v, typeof v === "number" ? formats(r, c) : null)));
    rows.push(out);
  });
  const sheet = { name: ws.Name, rows, merges: merges(ws, box) };
  return ws.Visible === XL.sheetVisible ? sheet : { ...sheet, hidden: true };
}

const range = (ws: EtWorksheet, r: CellRange) => ws.Range(rangeA1(r.r1, r.c1, r.r2, r.c2));

/** The number format of each numeric cell, found column by column by halving mixed row spans. */
function numberFormats(ws: EtWorksheet, box: CellRange, grid: unknown[][]): (r: number, c: number) => string | null {
  const whole = range(ws, box).NumberFormat;
  if (whole !== null) return () => whole;
  const byCell = new Map<string, string | null>();
  for (let c = box.c1; c <= box.c2; c++) {
    const hasNumber = grid.some((row) => typeof row[c - box.c1] === "number");
    if (!hasNumber) continue;
    const split = (r1: number, r2: number): void => {
      const fmt = range(ws, { r1, c1: c, r2, c2: c }).NumberFormat;
      if (fmt !== null || r1 === r2) {
        for (let r = r1; r <= r2; r++) byCell.set(`${r - box.r1},${c - box.c1}`, fmt);
        return;
      }
      const mid = (r1 + r2) >> 1;
      split(r1, mid);
      split(mid + 1, r2);
    };
    split(box.r1, box.r2);
  }
  return (r, c) => byCell.get(`${r},${c}`) ?? null;
}

/** Merged areas: spans whose MergeCells is false are skipped whole; others are halved down to cells. */
function merges(ws: EtWorksheet, box: CellRange): CellRange[] {
  const found = new Map<string, CellRange>();
  const visit = (r: CellRange): void => {
    const state = range(ws, r).MergeCells;
    if (state === false) return;
    if (r.r1 === r.r2 && r.c1 === r.c2) {
      const area = parseRangeA1(ws.Range(rangeA1(r.r1, r.c1, r.r1, r.c1)).MergeArea.Address());
      if (area) found.set(`${area.r1},${area.c1}`, area);
      return;
    }
    if (r.r1 !== r.r2) {
      const mid = (r.r1 + r.r2) >> 1;
      visit({ ...r, r2: mid });
      visit({ ...r, r1: mid + 1 });
    } else {
      const mid = (r.c1 + r.c2) >> 1;
      visit({ ...r, c2: mid });
      visit({ ...r, c1: mid + 1 });
    }
  };
  visit(box);
  return [...found.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}
