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
  /** ExcelApi 1.11. "Prompt" opens Save As for a workbook never saved. */
  save(saveBehavior?: "Save" | "Prompt"): void;
  /** ExcelApi 1.9: whether the workbook has been saved to a file. */
  readonly previouslySaved: boolean;
  load(propertyNames?: string | string[]): XWorkbook;
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
  /**
   * ExcelApi 1.2: true when all the range's rows are hidden, false when none is, null when some
   * are (typed boolean in @types/office-js, whose text says null for the mixed case).
   */
  readonly rowHidden: boolean | null;
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

export interface XDataValidation extends XLoadable<XDataValidation> {
  /** "None" when the cell has no validation (ExcelApi 1.8). */
  readonly type: string;
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
  /** A formula that must be true; the host uses "=TRUE" to let a cell carry a prompt and accept anything. */
  custom?: { formula: string };
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

/** Everything the host needs from the outside: Excel.run, the requirement-set check and the client check. */
export interface ExcelApi {
  run<T>(batch: (context: XRequestContext) => Promise<T>): Promise<T>;
  /** Whether the Excel host supports an ExcelApi requirement set ("1.13"). */
  isSetSupported(version: string): boolean;
  /**
   * Whether the client library the page loaded has a class member ("Worksheet", "notes"). The host
   * answers isSetSupported for itself: a current Excel running the office.js we serve (npm's
   * @microsoft/office-js, which Microsoft no longer updates) says yes to 1.18 while the script has
   * no NoteCollection.
   */
  clientHas(type: string, member: string): boolean;
}

/** The APIs newer than ExcelApi 1.9 the host uses: the requirement set and the member that must exist. */
export const FEATURES = {
  /** Workbook.previouslySaved (a never-saved workbook is saved with the Save As prompt). */
  saveState: { set: "1.9", type: "Workbook", member: "previouslySaved" },
  save: { set: "1.11", type: "Workbook", member: "save" },
  merges: { set: "1.13", type: "Range", member: "getMergedAreasOrNullObject" },
  notes: { set: "1.18", type: "Worksheet", member: "notes" },
} as const;

export type Feature = keyof typeof FEATURES;

/** A feature is used only when the host supports it and the loaded script has it. */
export function canUse(api: ExcelApi, feature: Feature): boolean {
  const f = FEATURES[feature];
  return api.isSetSupported(f.set) && api.clientHas(f.type, f.member);
}
