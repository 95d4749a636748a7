/// <reference types="et-jsapi-declare" />
/**
 * Compile-time check (tsc runs in `npm test`): the WPS typings (et-jsapi-declare, a devDependency)
 * satisfy the ET subset the WPS host is written against, and the ET fake implements that subset:
 * host, fake and WPS cannot drift apart.
 */
import type {
  EtApplication,
  EtName,
  EtNames,
  EtRange,
  EtSheets,
  EtValidation,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
  WpsAddonRoot,
} from "../../src/hosts/wps/api";

type Satisfies<T extends U, U> = T;

export type EtSatisfiesSubset = [
  Satisfies<Et.Workbook, EtWorkbook>,
  Satisfies<Et.Sheets, EtSheets>,
  Satisfies<Et.Worksheet, EtWorksheet>,
  Satisfies<Et.Range, EtRange>,
  Satisfies<Et.Validation, EtValidation>,
  Satisfies<Et.Names, EtNames>,
  Satisfies<Et.Name, EtName>,
  Satisfies<Et.Window, EtWindow>,
  Satisfies<WPSMergedRoot, EtApplication & WpsAddonRoot>,
];
