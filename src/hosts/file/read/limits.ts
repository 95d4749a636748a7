import { READ_COLUMNS } from "../../shared/far-cells";

/**
 * What one returned file may hold. A return is a form of a few dozen rows; these limits are far
 * above that and far below what would exhaust memory or time, and they are checked while reading,
 * before the data is unpacked or expanded. A file beyond them is rejected with the reason.
 */
export const LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Bytes of one part of a zip package once unpacked (a sheet's XML, the shared strings). */
  partBytes: 192 * 1024 * 1024,
  /** Bytes of all parts read from one package, unpacked. */
  packageBytes: 512 * 1024 * 1024,
  /** Rows of one sheet that hold something (a cell far down is allowed; that many filled rows are not). */
  rows: 200_000,
  /** Columns of one sheet that hold something (XFD is column 16,384; a form has a dozen). */
  columns: READ_COLUMNS,
  /**
   * Values beyond those columns kept aside and said (a stray entry typed far to the right, XFD5):
   * the rest of the sheet is read. More than this many, and the sheet is refused.
   */
  farCells: 100,
  /** Filled cells in one workbook. */
  cells: 4_000_000,
  /** Characters of one cell: what Excel and WPS hold (a CSV or .ods may carry more; they could not show it). */
  cellChars: 32_767,
  /** Rows or columns a repeat count of an .ods file may expand to (a sheet has at most 1,048,576 rows). */
  odsRepeat: 1_048_576,
} as const;

export type Limits = typeof LIMITS;

/** The rows and columns a sheet has (Excel 2007 and later, LibreOffice 7.4 and later, WPS): a cell past them is damage. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;
