/**
 * The state behind the Office.js fake: a workbook as Excel keeps it. Proxies (proxies.ts) queue
 * operations against it and only `context.sync()` applies them, as in Office.js.
 */
import type { CellRange } from "../../../src/core/sheet/types";
import type { XDataValidationRule } from "../../../src/hosts/excel/api";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface FakeCell {
  value?: string | number | boolean;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  size?: number;
  color?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
}

export interface FakeValidation {
  range: CellRange;
  rule: XDataValidationRule;
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
  prompt?: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks?: boolean;
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
}

let nextId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextId++).padStart(12, "0")}}`;
  visibility = "Visible";
  readonly cells = new Map<string, FakeCell>();
  readonly merges: CellRange[] = [];
  readonly validations: FakeValidation[] = [];
  readonly names = new Map<string, FakeName>();
  readonly notes = new Map<string, string>();
  readonly borders: { range: CellRange; edge: string; style: string }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freezeRows = 0;
  printTitleRows: string | null = null;
  orientation = "Portrait";
  paperSize = "Letter";
  autoFilter: CellRange | null = null;

  constructor(public name: string) {}

  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /** The bounding box of cells with a value (valuesOnly) or with anything, within `within`. */
  used(valuesOnly: boolean, within?: CellRange): CellRange | null {
    let box: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly ? cell.value === undefined || cell.value === "" : Object.keys(cell).length === 0) continue;
      const [r, c] = key.split(",").map(Number);
      if (within && (r < within.r1 || r > within.r2 || c < within.c1 || c > within.c2)) continue;
      box = box
        ? { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return box;
  }

  /**
   * The cells of a range, created where missing; for huge ranges (whole columns, whole sheet) only
   * the cells that exist, so they cost what they hold.
   */
  *cellsIn(range: CellRange): Generator<[number, number, FakeCell]> {
    const size = (range.r2 - range.r1 + 1) * (range.c2 - range.c1 + 1);
    if (size > 200_000) {
      for (const [key, cell] of this.cells) {
        const [r, c] = key.split(",").map(Number);
        if (r >= range.r1 && r <= range.r2 && c >= range.c1 && c <= range.c2) yield [r, c, cell];
      }
      return;
    }
    for (let r = range.r1; r <= range.r2; r++) for (let c = range.c1; c <= range.c2; c++) yield [r, c, this.cell(r, c)];
  }
}

export interface ChangedHandler {
  (e: {
    address: string;
    worksheetId: string;
    source: string;
    changeType: string;
    triggerSource?: string;
  }): Promise<unknown>;
}

/** The workbook, plus what the tests inspect: round trips, request sizes, saves, selection. */
export class FakeBook {
  readonly sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  readonly names = new Map<string, FakeName>();
  active = "Sheet1";
  selection = "Sheet1!A1";
  saves = 0;
  syncs = 0;
  runs = 0;
  /** Cells whose values or formats were read back (what responses carry). */
  cellsRead = 0;
  /** Bytes of the largest request sent (values and formats as JSON). */
  largestRequest = 0;
  readonly changedHandlers: ChangedHandler[] = [];

  constructor(
    /** Highest ExcelApi minor version the fake host supports (1.9 … 1.18). */
    readonly apiVersion = 18,
    /** Excel on the web's request limit. */
    readonly requestLimit = 5 * 1024 * 1024,
  ) {}

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && minor <= this.apiVersion;
  }

  /** A user types into a cell: the value changes and onChanged handlers run. */
  async edit(sheetName: string, r: number, c: number, value: string | number): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    sheet.cell(r, c).value = value;
    const address = `${String.fromCharCode(65 + c)}${r + 1}`;
    const triggerSource = this.supports("1.14") ? "Unknown" : undefined;
    await Promise.all(
      this.changedHandlers.map((h) =>
        h({ address, worksheetId: sheet.id, source: "Local", changeType: "RangeEdited", triggerSource }),
      ),
    );
  }
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
