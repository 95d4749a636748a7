import type { Grid } from "../sheet/grid";

/** Rows a header cell may be merged down over below the header row. */
const MAX_HEADER_DEPTH = 3;

/**
 * The first row below a header: after its rows, and after any header cell merged down over the
 * rows below it (序号 over two rows where 谈话人 stands over 姓名 | 单位及职务). A header is a few rows
 * tall at most: a merge reaching further down is not a header cell.
 */
export function firstDataRow(grid: Grid, headerRow: number, headerRows: number): number {
  let first = headerRow + headerRows;
  for (const m of grid.sheet.merges)
    if (m.r1 <= headerRow && m.r2 >= first && m.r2 < first + MAX_HEADER_DEPTH) first = m.r2 + 1;
  return first;
}
