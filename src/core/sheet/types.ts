/**
 * A sheet as the core sees it: plain values read by a host. Hosts mark cells formatted as dates
 * with DateCell so the core can tell a date serial from a plain number without knowing formats.
 */
export interface DateCell {
  readonly kind: "date";
  /** Excel serial number (1900 date system). */
  readonly serial: number;
  /**
   * "month" when the cell's format shows a year and a month but no day (yyyy"年"m"月"): what Excel
   * and WPS make of 「2023年1月」 typed into a cell, a date on the 1st that nobody wrote. Absent for
   * every other date.
   */
  readonly precision?: "month";
}

export type CellValue = string | number | boolean | DateCell | null;

export interface CellRange {
  /** Zero-based, inclusive. */
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export interface SheetData {
  readonly name: string;
  /** rows[r][c], zero-based; rows may be ragged or shorter than the sheet. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly CellRange[];
  /** The Huibiao tag the sheet carries (a hidden sheet-scoped name), when a file host read one. */
  readonly tag?: SheetTag;
  /** True when the workbook hides the sheet (hidden or very hidden), as far as the reader can tell. */
  readonly hidden?: boolean;
  /**
   * Rows the workbook hides (hidden, filtered out or folded in an outline), zero-based and in
   * order, where the reader can tell (.xlsx, .xls, .ods): their values are in `rows` like any
   * other's, and merged, but nobody who opens the file sees them. Only rows within `rows` are listed.
   */
  readonly hiddenRows?: readonly number[];
  /**
   * Cells holding a formula saved without its result (a file written by a program and never
   * opened in a spreadsheet): their value is null, though Excel would show one. Only a reader of
   * the file's XML can tell; spreadsheet programs calculate, and SheetJS drops such cells.
   */
  readonly uncalculated?: readonly FormulaCell[];
  /**
   * Values a file reader found beyond its column limit (a stray entry typed far to the right, in
   * XFD5): not in `rows`, and said when the file is merged, so that nothing is left out unsaid.
   */
  readonly beyond?: readonly FarCell[];
  /**
   * Pictures placed on the sheet (screenshots, photos), where the reader can tell (.xlsx): a form
   * sent as a picture of itself holds nothing to read, and is said to be one.
   */
  readonly pictures?: number;
  /** A sheet read from a Word document's table, with the paragraphs around it: where the table is. */
  readonly word?: WordTable;
}

/** The table a sheet was read from, in a Word document: cells are told to people by its rows and columns. */
export interface WordTable {
  /** The table's place among the document's tables (1-based). */
  readonly table: number;
  /** The sheet row its first row is. */
  readonly start: number;
  /** How many rows it has. */
  readonly rows: number;
}

/** A value far to the right of the sheet's rows (see SheetData.beyond). */
export interface FarCell {
  readonly r: number;
  readonly c: number;
  readonly value: CellValue;
}

/** A formula cell without a saved result: where, and the formula ("" when shared from another cell). */
export interface FormulaCell {
  readonly r: number;
  readonly c: number;
  readonly formula: string;
}

/** What a sheet written by Huibiao says it is: an annex template (its id) or a summary, and the format version. */
export interface SheetTag {
  readonly annex: string;
  readonly version: number;
}

export function isDateCell(v: CellValue | undefined): v is DateCell {
  return typeof v === "object" && v !== null && v.kind === "date";
}
