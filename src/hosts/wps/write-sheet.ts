import { absoluteRows, columnLetter, rangeA1 } from "../../core/sheet/address";
import type { CellRange } from "../../core/sheet/types";
import { STYLES, type SheetModel, type StyleSpec } from "../../core/workbook/model";
import { asText, toHostValue, type HostScalar } from "../shared/cell-values";
import { bareDates, numberLikeText, styleBlocks } from "../shared/style-blocks";
import { XL, bgr, type EtApplication, type EtRange, type EtWorksheet } from "./api";

const addr = (r: CellRange) => rangeA1(r.r1, r.c1, r.r2, r.c2);

/** Writes a sheet model through the ET object model: values in one call, then layout. */
export function writeSheet(app: EtApplication, ws: EtWorksheet, sheet: SheetModel): void {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  // Before the values: 13800000000 or 001 typed as text must stay text.
  for (const block of styleBlocks(numberLikeText(sheet))) ws.Range(addr(block.range)).NumberFormat = "@";
  if (sheet.rows.length) {
    const matrix: HostScalar[][] = sheet.rows.map((row) =>
      Array.from({ length: width }, (_, c) => asText(toHostValue(row[c]))),
    );
    ws.Range("A1").Resize(sheet.rows.length, width).Value2 = matrix;
  }
  for (const block of styleBlocks(sheet.rows)) applyStyle(ws.Range(addr(block.range)), STYLES[block.style]);
  for (const block of styleBlocks(bareDates(sheet))) ws.Range(addr(block.range)).NumberFormat = "yyyy-mm-dd";
  for (const m of sheet.merges) ws.Range(addr(m)).Merge(false);
  sheet.widths.forEach((w, c) => (ws.Range(`${columnLetter(c)}:${columnLetter(c)}`).ColumnWidth = w));
  for (const [r, h] of Object.entries(sheet.heights ?? {})) ws.Range(`${Number(r) + 1}:${Number(r) + 1}`).RowHeight = h;
  for (const v of sheet.validations ?? []) {
    const dv = ws.Range(addr(v.range)).Validation;
    dv.Delete();
    if (v.kind === "list") {
      dv.Add(XL.validateList, v.alert === "warning" ? XL.alertWarning : XL.alertStop, XL.between, `=${v.listName}`);
      dv.InCellDropdown = true;
    } else {
      dv.Add(
        XL.validateDate,
        v.alert === "warning" ? XL.alertWarning : XL.alertStop,
        XL.between,
        String(v.min),
        String(v.max),
      );
    }
    dv.IgnoreBlank = true;
    dv.ShowError = true;
    dv.ErrorTitle = v.errorTitle;
    dv.ErrorMessage = v.error;
    if (v.prompt) {
      dv.ShowInput = true;
      dv.InputTitle = v.errorTitle;
      dv.InputMessage = v.prompt;
    }
  }
  if (sheet.printTitleRows) ws.PageSetup.PrintTitleRows = absoluteRows(...sheet.printTitleRows);
  if (sheet.landscape) ws.PageSetup.Orientation = XL.landscape;
  if (sheet.printTitleRows || sheet.landscape) ws.PageSetup.PaperSize = XL.paperA4;
  if (sheet.autoFilter) ws.Range(addr(sheet.autoFilter)).AutoFilter();
  if (sheet.freezeRows) {
    // Freeze panes belong to the window: the sheet must be the active one.
    ws.Activate();
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.SplitColumn = 0;
    win.SplitRow = sheet.freezeRows;
    win.FreezePanes = true;
  }
  if (sheet.hidden) ws.Visible = XL.sheetHidden;
}

function applyStyle(range: EtRange, spec: StyleSpec): void {
  if (spec.bold) range.Font.Bold = true;
  if (spec.size) range.Font.Size = spec.size;
  if (spec.color) range.Font.Color = bgr(spec.color);
  if (spec.fill) range.Interior.Color = bgr(spec.fill);
  if (spec.align) range.HorizontalAlignment = spec.align === "center" ? XL.center : XL.left;
  if (spec.wrap) range.WrapText = true;
  range.VerticalAlignment = XL.center;
  if (spec.numFmt) range.NumberFormat = spec.numFmt;
  if (spec.border) range.Borders.LineStyle = XL.continuous;
}
