/** The file host: real workbook files, for the CLI and the standalone page. */
export { readWorkbook, ReadError, WORKBOOK_EXTENSIONS, type ReadWorkbook } from "./read-workbook";
export { writeXlsx } from "./xlsx/write-xlsx";
export { writeSheetsAs, type PlainFormat } from "./write-sheets";
export { decodeText, parseCsv } from "./csv";
