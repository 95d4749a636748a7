import type { CellRange } from "../../core/sheet/types";
import { isDateCell } from "../../core/sheet/types";
import { STYLES, type ModelCell, type SheetModel, type StyleName } from "../../core/workbook/model";

export interface StyleBlock {
  readonly style: StyleName;
  readonly range: CellRange;
}

/**
 * Covers a sheet's styled cells with few rectangles: runs of one style along each row, stacked
 * down while the next row has the same run. A 10,000-row table with a few marked cells becomes a
 * few dozen blocks, so hosts format it with a few dozen calls instead of one per cell.
 */
export function styleBlocks(rows: readonly (readonly (ModelCell | null)[])[]): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, { style: StyleName; r1: number; c1: number; c2: number }>();
  const close = (b: { style: StyleName; r1: number; c1: number; c2: number }, r2: number) =>
    done.push({ style: b.style, range: { r1: b.r1, c1: b.c1, r2, c2: b.c2 } });
  for (let r = 0; r <= rows.length; r++) {
    const runs = r < rows.length ? rowRuns(rows[r]) : [];
    const next = new Map<string, { style: StyleName; r1: number; c1: number; c2: number }>();
    for (const run of runs) {
      const key = `${run.style}:${run.c1}:${run.c2}`;
      const continued = open.get(key);
      next.set(key, continued ?? { ...run, r1: r });
      open.delete(key);
    }
    for (const b of open.values()) close(b, r - 1);
    open = next;
  }
  return done.sort((a, b) => a.range.r1 - b.range.r1 || a.range.c1 - b.range.c1);
}

function rowRuns(row: readonly (ModelCell | null)[]): { style: StyleName; c1: number; c2: number }[] {
  const runs: { style: StyleName; c1: number; c2: number }[] = [];
  for (let c = 0; c < row.length; c++) {
    const s = row[c]?.s;
    if (!s) continue;
    const last = runs[runs.length - 1];
    if (last && last.style === s && last.c2 === c - 1) last.c2 = c;
    else runs.push({ style: s, c1: c, c2: c });
  }
  return runs;
}

export interface ValuePiece {
  /** Index of the sheet in the list given. */
  readonly sheet: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Packs the rows of several sheets into requests whose JSON stays under `limit` bytes (Excel on the
 * web: 5 MB a request). Small sheets share one request; a large one spans several.
 */
export function packValues(sheets: readonly (readonly unknown[])[], limit: number): ValuePiece[][] {
  const batches: ValuePiece[][] = [];
  let batch: ValuePiece[] = [];
  let bytes = 0;
  sheets.forEach((rows, sheet) => {
    let start = 0;
    rows.forEach((row, i) => {
      const b = jsonBytes(row);
      if (bytes + b > limit && (i > start || batch.length)) {
        if (i > start) batch.push({ sheet, start, end: i });
        batches.push(batch);
        batch = [];
        bytes = 0;
        start = i;
      }
      bytes += b;
    });
    if (rows.length > start) batch.push({ sheet, start, end: rows.length });
  });
  if (batch.length) batches.push(batch);
  return batches;
}

const encoder = new TextEncoder();
/** UTF-8 bytes of a row as JSON: what a row of values weighs in an Office.js request. */
export function jsonBytes(row: unknown): number {
  return encoder.encode(JSON.stringify(row)).length;
}

/** Date cells whose style gives no number format still need one, or they read back as numbers. */
export function bareDates(sheet: SheetModel): (ModelCell | null)[][] {
  return sheet.rows.map((row) =>
    row.map((c) =>
      c && isDateCell(c.v) && !(c.s && "numFmt" in STYLES[c.s]) ? { v: null, s: "date" as const } : null,
    ),
  );
}

/** Text a spreadsheet would turn into a number (phone numbers, codes with leading zeros, "1e5"). */
const NUMBER_LIKE = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?\s*$/;

/** Cells holding number-like text: hosts format them as text ("@") before writing the values. */
export function numberLikeText(sheet: SheetModel): (ModelCell | null)[][] {
  return sheet.rows.map((row) =>
    row.map((c) => (c && typeof c.v === "string" && NUMBER_LIKE.test(c.v) ? { v: null, s: "cell" as const } : null)),
  );
}
