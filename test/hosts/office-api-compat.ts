/// <reference types="office-js" />
/**
 * Compile-time check (tsc runs in `npm test`): the real Office.js classes satisfy the API subset
 * the Excel host is written against, so the host calls only members Office.js has, with the same
 * shapes. The fake implements the same interfaces; together they cannot drift apart.
 */
import type {
  XRequestContext,
  XWorkbook,
  XWorksheet,
  XRange,
  XNamedItemCollection,
  XRangeFill,
  XRangeAreas,
  XDataValidation,
  XNote,
  XWorksheetCollection,
} from "../../src/hosts/excel/api";

type Satisfies<T extends U, U> = T;

export type OfficeSatisfiesSubset = [
  Satisfies<Excel.RequestContext, XRequestContext>,
  Satisfies<Excel.Workbook, XWorkbook>,
  Satisfies<Excel.WorksheetCollection, XWorksheetCollection>,
  Satisfies<Excel.Worksheet, XWorksheet>,
  Satisfies<Excel.Range, XRange>,
  Satisfies<Excel.RangeFill, XRangeFill>,
  Satisfies<Excel.RangeAreas, XRangeAreas>,
  Satisfies<Excel.DataValidation, XDataValidation>,
  Satisfies<Excel.NamedItemCollection, XNamedItemCollection>,
  Satisfies<Excel.Note, XNote>,
];
