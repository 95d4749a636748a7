/**
 * The subset of Office.js (ExcelApi 1.9, newer parts behind isSetSupported) the Excel host uses.
 * The host is written against these interfaces, not the global `Excel` namespace, so that:
 * - the real API is checked against them at compile time (test/hosts/office-api-compat.ts assigns
 *   the @types/office-js classes to them), and
 * - the in-memory fake used by the tests implements exactly them: a fake whose names drift from
 *   what the host calls does not compile.
 */
export interface XLoadable<T> {
  load(propertyNames?: string | string[]): T;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<void>;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly names: XNamedItemCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };
  getSelectedRange(): XRange;
  /** ExcelApi 1.11. */
  save(saveBehavior?: "Save" | "Prompt"): void;
}

export interface XWorksheetCollection extends XLoadable<XWorksheetCollection> {
  readonly items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
  readonly onChanged: { add(handler: (e: XChangedEvent) => Promise<any>): unknown };
}

export interface XWorksheet extends XLoadable<XWorksheet> {
  readonly isNullObject: boolean;
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" | string;
  readonly names: XNamedItemCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: { orientation: string; paperSize: string; setPrintTitleRows(rows: string): void };
  readonly autoFilter: { apply(range: string): void };
  getRange(address?: string): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  activate(): void;
  delete(): void;
}

export interface XNamedItemCollection extends XLoadable<XNamedItemCollection> {
  readonly items: XNamedItem[];
  add(name: string, reference: string, comment?: string): XNamedItem;
  getItemOrNullObject(name: string): XNamedItem;
}

export interface XNamedItem extends XLoadable<XNamedItem> {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly formula: any;
  visible: boolean;
  delete(): void;
}

export interface XRange extends XLoadable<XRange> {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: any[][];
  numberFormat: any[][];
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  merge(across?: boolean): void;
  clear(applyTo?: "All" | "Formats" | "Contents" | string): void;
  select(): void;
  /** The used part of this range (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XRangeAreas;
}

export interface XRangeAreas extends XLoadable<XRangeAreas> {
  readonly isNullObject: boolean;
  readonly address: string;
}

export interface XRangeFormat {
  columnWidth: number;
  rowHeight: number;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  readonly font: { bold: boolean; size: number; color: string; name: string };
  readonly fill: XRangeFill;
  readonly borders: {
    getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): {
      style: string;
      color: string;
    };
  };
}

export interface XRangeFill extends XLoadable<XRangeFill> {
  color: string;
  /** ExcelApi 1.9: "None" when the cell has no fill. */
  readonly pattern: string;
  clear(): void;
}

export interface XDataValidation {
  rule: XDataValidationRule;
  errorAlert: {
    message: string;
    showAlert: boolean;
    style: "Stop" | "Warning" | "Information" | string;
    title: string;
  };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XDataValidationRule {
  /** The host writes a formula string; Office.js also allows a Range here. */
  list?: { inCellDropDown: boolean; source: string | object };
  /** ISO dates from the host; Office.js also allows Date and Range. */
  date?: { formula1: string | object; formula2?: string | object; operator: string };
}

/** ExcelApi 1.18 notes (a plain note per cell; unlike threaded comments they notify nobody). */
export interface XNoteHost {
  readonly notes: {
    add(cellAddress: string, content: any): XNote;
    getItemOrNullObject(key: string): XNote;
  };
}

export interface XNote extends XLoadable<XNote> {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
}

export interface XChangedEvent {
  readonly address: string;
  readonly worksheetId: string;
  readonly source: "Local" | "Remote" | string;
  /** ExcelApi 1.14: "ThisLocalAddin" for changes this add-in made. */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown" | string;
}

/** Everything the host needs from the outside: Excel.run and the requirement-set check. */
export interface ExcelApi {
  run<T>(batch: (context: XRequestContext) => Promise<T>): Promise<T>;
  isSetSupported(version: string): boolean;
}
