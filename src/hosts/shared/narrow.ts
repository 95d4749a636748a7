import type { CellRange } from "../../core/sheet/types";
import { READ_COLUMNS } from "./far-cells";

/**
 * Narrowing a used range before it is read (the Excel and WPS hosts): a used range of more cells
 * than DENSE_CELLS is cut in halves, and the halves without values dropped (Excel: their own used
 * ranges; WPS: COUNTA), until every part is at most DENSE_CELLS. A stray entry typed at XFD1048576
 * beside a form of 30 rows makes the used range 17 billion cells; narrowed, the form and the entry
 * are read. A form of 20,000 rows × 9 columns (180,000 cells) is read as it is.
 */
export const DENSE_CELLS = 200_000;
/** Parts a sheet's values may lie in once narrowed: more, and the sheet is too scattered to read. */
export const NARROW_PARTS = 256;
/** Cells of one sheet read at most, once narrowed (the file reader's limit of filled cells). */
export const SHEET_CELLS = 4_000_000;

export const cellsIn = (b: CellRange) => (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);

export function rowHalves(b: CellRange): [CellRange, CellRange] {
  const mid = (b.r1 + b.r2) >> 1;
  return [
    { ...b, r2: mid },
    { ...b, r1: mid + 1 },
  ];
}

export function columnHalves(b: CellRange): [CellRange, CellRange] {
  const mid = (b.c1 + b.c2) >> 1;
  return [
    { ...b, c2: mid },
    { ...b, c1: mid + 1 },
  ];
}

/** A box in two: its columns while it reaches past the columns read into rows (or is one row), else its rows. */
export function halves(b: CellRange): [CellRange, CellRange] {
  return (b.c2 >= READ_COLUMNS && b.c2 > b.c1) || b.r2 === b.r1 ? columnHalves(b) : rowHalves(b);
}
