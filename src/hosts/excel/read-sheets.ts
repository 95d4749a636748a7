import { parseRangeA1, rangeA1 } from "../../core/sheet/address";
import type { CellRange, CellValue, SheetData } from "../../core/sheet/types";
import { fromHostValue, type HostScalar } from "../shared/cell-values";
import type { XRange, XRangeAreas, XRequestContext } from "./api";

/**
 * Cells of values and number formats read per request. Excel on the web refuses responses over
 * 5 MB; 20,000 rows × 9 columns of a filled 附件2 answer about 4.3 MB, so a sheet is read in blocks
 * of this many cells (about 1.2 MB for such a sheet), and a block whose answer is still too large
 * is halved and read again.
 */
export const READ_CELLS = 50_000;
/**
 * Cells per merged-area read. getMergedAreasOrNullObject fails when more than 512 merged areas
 * intersect the range (@types/office-js); 512 cells can meet at most 512 of them.
 */
export const MERGE_CELLS = 512;

interface Piece {
  readonly sheet: number;
  readonly box: CellRange;
}

interface UsedBox {
  readonly name: string;
  readonly box: CellRange | null;
}

/**
 * Reads sheets' used ranges (the first `headRows` rows when given): one request for the sizes, then
 * requests of at most READ_CELLS cells, merged areas (where `merges`) read alongside in blocks.
 */
export async function readSheets(
  ctx: XRequestContext,
  names: readonly string[],
  headRows: number | undefined,
  merges: boolean,
): Promise<SheetData[]> {
  const used = names.map((name) => {
    // Whether the sheet is hidden comes with the sizes, in the same request.
    const ws = ctx.workbook.worksheets.getItem(name).load("visibility");
    const area = headRows ? ws.getRange(`1:${headRows}`) : ws.getRange();
    return {
      name,
      ws,
      range: area.getUsedRangeOrNullObject(true).load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"),
    };
  });
  await ctx.sync();
  const boxes: UsedBox[] = used.map(({ name, range }) => ({ name, box: range.isNullObject ? null : boxOf(range) }));
  const values = boxes.map((b) => (b.box ? emptyRows(b.box) : []));
  const formats = boxes.map((b) => (b.box ? emptyRows(b.box) : []));
  const mergedAreas: CellRange[][] = boxes.map(() => []);

  let queue: Piece[] = boxes.flatMap((b, sheet) =>
    b.box ? blocks(b.box, READ_CELLS).map((box) => ({ sheet, box })) : [],
  );
  // The merged areas go with the first request of values (again with the next, if that one fails).
  let mergeReads = merges ? queueMergeReads(ctx, boxes) : [];
  let mergesRead = mergeReads.length === 0;
  let budget = READ_CELLS;
  while (queue.length) {
    queue = [...fit(queue[0], budget), ...queue.slice(1)];
    const batch = take(queue, budget);
    queue = queue.slice(batch.length);
    const reads = batch.map((p) => ({
      piece: p,
      range: ctx.workbook.worksheets.getItem(boxes[p.sheet].name).getRange(address(p.box)).load("values,numberFormat"),
    }));
    try {
      await ctx.sync();
    } catch (e) {
      if (code(e) !== "ResponsePayloadSizeLimitExceeded" || budget === 1) throw e;
      // Too much text in these cells for one answer: read them again, half as many at a time.
      budget = Math.max(1, budget >> 1);
      queue = [...batch, ...queue];
      if (!mergesRead) mergeReads = queueMergeReads(ctx, boxes);
      continue;
    }
    for (const { piece, range } of reads)
      place(piece, range, boxes[piece.sheet].box!, values[piece.sheet], formats[piece.sheet]);
    if (!mergesRead) for (const m of mergeReads) mergedAreas[m.sheet].push(...areasOf(m.areas));
    mergesRead = true;
  }
  return boxes.map((b, i) => {
    const sheet = { name: b.name, rows: toRows(b.box, values[i], formats[i]), merges: unique(mergedAreas[i]) };
    return used[i].ws.visibility === "Visible" ? sheet : { ...sheet, hidden: true };
  });
}

/** Queues the merged-area reads of every sheet, in blocks of at most MERGE_CELLS cells. */
function queueMergeReads(ctx: XRequestContext, boxes: readonly UsedBox[]): { sheet: number; areas: XRangeAreas }[] {
  return boxes.flatMap((b, sheet) => {
    if (!b.box) return [];
    const ws = ctx.workbook.worksheets.getItem(b.name);
    return blocks(b.box, MERGE_CELLS).map((box) => ({
      sheet,
      areas: ws.getRange(address(box)).getMergedAreasOrNullObject().load("isNullObject,address"),
    }));
  });
}

function boxOf(r: XRange): CellRange {
  return { r1: r.rowIndex, c1: r.columnIndex, r2: r.rowIndex + r.rowCount - 1, c2: r.columnIndex + r.columnCount - 1 };
}

const cells = (b: CellRange) => (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
const address = (b: CellRange) => rangeA1(b.r1, b.c1, b.r2, b.c2);

/** Row bands of the box with at most `limit` cells each (one row when a row alone is wider). */
function blocks(box: CellRange, limit: number): CellRange[] {
  const width = box.c2 - box.c1 + 1;
  const rows = Math.max(1, Math.floor(limit / width));
  const out: CellRange[] = [];
  for (let r = box.r1; r <= box.r2; r += rows) out.push({ ...box, r1: r, r2: Math.min(box.r2, r + rows - 1) });
  return out;
}

function halves(p: Piece): Piece[] {
  const { box } = p;
  if (box.r2 > box.r1) {
    const mid = (box.r1 + box.r2) >> 1;
    return [
      { ...p, box: { ...box, r2: mid } },
      { ...p, box: { ...box, r1: mid + 1 } },
    ];
  }
  const mid = (box.c1 + box.c2) >> 1;
  return [
    { ...p, box: { ...box, c2: mid } },
    { ...p, box: { ...box, c1: mid + 1 } },
  ];
}

/** Pieces from the front of the queue up to `limit` cells (at least one). */
function take(queue: readonly Piece[], limit: number): Piece[] {
  const out: Piece[] = [];
  let total = 0;
  for (const p of queue) {
    if (out.length && total + cells(p.box) > limit) break;
    out.push(p);
    total += cells(p.box);
  }
  return out;
}

/** A piece cut into halves until each has at most `limit` cells. */
function fit(p: Piece, limit: number): Piece[] {
  return cells(p.box) <= limit ? [p] : halves(p).flatMap((h) => fit(h, limit));
}

function emptyRows(box: CellRange): unknown[][] {
  return Array.from({ length: box.r2 - box.r1 + 1 }, () => []);
}

function place(piece: Piece, range: XRange, box: CellRange, values: unknown[][], formats: unknown[][]): void {
  const r0 = piece.box.r1 - box.r1;
  const c0 = piece.box.c1 - box.c1;
  range.values.forEach((row: unknown[], r: number) => {
    row.forEach((v, c) => {
      values[r0 + r][c0 + c] = v;
      formats[r0 + r][c0 + c] = range.numberFormat[r]?.[c];
    });
  });
}

function toRows(box: CellRange | null, values: unknown[][], formats: unknown[][]): CellValue[][] {
  if (!box) return [];
  const rows: CellValue[][] = Array.from({ length: box.r1 }, () => []);
  values.forEach((row, r) => {
    const out: CellValue[] = new Array(box.c1).fill(null);
    for (let c = 0; c <= box.c2 - box.c1; c++) out.push(fromHostValue(row[c] as HostScalar, formats[r][c] as string));
    rows.push(out);
  });
  return rows;
}

function areasOf(areas: XRangeAreas): CellRange[] {
  if (areas.isNullObject) return [];
  const out: CellRange[] = [];
  for (const m of areas.address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g)) {
    const range = parseRangeA1(m[1]);
    if (range) out.push(range);
  }
  return out;
}

/** A merged area that crosses two blocks is reported by both. */
function unique(areas: CellRange[]): CellRange[] {
  const seen = new Map(areas.map((a) => [`${a.r1},${a.c1},${a.r2},${a.c2}`, a]));
  return [...seen.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

function code(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}
