import type { CellValue, FarCell } from "../../core/sheet/types";

/**
 * Columns every host reads into a sheet's rows (XFD is column 16,384; a form has a dozen). A value
 * beyond them is a stray entry typed far to the right (XFD5): it is set aside in SheetData.beyond,
 * where the core says it, rather than stretching every row it is on to 16,384 cells.
 */
export const READ_COLUMNS = 1_024;

/**
 * Rows of values, holes filled with null; values in columns from READ_COLUMNS on moved to `beyond`
 * (and the rows they alone made, at the foot, dropped, as the file reader never makes them).
 */
export function withFarCellsAside(rows: CellValue[][], beyond: FarCell[]): CellValue[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      rows[r] = [];
      continue;
    }
    if (row.length > READ_COLUMNS) {
      for (let c = READ_COLUMNS; c < row.length; c++) {
        const v = row[c];
        if (v !== null && v !== undefined) beyond.push({ r, c, value: v });
      }
      // What is left ends at the last value before them (the rest of a used range's width is empty).
      let end = READ_COLUMNS;
      while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
      row.length = end;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  if (beyond.length) while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
