import type { CellRange, DateCell } from "../sheet/types";

/**
 * A workbook described as data, for any host to render: the file host writes it as .xlsx, the
 * Excel and WPS hosts replay it through their object models. Styles are named; each host maps a
 * StyleSpec to its own formatting.
 */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  /** Background fill, RGB hex without #. */
  readonly fill?: string;
  readonly border?: boolean;
  readonly align?: "left" | "center";
  readonly wrap?: boolean;
  /** Number format; dates use "yyyy-mm-dd". */
  readonly numFmt?: string;
}

export const STYLES = {
  annexLabel: { bold: true, size: 12 },
  title: { bold: true, size: 16, align: "center" },
  label: { size: 11 },
  header: { bold: true, fill: "D9E1F2", border: true, align: "center", wrap: true },
  cell: { border: true, wrap: true },
  index: { border: true, align: "center" },
  date: { border: true, align: "center", numFmt: "yyyy-mm-dd" },
  note: { size: 10, wrap: true },
  errorCell: { border: true, wrap: true, fill: "FFC7CE" },
  errorDate: { border: true, align: "center", numFmt: "yyyy-mm-dd", fill: "FFC7CE" },
  warningCell: { border: true, wrap: true, fill: "FFEB9C" },
  sectionTitle: { bold: true, size: 12 },
} as const satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;

export type ModelValue = string | number | boolean | DateCell | null;

export interface ModelCell {
  readonly v: ModelValue;
  readonly s?: StyleName;
}

export type ValidationModel =
  | {
      readonly kind: "list";
      readonly range: CellRange;
      /** A workbook-level defined name that refers to the list's cells. */
      readonly listName: string;
      /** stop: only listed values; warning: another value is taken after a question (an open list). */
      readonly alert?: "stop" | "warning";
      readonly errorTitle: string;
      readonly error: string;
      readonly prompt?: string;
    }
  | {
      readonly kind: "date";
      readonly range: CellRange;
      /** Excel serials. */
      readonly min: number;
      readonly max: number;
      readonly alert: "stop" | "warning";
      readonly errorTitle: string;
      readonly error: string;
      readonly prompt?: string;
    };

export interface SheetModel {
  readonly name: string;
  readonly hidden?: boolean;
  readonly rows: readonly (readonly (ModelCell | null)[])[];
  readonly merges: readonly CellRange[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Row heights in points, by zero-based row. */
  readonly heights?: Readonly<Record<number, number>>;
  /** Rows frozen at the top. */
  readonly freezeRows?: number;
  /** Zero-based first and last row repeated on every printed page. */
  readonly printTitleRows?: readonly [number, number];
  readonly landscape?: boolean;
  readonly validations?: readonly ValidationModel[];
  readonly autoFilter?: CellRange;
  /** Marks the sheet as annex `annex` at template `version`; stored as a sheet-scoped hidden name. */
  readonly tag?: { readonly annex: string; readonly version: number };
  /** Charts drawn on the sheet from its own cells (files only: the add-ins write the cells). */
  readonly charts?: readonly ChartModel[];
  /**
   * Notes on cells (files only): written as the cell's input message, which Excel, WPS and
   * LibreOffice show when the cell is selected (at most 255 characters).
   */
  readonly notes?: readonly { readonly r: number; readonly c: number; readonly title: string; readonly text: string }[];
}

/** A clustered bar chart over cells of its sheet: one series per column, categories down a column. */
export interface ChartModel {
  readonly title: string;
  readonly categories: CellRange;
  readonly series: readonly { readonly name: string; readonly nameCell?: CellRange; readonly values: CellRange }[];
  /** Where it stands: top-left cell (zero-based) and its size in rows and columns. */
  readonly anchor: { readonly r: number; readonly c: number; readonly rows: number; readonly cols: number };
}

/**
 * A sheet as a file writer takes it: the same, except that rows may come from a generator (read
 * once, in order), so a summary of 150,000 rows is never held whole as cells. `rowCount` and
 * `colCount` then say the extent the rows will have.
 */
export interface StreamedSheetModel extends Omit<SheetModel, "rows"> {
  readonly rows: Iterable<readonly (ModelCell | null)[]>;
  readonly rowCount: number;
  readonly colCount: number;
}

/** A workbook for a file writer: its sheets held whole or streamed. */
export interface FileWorkbookModel {
  readonly sheets: readonly (SheetModel | StreamedSheetModel)[];
  readonly names: readonly NamedRange[];
}

export interface NamedRange {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  readonly names: readonly NamedRange[];
}

/** The hidden name that tags a sheet; its value reads "huibiao:<annex>@<version>". */
export const TAG_NAME = "HUIBIAO_ANNEX";

export function tagValue(tag: { annex: string; version: number }): string {
  return `huibiao:${tag.annex}@${tag.version}`;
}
