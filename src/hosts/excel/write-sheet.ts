import { formatYmd, serialToYmd } from "../../core/dates/serial";
import { absoluteRange, absoluteRows, columnLetter, rangeA1 } from "../../core/sheet/address";
import type { CellRange } from "../../core/sheet/types";
import {
  STYLES,
  TAG_NAME,
  tagValue,
  type NamedRange,
  type SheetModel,
  type StyleSpec,
} from "../../core/workbook/model";
import { asText, toHostValue, type HostScalar } from "../shared/cell-values";
import { bareDates, numberLikeText, styleBlocks } from "../shared/style-blocks";
import type { XNamedItemCollection, XRange, XWorksheet } from "./api";

const addr = (r: CellRange) => rangeA1(r.r1, r.c1, r.r2, r.c2);
/** Column width in points for a width in characters: Excel's default column, 8.43 characters, is 48 points (64 px). */
export const POINTS_PER_CHAR = 5.75;

/** Queues a sheet's layout: formats, merges, widths, validations, freeze, print setup, tag. No sync. */
export function queueLayout(ws: XWorksheet, sheet: SheetModel): void {
  for (const block of styleBlocks(sheet.rows))
    applyStyle(ws.getRange(addr(block.range)), STYLES[block.style], block.range);
  for (const block of styleBlocks(bareDates(sheet)))
    ws.getRange(addr(block.range)).numberFormat = fill(block.range, "yyyy-mm-dd");
  // Before the values arrive: 13800000000 or 001 typed as text must stay text.
  for (const block of styleBlocks(numberLikeText(sheet)))
    ws.getRange(addr(block.range)).numberFormat = fill(block.range, "@");
  for (const m of sheet.merges) ws.getRange(addr(m)).merge(false);
  sheet.widths.forEach(
    (w, c) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = w * POINTS_PER_CHAR),
  );
  for (const [r, h] of Object.entries(sheet.heights ?? {}))
    ws.getRange(`${Number(r) + 1}:${Number(r) + 1}`).format.rowHeight = h;
  for (const v of sheet.validations ?? []) {
    const dv = ws.getRange(addr(v.range)).dataValidation;
    dv.clear();
    if (v.kind === "list") dv.rule = { list: { inCellDropDown: true, source: `=${v.listName}` } };
    else dv.rule = { date: { formula1: isoDate(v.min), formula2: isoDate(v.max), operator: "Between" } };
    dv.ignoreBlanks = true;
    dv.errorAlert = {
      showAlert: true,
      style: v.alert === "warning" ? "Warning" : "Stop",
      title: v.errorTitle,
      message: v.error,
    };
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.errorTitle, message: v.prompt };
  }
  if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.printTitleRows) ws.pageLayout.setPrintTitleRows(absoluteRows(...sheet.printTitleRows));
  if (sheet.landscape) ws.pageLayout.orientation = "Landscape";
  if (sheet.printTitleRows || sheet.landscape) ws.pageLayout.paperSize = "A4";
  if (sheet.autoFilter) ws.autoFilter.apply(addr(sheet.autoFilter));
  if (sheet.tag) ws.names.add(TAG_NAME, `="${tagValue(sheet.tag)}"`).visible = false;
  if (sheet.hidden) ws.visibility = "Hidden";
}

/** Queues the values of rows [start, end) of a sheet. */
export function queueValues(ws: XWorksheet, sheet: SheetModel, start: number, end: number): void {
  const width = Math.max(1, ...sheet.rows.slice(start, end).map((r) => r.length));
  const matrix: HostScalar[][] = [];
  for (let r = start; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    const out: HostScalar[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = asText(toHostValue(row[c]));
    matrix.push(out);
  }
  if (matrix.length) ws.getRange(rangeA1(start, 0, end - 1, width - 1)).values = matrix;
}

/** Queues workbook-level names (lists for dropdowns), replacing any of the same name. */
export function queueNames(
  names: XNamedItemCollection,
  existing: ReadonlySet<string>,
  model: readonly NamedRange[],
  rename: ReadonlyMap<string, string>,
): void {
  for (const n of model) {
    if (existing.has(n.name.toLowerCase())) names.getItemOrNullObject(n.name).delete();
    const sheet = rename.get(n.sheet) ?? n.sheet;
    const r = n.range;
    names.add(n.name, `=${absoluteRange(sheet, r)}`);
  }
}

function applyStyle(range: XRange, spec: StyleSpec, r: CellRange): void {
  const f = range.format;
  if (spec.bold) f.font.bold = true;
  if (spec.size) f.font.size = spec.size;
  if (spec.color) f.font.color = `#${spec.color}`;
  if (spec.fill) f.fill.color = `#${spec.fill}`;
  if (spec.align) f.horizontalAlignment = spec.align === "center" ? "Center" : "Left";
  if (spec.wrap) f.wrapText = true;
  f.verticalAlignment = "Center";
  if (spec.numFmt) range.numberFormat = fill(r, spec.numFmt);
  if (spec.border)
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      if (edge === "InsideVertical" && r.c1 === r.c2) continue;
      if (edge === "InsideHorizontal" && r.r1 === r.r2) continue;
      f.borders.getItem(edge).style = "Continuous";
    }
}

function fill(r: CellRange, v: string): string[][] {
  return Array.from({ length: r.r2 - r.r1 + 1 }, () => new Array<string>(r.c2 - r.c1 + 1).fill(v));
}

function isoDate(serial: number): string {
  return formatYmd(serialToYmd(serial));
}
