/** The engine: pure, synchronous, no host, UI or file library. */
export * from "./schema/types";
export { BUILTIN_ANNEXES, TALK_TYPES } from "./schema/annexes";
export { AnnexRegistry, builtinRegistry } from "./schema/registry";
export { checkSchema } from "./schema/validate-schema";
export * from "./sheet/types";
export { a1, columnLetter, columnIndex, rangeA1, parseA1, parseRangeA1, quoteSheet } from "./sheet/address";
export { parseDate, type DateResult, type ParsedDate, type DateFailure } from "./dates/parse-date";
export { serialToYmd, ymdToSerial, formatYmd } from "./dates/serial";
export { cleanText, labelKey, toHalfWidth } from "./text/normalize";
export { parseRoster, resolveUnit, type Roster, type ResolvedUnit } from "./roster/roster";
export { validate, readSheet, detectAnnex, type ValidateOptions, type SheetReading } from "./validate/validate";
export { SCAN_ROWS } from "./locate/locate";
export type { Issue, IssueCode, Severity, RawIssue } from "./validate/issue";
export { renderMessage, CATALOGS, type Locale } from "./i18n/messages";
export {
  merge,
  type MergeResult,
  type ReturnedWorkbook,
  type Rejected,
  type MergeOptions,
  type SheetReturn,
} from "./merge/merge";
export { summaryModel, OVERVIEW_SHEET, summarySheetName, UNKNOWN_UNIT } from "./merge/summary-model";
export { buildTemplates, sheetNameFor, LISTS_SHEET } from "./template/build-template";
export * from "./workbook/model";
