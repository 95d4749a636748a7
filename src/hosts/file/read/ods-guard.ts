import { LIMITS, SHEET_COLUMNS, SHEET_ROWS } from "./limits";
import { attr } from "./xml-text";
import { XlsxProblem } from "./xlsx";

/**
 * Checks an OpenDocument spreadsheet's content (content.xml, or a flat .fods) before it is
 * expanded: rows and cells carry repeat counts (`table:number-rows-repeated`,
 * `table:number-columns-repeated`, OpenDocument 1.3 §9.1.3 and §9.1.4), and a count of
 * 2,147,483,647 in a 10 KB file would otherwise be expanded cell by cell. LibreOffice writes
 * large counts only for empty trailing rows and columns, up to the sheet's size; those pass.
 * Throws an XlsxProblem (the same kinds as for .xlsx) when the content is beyond the limits.
 */
export function checkOdsRepeats(xml: string): void {
  let sheet = "";
  let rows = 0;
  let filledRows = 0;
  let cells = 0;
  let far = 0;
  let rowRepeat = 1;
  let column = 0;
  let rowFilled = false;
  const endRow = () => {
    if (rowFilled) {
      filledRows += rowRepeat;
      if (filledRows > LIMITS.rows) throw new XlsxProblem("too-many-rows", sheet, filledRows);
    }
    rowFilled = false;
  };
  for (let i = xml.indexOf("<table:"); i >= 0; i = xml.indexOf("<table:", i + 7)) {
    const gt = xml.indexOf(">", i);
    if (gt < 0) break;
    const tag = xml.slice(i, gt + 1);
    const name = /^<table:([\w-]+)/.exec(tag)?.[1] ?? "";
    if (name === "table") {
      endRow();
      sheet = attr(tag, "table:name") ?? "";
      far = 0;
      rows = 0;
      filledRows = 0;
    } else if (name === "table-row") {
      endRow();
      rowRepeat = repeat(tag, "table:number-rows-repeated");
      rows += rowRepeat;
      if (rows > SHEET_ROWS) throw new XlsxProblem("damaged", sheet, rows);
      column = 0;
      rowFilled = false;
    } else if (name === "table-cell" || name === "covered-table-cell") {
      const span = repeat(tag, "table:number-columns-repeated");
      column += span;
      if (column > SHEET_COLUMNS) throw new XlsxProblem("damaged", sheet, column);
      const selfClosing = tag.charCodeAt(tag.length - 2) === 47;
      const filled = attr(tag, "office:value-type") !== null || (!selfClosing && hasText(xml, gt));
      if (filled) {
        // A few values far to the right are read aside (SheetData.beyond); more are refused.
        if (column > LIMITS.columns && (far += span * rowRepeat) > LIMITS.farCells)
          throw new XlsxProblem("too-many-columns", sheet, column);
        rowFilled = true;
        cells += span * rowRepeat;
        if (cells > LIMITS.cells) throw new XlsxProblem("too-many-cells", sheet, cells);
      }
    }
  }
  endRow();
}

function repeat(tag: string, name: string): number {
  const v = attr(tag, name);
  if (v === null) return 1;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Whether the cell whose opening tag ends at `gt` holds a paragraph with text before it closes. */
function hasText(xml: string, gt: number): boolean {
  const close = xml.indexOf("</table:", gt);
  const p = xml.indexOf("<text:", gt);
  return p >= 0 && (close < 0 || p < close);
}
