/**
 * The subset of the WPS 表格 (ET) object model the WPS host uses: synchronous and VBA-like.
 * Typings of the whole model are in `et-jsapi-declare` (devDependency); the host is written against
 * this subset so the in-memory fake used in tests implements exactly it.
 */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  readonly ApiEvent: EtApiEvent;
  ScreenUpdating: boolean;
  readonly Workbooks: {
    readonly Count: number;
    Item(Index: string | number): EtWorkbook;
    Open(Filename: string): EtWorkbook;
  };
  /** MsoFileDialogType 3 = msoFileDialogFilePicker. */
  FileDialog(fileDialogType: number): EtFileDialog;
  /** COUNTA: how many cells of a range are not empty (read-sheet.ts narrows a huge used range with it). */
  readonly WorksheetFunction: { CountA(Arg1: EtRange): number };
}

export interface EtApiEvent {
  AddApiEventListener(EventName: string, callback: (...args: any[]) => void): void;
  /** Removes every callback this page registered for the event. */
  RemoveApiEventListener(EventName: string, callback?: (...args: any[]) => void): void;
  /** Set inside a query event (WorkbookBeforeSave…) to cancel it; it stays set until code sets it back. */
  Cancel: boolean;
}

export interface EtFileDialog {
  AllowMultiSelect: boolean;
  Title: string;
  /** -1 when the user chose, 0 when cancelled. */
  Show(): number;
  readonly SelectedItems: { readonly Count: number; Item(index: number): string };
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly FullName: string;
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  /** The sheet the user is on (null when a chart sheet or nothing is active). */
  readonly ActiveSheet: EtWorksheet | null;
  /** True when nothing changed since the last save (false after a save was cancelled). */
  Saved: boolean;
  Save(): void;
  Close(SaveChanges?: boolean): void;
}

export interface EtSheets {
  readonly Count: number;
  /** A worksheet for one index or name (the typings also allow a Sheets for an array of them). */
  Item(index: number | string): EtWorksheet | object;
  Add(Before?: EtWorksheet | null, After?: EtWorksheet | null): EtWorksheet;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number | string): EtName;
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}

export interface EtName {
  readonly Name: string;
  readonly RefersTo: string | boolean;
  Visible: boolean;
  Delete(): void;
}

export interface EtWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden (XlSheetVisibility). */
  Visible: number;
  readonly Names: EtNames;
  readonly UsedRange: EtRange;
  readonly PageSetup: { PrintTitleRows: string; Orientation: number; PaperSize: number };
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtRange {
  Value2: any;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /**
   * Of whole rows (Range("5:10")): true when all are hidden, false when none is, null when some
   * are (Excel's VBA Range.Hidden, a Variant; ET's typings: any).
   */
  readonly Hidden: boolean | null;
  /** "$A$1:$B$2" by default. */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Resize(RowSize?: number, ColumnSize?: number): EtRange;
  Merge(Across?: boolean): void;
  /** true, false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  /** null when the cells of the range differ. */
  NumberFormat: string | null;
  readonly Interior: { Color: number; Pattern: number };
  readonly Font: { Bold: boolean; Size: number; Color: number };
  HorizontalAlignment: number | boolean;
  VerticalAlignment: number | boolean;
  WrapText: boolean;
  readonly Borders: { LineStyle: number | boolean };
  ColumnWidth: number;
  RowHeight: number;
  readonly Validation: EtValidation;
  readonly Comment: { Text(): string; Delete(): void } | null;
  AddComment(Text: string): unknown;
  Select(): void;
  Clear(): void;
  ClearContents(): void;
  AutoFilter(): void;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  InCellDropdown: boolean;
  IgnoreBlank: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  InputTitle: string;
  InputMessage: string;
  ShowError: boolean;
  ShowInput: boolean;
}

/** VBA constants the host uses. */
export const XL = {
  validateList: 3,
  validateDate: 4,
  alertStop: 1,
  alertWarning: 2,
  between: 1,
  center: -4108,
  left: -4131,
  continuous: 1,
  none: -4142,
  solid: 1,
  landscape: 2,
  paperA4: 9,
  sheetVisible: -1,
  sheetHidden: 0,
  filePicker: 3,
} as const;

/** RGB hex ("FFC7CE") to the BGR number VBA colours use, and back. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function hexOf(color: number): string {
  const rgb = ((color & 0xff) << 16) | (color & 0xff00) | ((color >> 16) & 0xff);
  return rgb.toString(16).toUpperCase().padStart(6, "0");
}

/** The jsaddon side of WPS's Application: task panes and the add-in's shared storage. */
export interface WpsAddonRoot {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  Width: number;
  Navigate(url: string): void;
}
