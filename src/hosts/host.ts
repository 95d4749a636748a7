import { text } from "../core/i18n/text";
import type { CellRange, SheetData } from "../core/sheet/types";
import type { Severity } from "../core/validate/issue";
import type { WorkbookModel } from "../core/workbook/model";

/**
 * The one interface to a spreadsheet program. Implemented by `excel/` (Office.js), `wps/` (WPS ET
 * object model) and `file/` (a workbook held in memory and saved as .xlsx). Every method is async
 * because Office.js is; the WPS host also offers synchronous twins for its before-save event.
 */
export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  /** The Huibiao tag (annex id and template version), when the sheet carries one. */
  readonly tag: { readonly annex: string; readonly version: number } | null;
}

/**
 * Marks shown on one sheet at most, errors first: each is a cell's fill and note (in Excel on the
 * web, requests; in WPS, calls), and every mark's former look is kept on record to restore it. A
 * slip pasted into 10,000 rows would hold the workbook for minutes; the pane lists every issue and
 * says when a sheet shows only the first ones.
 */
export const MAX_MARKS_PER_SHEET = 1000;

/** One issue shown in the sheet: a fill over the cell and a note that says what is wrong. */
export interface IssueMark {
  readonly cell: string;
  /** Only what needs attention is marked in the sheet; information (severity "info") is not. */
  readonly severity: MarkSeverity;
  readonly message: string;
}

export type HostKind = "excel" | "wps" | "file";

export interface InsertResult {
  /** The names the sheets got (a taken name gets a suffix: 附件2 大谈话 (2)). */
  readonly sheets: readonly string[];
}

export interface SpreadsheetHost {
  readonly kind: HostKind;
  /** The workbook's sheets in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Adds the model's sheets to the workbook with their formatting, validation lists, freeze panes,
   * print setup, names and tags. A sheet with `replace` semantics (summary sheets) overwrites a
   * sheet of the same name; otherwise names are made unique. Hidden helper sheets (lists) are
   * reused when already present.
   */
  insertSheets(model: WorkbookModel, options?: InsertOptions): Promise<InsertResult>;
  /**
   * Values (dates as DateCell) and merged areas of the used range; with `headRows`, of the first
   * rows only (enough to tell which annex a sheet holds without reading a large data sheet whole).
   */
  readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetData[]>;
  /**
   * Replaces the marks Huibiao shows on each sheet named (an empty list clears that sheet), all
   * sheets in one operation; touches nothing it did not add.
   */
  showIssues(bySheet: ReadonlyMap<string, readonly IssueMark[]>): Promise<void>;
  /** Removes every mark Huibiao added (on one sheet, or all); user formatting and notes stay. */
  clearIssues(sheet?: string): Promise<void>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Settings kept in the workbook itself (the roster), visible to Excel and WPS alike. */
  loadSetting(key: SettingKey): Promise<string | null>;
  /** Several settings in one operation (in Excel, one Excel.run): the keys that are set. */
  loadSettings(keys: readonly SettingKey[]): Promise<SettingValues>;
  /** Saves several settings in one operation (in Excel, one Excel.run); keys not given are kept. */
  saveSettings(values: SettingValues): Promise<void>;
  /** Saves the workbook: "unsupported" where the host cannot (the user saves by hand), "cancelled" when the save was stopped. */
  save?(): Promise<SaveResult>;
  /** Reports edits (sheet name and range) as they happen; resolves to a function that stops it. */
  watchChanges?(listener: ChangeListener): Promise<() => void>;
}

export type SaveResult = "saved" | "cancelled" | "unsupported";

export type ChangeListener = (sheet: string, range: CellRange) => void;

export interface InsertOptions {
  /** Overwrite sheets of the same name (the summary) instead of adding "(2)". */
  readonly replace?: boolean;
  /** Sheet to activate afterwards. */
  readonly activate?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadOptions {
  readonly headRows?: number;
}

export type SettingKey = "roster" | "request";

export type SettingValues = Readonly<Partial<Record<SettingKey, string>>>;

/** Hidden sheet that holds settings (key in A, value in B, long values split over C, D…). */
export const SETTINGS_SHEET = "_huibiao";
/** Prefix of every note Huibiao adds, so clearing removes exactly those. */
export const NOTE_PREFIX = text("zh-CN", "host.note-prefix");
export type MarkSeverity = Exclude<Severity, "info">;
export const MARK_FILL: Record<MarkSeverity, string> = { error: "FFC7CE", warning: "FFEB9C" };

/** Gives the names `wanted` would get in a workbook that already has `taken`. */
export function uniqueNames(wanted: readonly string[], taken: readonly string[], replace = false): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return wanted.map((name) => {
    if (replace || !used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
    let i = 2;
    const base = name.slice(0, 26);
    while (used.has(`${base} (${i})`.toLowerCase())) i++;
    const unique = `${base} (${i})`;
    used.add(unique.toLowerCase());
    return unique;
  });
}

/** Cells longer than this are split across columns when stored (Excel's cell limit is 32,767). */
export const SETTING_CHUNK = 30000;

export function splitSetting(value: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += SETTING_CHUNK) parts.push(value.slice(i, i + SETTING_CHUNK));
  return parts.length ? parts : [""];
}
