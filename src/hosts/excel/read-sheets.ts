import { ref, TextError } from "../../core/i18n/text";
import { parseRangeA1, rangeA1 } from "../../core/sheet/address";
import type { CellRange, CellValue, FarCell, SheetData } from "../../core/sheet/types";
import { fromHostValue, type HostScalar } from "../shared/cell-values";
import { withFarCellsAside } from "../shared/far-cells";
import { hiddenRowsBelow, hiddenRowsRound, type RowSpan } from "../shared/hidden-rows";
import { DENSE_CELLS, NARROW_PARTS, SHEET_CELLS, cellsIn, halves } from "../shared/narrow";
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

/** Narrowing gives up after this many requests (each halves every part still too large). */
const NARROW_ROUNDS = 40;

interface Piece {
  readonly sheet: number;
  /** Which of the sheet's parts (see parts below) the piece is of. */
  readonly part: number;
  readonly box: CellRange;
}

/**
 * Reads sheets' used ranges (the first `headRows` rows when given): one request for the sizes, then
 * requests of at most READ_CELLS cells, merged areas (where `merges`) read alongside in blocks.
 * Values from column READ_COLUMNS on are set aside (SheetData.beyond), as the file reader does.
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
      // So does whether any of its rows is hidden (when the whole sheet is read).
      range: area
        .getUsedRangeOrNullObject(true)
        .load(`isNullObject,rowIndex,columnIndex,rowCount,columnCount${headRows ? "" : ",rowHidden"}`),
    };
  });
  await ctx.sync();
  const boxes = used.map(({ range }) => (range.isNullObject ? [] : [boxOf(range)]));
  // The parts of each sheet holding its values: its used range, or what narrowing it leaves.
  const parts = await narrowed(ctx, names, boxes);
  const values = parts.map((ps) => ps.map(emptyRows));
  const formats = parts.map((ps) => ps.map(emptyRows));
  const mergedAreas: CellRange[][] = names.map(() => []);

  let queue: Piece[] = parts.flatMap((ps, sheet) =>
    ps.flatMap((b, part) => blocks(b, READ_CELLS).map((box) => ({ sheet, part, box }))),
  );
  // The merged areas go with the first request of values (again with the next, if that one fails).
  let mergeReads = merges ? queueMergeReads(ctx, names, parts) : [];
  let mergesRead = mergeReads.length === 0;
  let budget = READ_CELLS;
  while (queue.length) {
    queue = [...fit(queue[0], budget), ...queue.slice(1)];
    const batch = take(queue, budget);
    queue = queue.slice(batch.length);
    const reads = batch.map((p) => ({
      piece: p,
      range: ctx.workbook.worksheets.getItem(names[p.sheet]).getRange(address(p.box)).load("values,numberFormat"),
    }));
    try {
      await ctx.sync();
    } catch (e) {
      if (code(e) !== "ResponsePayloadSizeLimitExceeded" || budget === 1) throw e;
      // Too much text in these cells for one answer: read them again, half as many at a time.
      budget = Math.max(1, budget >> 1);
      queue = [...batch, ...queue];
      if (!mergesRead) mergeReads = queueMergeReads(ctx, names, parts);
      continue;
    }
    for (const { piece, range } of reads) {
      const part = parts[piece.sheet][piece.part];
      place(piece, range, part, values[piece.sheet][piece.part], formats[piece.sheet][piece.part]);
    }
    if (!mergesRead) for (const m of mergeReads) mergedAreas[m.sheet].push(...areasOf(m.areas));
    mergesRead = true;
  }
  const hidden = headRows ? names.map(() => []) : await hiddenRows(ctx, names, used);
  return names.map((name, i) => {
    const beyond: FarCell[] = [];
    const rows = withFarCellsAside(toRows(parts[i], values[i], formats[i]), beyond);
    const hiddenRowsRead = hiddenRowsBelow(hidden[i], rows.length);
    const sheet = {
      name,
      rows,
      merges: unique(mergedAreas[i]),
      ...(beyond.length ? { beyond } : {}),
      ...(hiddenRowsRead ? { hiddenRows: hiddenRowsRead } : {}),
    };
    return used[i].ws.visibility === "Visible" ? sheet : { ...sheet, hidden: true };
  });
}

/**
 * The rows each sheet hides within its used range (SheetData.hiddenRows): the used range's
 * rowHidden came with the sizes; where it is null (some rows hidden), one request a round asks
 * rowHidden of the partly hidden spans' parts (see shared/hidden-rows.ts). None hidden: no request.
 */
async function hiddenRows(
  ctx: XRequestContext,
  names: readonly string[],
  used: readonly { range: XRange }[],
): Promise<number[][]> {
  const hidden: number[][] = names.map(() => []);
  const spansOf = (sheet: number, spans: readonly RowSpan[], answers: readonly unknown[]) =>
    hiddenRowsRound(spans, answers, hidden[sheet]).map((span) => ({ sheet, span }));
  let pending = used.flatMap(({ range }, sheet) =>
    range.isNullObject
      ? []
      : spansOf(sheet, [{ r1: range.rowIndex, r2: range.rowIndex + range.rowCount - 1 }], [range.rowHidden]),
  );
  while (pending.length) {
    const asked = pending.map((p) => ({
      ...p,
      range: ctx.workbook.worksheets
        .getItem(names[p.sheet])
        .getRange(`${p.span.r1 + 1}:${p.span.r2 + 1}`)
        .load("rowHidden"),
    }));
    await ctx.sync();
    pending = asked.flatMap((a) => spansOf(a.sheet, [a.span], [a.range.rowHidden]));
  }
  return hidden;
}

/**
 * Each sheet's used range, narrowed where it is larger than DENSE_CELLS: halves (of its columns
 * while it reaches past READ_COLUMNS, else of its rows) are replaced by their own used ranges,
 * the empty ones dropped; one request a round for every sheet's halves. A sheet whose values lie
 * in too many parts, cannot be narrowed in NARROW_ROUNDS requests, or still spans more than
 * SHEET_CELLS, is too large to read: the error says which and what to do.
 */
async function narrowed(ctx: XRequestContext, names: readonly string[], boxes: CellRange[][]): Promise<CellRange[][]> {
  const done: CellRange[][] = names.map(() => []);
  let pending = boxes.flatMap((bs, sheet) => bs.map((box) => ({ sheet, box })));
  for (let round = 0; pending.length; round++) {
    const wide = pending.filter((p) => cellsIn(p.box) > DENSE_CELLS);
    for (const p of pending) if (cellsIn(p.box) <= DENSE_CELLS) done[p.sheet].push(p.box);
    for (const p of wide)
      if (round >= NARROW_ROUNDS || done[p.sheet].length + 2 * wide.length > NARROW_PARTS)
        throw new TextError(
          ref("read.used-range-too-large", { sheet: names[p.sheet], range: address(boxes[p.sheet][0]) }),
        );
    if (!wide.length) break;
    const loads = wide.flatMap((p) =>
      halves(p.box).map((half) => ({
        sheet: p.sheet,
        range: ctx.workbook.worksheets
          .getItem(names[p.sheet])
          .getRange(address(half))
          .getUsedRangeOrNullObject(true)
          .load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"),
      })),
    );
    await ctx.sync();
    pending = loads.filter((l) => !l.range.isNullObject).map((l) => ({ sheet: l.sheet, box: boxOf(l.range) }));
  }
  done.forEach((bs, sheet) => {
    if (bs.reduce((n, b) => n + cellsIn(b), 0) > SHEET_CELLS)
      throw new TextError(ref("read.used-range-too-large", { sheet: names[sheet], range: address(boxes[sheet][0]) }));
  });
  return done.map((bs) => bs.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1));
}

/** Queues the merged-area reads of every sheet's parts, in blocks of at most MERGE_CELLS cells. */
function queueMergeReads(
  ctx: XRequestContext,
  names: readonly string[],
  parts: readonly (readonly CellRange[])[],
): { sheet: number; areas: XRangeAreas }[] {
  return parts.flatMap((ps, sheet) => {
    const ws = ctx.workbook.worksheets.getItem(names[sheet]);
    return ps.flatMap((part) =>
      blocks(part, MERGE_CELLS).map((box) => ({
        sheet,
        areas: ws.getRange(address(box)).getMergedAreasOrNullObject().load("isNullObject,address"),
      })),
    );
  });
}

function boxOf(r: XRange): CellRange {
  return { r1: r.rowIndex, c1: r.columnIndex, r2: r.rowIndex + r.rowCount - 1, c2: r.columnIndex + r.columnCount - 1 };
}

const address = (b: CellRange) => rangeA1(b.r1, b.c1, b.r2, b.c2);

/** Row bands of the box with at most `limit` cells each (one row when a row alone is wider). */
function blocks(box: CellRange, limit: number): CellRange[] {
  const width = box.c2 - box.c1 + 1;
  const rows = Math.max(1, Math.floor(limit / width));
  const out: CellRange[] = [];
  for (let r = box.r1; r <= box.r2; r += rows) out.push({ ...box, r1: r, r2: Math.min(box.r2, r + rows - 1) });
  return out;
}

function pieceHalves(p: Piece): Piece[] {
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
    if (out.length && total + cellsIn(p.box) > limit) break;
    out.push(p);
    total += cellsIn(p.box);
  }
  return out;
}

/** A piece cut into halves until each has at most `limit` cells. */
function fit(p: Piece, limit: number): Piece[] {
  return cellsIn(p.box) <= limit ? [p] : pieceHalves(p).flatMap((h) => fit(h, limit));
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

/** The sheet's rows from its parts' values (what lies between parts is empty). */
function toRows(parts: readonly CellRange[], values: unknown[][][], formats: unknown[][][]): CellValue[][] {
  const rows: CellValue[][] = [];
  parts.forEach((box, i) => {
    values[i].forEach((row, r) => {
      const out = (rows[box.r1 + r] ??= []);
      for (let c = 0; c <= box.c2 - box.c1; c++)
        out[box.c1 + c] = fromHostValue(row[c] as HostScalar, formats[i][r][c] as string);
    });
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
