import { parseRangeA1, rangeA1 } from "../../core/sheet/address";
import { ref, TextError } from "../../core/i18n/text";
import type { CellRange, CellValue, FarCell, SheetData } from "../../core/sheet/types";
import { fromHostValue } from "../shared/cell-values";
import { withFarCellsAside } from "../shared/far-cells";
import { hiddenRowsBelow, hiddenRowsRound, type RowSpan } from "../shared/hidden-rows";
import { DENSE_CELLS, NARROW_PARTS, SHEET_CELLS, cellsIn, columnHalves, halves, rowHalves } from "../shared/narrow";
import { XL, type EtApplication, type EtWorksheet } from "./api";

/**
 * Reads a sheet's used range through the ET object model: all values in one Value2 call; number
 * formats (to tell dates) and merged areas by halving ranges until they are uniform, so a
 * 10,000-row sheet costs a few hundred calls, not one per cell. This runs inside the before-save
 * event, where every call counts. Values from column READ_COLUMNS on are set aside
 * (SheetData.beyond), as the file reader does.
 */
export function readSheet(app: EtApplication, ws: EtWorksheet, headRows?: number): SheetData {
  const used = ws.UsedRange;
  const full = {
    r1: used.Row - 1,
    c1: used.Column - 1,
    r2: used.Row - 2 + used.Rows.Count,
    c2: used.Column - 2 + used.Columns.Count,
  };
  // With headRows, only the top of the used range (telling which annex a sheet holds).
  const box = headRows ? { ...full, r2: Math.max(full.r1, Math.min(full.r2, headRows - 1)) } : full;
  const parts = cellsIn(box) <= DENSE_CELLS ? [box] : narrowed(app, ws, box);
  const rows: CellValue[][] = [];
  // By first cell: an area crossing two parts is found from both.
  const merged = new Map<string, CellRange>();
  for (const part of parts) {
    const raw = part === full ? used.Value2 : range(ws, part).Value2;
    const grid: unknown[][] = part.r1 === part.r2 && part.c1 === part.c2 ? [[raw]] : (raw as unknown[][]);
    const formats = numberFormats(ws, part, grid);
    grid.forEach((row, r) => {
      const out = (rows[part.r1 + r] ??= []);
      row.forEach((v, c) => (out[part.c1 + c] = fromHostValue(v, typeof v === "number" ? formats(r, c) : null)));
    });
    for (const m of merges(ws, part)) merged.set(`${m.r1},${m.c1}`, m);
  }
  const beyond: FarCell[] = [];
  const hiddenRows = headRows ? undefined : hiddenRowsBelow(hiddenRowsIn(ws, full), rows.length);
  const sheet = {
    name: ws.Name,
    rows: withFarCellsAside(rows, beyond),
    merges: [...merged.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1),
    ...(beyond.length ? { beyond } : {}),
    ...(hiddenRows ? { hiddenRows } : {}),
  };
  return ws.Visible === XL.sheetVisible ? sheet : { ...sheet, hidden: true };
}

/**
 * The rows the sheet hides within the box (SheetData.hiddenRows): one Hidden call for its rows, and
 * where some are hidden, a call for each part of the partly hidden spans (shared/hidden-rows.ts).
 */
function hiddenRowsIn(ws: EtWorksheet, box: CellRange): number[] {
  const hidden: number[] = [];
  const ask = (s: RowSpan) => ws.Range(`${s.r1 + 1}:${s.r2 + 1}`).Hidden;
  const first = { r1: box.r1, r2: box.r2 };
  for (let pending = hiddenRowsRound([first], [ask(first)], hidden); pending.length;)
    pending = hiddenRowsRound(pending, pending.map(ask), hidden);
  return hidden;
}

/**
 * The parts of a huge used range that hold values: halves (of its columns while it reaches past
 * READ_COLUMNS, else of its rows) with no value are dropped, the others halved again down to
 * DENSE_CELLS, each then cut down towards its values. Too many parts, or too many cells in them,
 * and the sheet is too large to read.
 */
function narrowed(app: EtApplication, ws: EtWorksheet, box: CellRange): CellRange[] {
  const tooLarge = () =>
    new TextError(ref("read.used-range-too-large", { sheet: ws.Name, range: rangeA1(box.r1, box.c1, box.r2, box.c2) }));
  const found: CellRange[] = [];
  const pending = [box];
  while (pending.length) {
    const b = pending.pop()!;
    if (cellsIn(b) <= DENSE_CELLS) found.push(b);
    else for (const half of halves(b)) if (app.WorksheetFunction.CountA(range(ws, half)) > 0) pending.push(half);
    if (found.length + pending.length > NARROW_PARTS) throw tooLarge();
  }
  const parts = found.map((p) => trimmed(app, ws, p));
  if (parts.reduce((n, p) => n + cellsIn(p), 0) > SHEET_CELLS) throw tooLarge();
  return parts.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/**
 * A part holding values, cut down towards them: while one half (of its rows, then of its columns)
 * is empty, the other is kept. A form of 30 rows in a part of 200,000 cells comes down to about its
 * own size in a few dozen COUNTA calls, instead of 200,000 cells' values and formats read.
 */
function trimmed(app: EtApplication, ws: EtWorksheet, part: CellRange): CellRange {
  let b = part;
  for (let moved = true; moved;) {
    moved = false;
    for (const byRows of [true, false]) {
      if (byRows ? b.r2 === b.r1 : b.c2 === b.c1) continue;
      const [first, second] = byRows ? rowHalves(b) : columnHalves(b);
      const inFirst = app.WorksheetFunction.CountA(range(ws, first)) > 0;
      if (inFirst && app.WorksheetFunction.CountA(range(ws, second)) > 0) continue;
      b = inFirst ? first : second;
      moved = true;
    }
  }
  return b;
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
