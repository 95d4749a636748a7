/**
 * A workbook as Excel keeps it, and what Excel does to it: the model behind both Excel fakes (the
 * RichApi server that answers Microsoft's own client library, ../richapi/, and the proxy fake,
 * proxies.ts). Each behaviour that Excel enforces cites where it is documented or observed; the
 * fakes only translate requests into these operations.
 */
import { a1, quoteSheet, rangeA1 } from "../../../src/core/sheet/address";
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

export interface FakePrompt {
  message: string;
  showPrompt: boolean;
  title: string;
}

export interface FakeValidation {
  range: CellRange;
  rule: XDataValidationRule & { custom?: { formula: string } };
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
  prompt?: FakePrompt;
  ignoreBlanks?: boolean;
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
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
  /** Rows the user hid (or a filter hid), zero-based. */
  readonly hiddenRows = new Set<number>();

  constructor(public name: string) {}

  /**
   * Whether rows r1 to r2 are hidden: true when all are, false when none is, null when some are,
   * as @types/office-js documents Range.rowHidden (ExcelApi 1.2) and Microsoft's VBA reference
   * documents Range.Hidden for whole rows (a Variant, Null for a mix), which ET follows.
   */
  rowsHidden(r1: number, r2: number): boolean | null {
    let some = false;
    let all = true;
    for (let r = r1; r <= r2; r++) {
      if (this.hiddenRows.has(r)) some = true;
      else all = false;
      if (some && !all) return null;
    }
    return all;
  }

  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /**
   * The bounding box of cells with a value (valuesOnly) or with anything, within `within`: as
   * @types/office-js documents Range.getUsedRangeOrNullObject ("Returns the used range of the given
   * range object. If there are no used cells within the range, … isNullObject … valuesOnly:
   * Considers only cells with values as used cells", ExcelApi 1.4).
   */
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

  /** A1 address with the sheet, as Excel returns Range.address ('附件2 大谈话统计表'!A1:B2). */
  address(range: CellRange): string {
    return `${quoteSheet(this.name)}!${rangeA1(range.r1, range.c1, range.r2, range.c2)}`;
  }

  // ----- values and number formats -----

  /**
   * Range.values / numberFormat: a 2-D array must match the range's dimensions ("The number of rows
   * or columns in the input array doesn't match the size or dimensions of the range", InvalidArgument);
   * a single value applies to every cell (Range.values docs: "If the range contains multiple cells,
   * … a single value … will be set to all cells").
   */
  assign(range: CellRange, v: unknown, set: (cell: FakeCell, x: unknown) => void): void {
    const rows = range.r2 - range.r1 + 1;
    const cols = range.c2 - range.c1 + 1;
    if (!Array.isArray(v)) {
      for (const [, , cell] of this.cellsIn(range)) set(cell, v);
      return;
    }
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
      throw new OfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
      );
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) set(this.cell(range.r1 + r, range.c1 + c), v[r][c]);
  }

  setValues(range: CellRange, v: unknown): void {
    this.assign(range, v, setValue);
  }

  setNumberFormats(range: CellRange, v: unknown): void {
    this.assign(range, v, (cell, x) => (cell.numberFormat = String(x)));
  }

  /** Range.values as read: "" for empty cells (Range.values docs). */
  values(range: CellRange): (string | number | boolean)[][] {
    return matrix(range, (r, c) => this.peek(r, c)?.value ?? "");
  }

  numberFormats(range: CellRange): string[][] {
    return matrix(range, (r, c) => this.peek(r, c)?.numberFormat ?? "General");
  }

  // ----- merges -----

  /** Range.merge: Excel keeps the top-left value only; a merge over another merge fails. */
  merge(range: CellRange, across = false): void {
    if (across) throw new Error("fake: merge across is not modelled");
    if (this.merges.some((m) => overlaps(m, range)))
      throw new OfficeError(
        "InvalidOperation",
        `Cannot merge ${rangeA1(range.r1, range.c1, range.r2, range.c2)}: it overlaps a merged area.`,
      );
    this.merges.push(range);
    for (const [r, c, cell] of this.cellsIn(range)) if (r !== range.r1 || c !== range.c1) delete cell.value;
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that intersect the range,
   * whole; a null object when there are none. "If the merged areas count in this range is more than
   * 512, then this method will fail to return the result" (@types/office-js): an error here.
   */
  mergedAreas(range: CellRange): CellRange[] | null {
    const hits = this.merges.filter((m) => overlaps(m, range));
    if (hits.length > 512)
      throw new OfficeError("GeneralException", `There are ${hits.length} merged areas in this range (at most 512).`);
    return hits.length ? hits : null;
  }

  /** Range.clear(applyTo): contents, formats (merges and validation go with them) or both. */
  clear(range: CellRange, applyTo = "All"): void {
    for (const [r, c, cell] of [...this.cellsIn(range)]) {
      if (applyTo === "Contents") delete cell.value;
      else if (applyTo === "Formats") {
        for (const k of Object.keys(cell)) if (k !== "value") delete cell[k as keyof FakeCell];
      } else this.cells.delete(`${r},${c}`);
    }
    if (applyTo === "All" || applyTo === "Formats") {
      remove(this.merges, (m) => inside(m, range));
      remove(this.validations, (v) => inside(v.range, range));
    }
  }

  // ----- formats -----

  each(range: CellRange, set: (cell: FakeCell) => void): void {
    for (const [, , cell] of this.cellsIn(range)) set(cell);
  }

  /** RangeFill.color takes "#RRGGBB" or a colour name; the fake takes the hex form only. */
  setFill(range: CellRange, color: string): void {
    if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new OfficeError("InvalidArgument", `Bad color ${color}`);
    this.each(range, (c) => (c.fill = color.toUpperCase()));
  }

  /** RangeFill as read for one cell: white and pattern "None" when it has no fill (ExcelApi 1.9). */
  fillOf(range: CellRange): { color: string; pattern: string } {
    const cell = this.peek(range.r1, range.c1);
    return { color: cell?.fill ?? "#FFFFFF", pattern: cell?.fill ? "Solid" : "None" };
  }

  // ----- data validation -----

  /**
   * The validation that covers exactly `range`, made when missing (properties are set one by one).
   * Excel keeps validation per cell (ECMA-376 §18.3.1.32: a dataValidation applies to its sqref
   * cells): changing part of a validated range gives that part its own copy of the settings.
   */
  validationAt(range: CellRange): FakeValidation {
    let v = this.validations.find((x) => same(x.range, range));
    if (v) return v;
    const outer = this.validations.find((x) => inside(range, x.range));
    if (outer) {
      remove(this.validations, (x) => x === outer);
      for (const rest of difference(outer.range, range)) this.validations.push({ ...outer, range: rest });
      this.validations.push((v = { ...outer, range }));
      return v;
    }
    this.validations.push((v = { range, rule: {} }));
    return v;
  }

  /** The validation a single cell has, if any. */
  validationOf(r: number, c: number): FakeValidation | undefined {
    return this.validations.find((v) => r >= v.range.r1 && r <= v.range.r2 && c >= v.range.c1 && c <= v.range.c2);
  }

  /**
   * DataValidation.rule: the fake refuses a rule over part of another range's validation (clear
   * first); list sources are formula strings of at most 255 characters ("list … limited to 255
   * characters", Excel's own limit for list formulas); date rules take ISO dates.
   */
  setRule(range: CellRange, rule: FakeValidation["rule"], names: ReadonlyMap<string, FakeName>): void {
    if (this.validations.some((v) => overlaps(v.range, range) && !same(v.range, range)))
      throw new OfficeError("InvalidOperation", "The range already has a different data validation; clear it first.");
    if (rule.list) {
      const src = rule.list.source;
      if (typeof src !== "string") throw new Error("fake: list sources are formula strings here");
      if (src.length > 255) throw new OfficeError("InvalidArgument", "A list source is limited to 255 characters.");
      if (src.startsWith("=") && !names.has(src.slice(1).toLowerCase()) && !src.includes("!"))
        throw new OfficeError("InvalidArgument", `List source ${src} refers to no name.`);
    }
    const iso = (f: unknown) => typeof f === "string" && /^\d{4}-\d{2}-\d{2}/.test(f);
    if (rule.date && (!iso(rule.date.formula1) || (rule.date.formula2 !== undefined && !iso(rule.date.formula2))))
      throw new OfficeError("InvalidArgument", "Date rules take ISO dates.");
    this.validationAt(range).rule = rule;
  }

  /**
   * DataValidation.prompt: Excel limits the input message to 255 characters and its title to 32
   * (the same limits as Excel's Data Validation dialog); longer ones are refused.
   */
  setPrompt(range: CellRange, prompt: FakePrompt): void {
    if (prompt.message.length > 255 || prompt.title.length > 32)
      throw new OfficeError("InvalidArgument", "A prompt's message is limited to 255 characters, its title to 32.");
    this.validationAt(range).prompt = prompt;
  }

  clearValidation(range: CellRange): void {
    remove(this.validations, (v) => overlaps(v.range, range));
  }

  // ----- notes (ExcelApi 1.18; the proxy fake only: the office.js we serve has no NoteCollection) -----

  addNote(cell: string, content: string): void {
    if (this.notes.has(cell)) throw new OfficeError("InvalidArgument", `The cell ${cell} already has a note.`);
    this.notes.set(cell, content);
  }

  deleteNote(cell: string): void {
    if (!this.notes.delete(cell)) throw new OfficeError("ItemNotFound", `No note at ${cell}`);
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
  /** Requests the host sent (context.sync); `cleanups` counts the one Excel.run sends at its end. */
  syncs = 0;
  cleanups = 0;
  runs = 0;
  /** Cells whose values or formats were read back (what responses carry). */
  cellsRead = 0;
  /** Bytes of the largest request and the largest response, as the client library serialised them. */
  largestRequest = 0;
  largestResponse = 0;
  /** Requests and responses refused for their size. */
  refused = 0;
  /** Whether the workbook has a file (Workbook.previouslySaved, ExcelApi 1.9). */
  previouslySaved = true;
  /** Where saves went: the file name, or how the user answered the Save As dialog. */
  readonly saveLog: string[] = [];
  /** What the user does in the Save As dialog that Workbook.save("Prompt") opens. */
  promptAnswer: "save" | "cancel" = "save";
  /** A file with Excel's default name already exists in the default folder (office-js#3875). */
  defaultFileExists = false;
  readonly changedHandlers: ChangedHandler[] = [];
  /** Objects the client library asked Excel to keep across requests (Excel.run tracks ranges), by reference id. */
  readonly references = new Map<string, unknown>();
  private nextReference = 1;

  keepReference(target: unknown): string {
    const id = `{ref-${this.nextReference++}}`;
    this.references.set(id, target);
    return id;
  }

  constructor(
    /** Highest ExcelApi minor version the fake host supports (1.9 … 1.18). */
    readonly apiVersion = 18,
    /** Excel on the web's limit for a request and for a response. */
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
    const triggerSource = this.supports("1.14") ? "Unknown" : undefined;
    await Promise.all(
      this.changedHandlers.map((h) =>
        h({ address: a1(r, c), worksheetId: sheet.id, source: "Local", changeType: "RangeEdited", triggerSource }),
      ),
    );
  }

  // ----- sheets -----

  /** The sheet named, or ItemNotFound (WorksheetCollection.getItem: by name or id). */
  mustSheet(key: string): FakeSheet {
    const sheet = this.sheet(key);
    if (!sheet) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet ${key}).`);
    return sheet;
  }

  /**
   * WorksheetCollection.add: names are unique (case-insensitive), at most 31 characters, without
   * \ / ? * [ ] : and not starting or ending with an apostrophe (Excel's sheet naming rules).
   */
  addSheet(name?: string): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.sheet(sheetName)) throw new OfficeError("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
    checkSheetName(sheetName);
    const created = new FakeSheet(sheetName);
    this.sheets.push(created);
    return created;
  }

  rename(sheet: FakeSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
      throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    checkSheetName(name);
    sheet.name = name;
  }

  /** A workbook must keep at least one visible sheet (hiding or deleting the last one fails). */
  setVisibility(sheet: FakeSheet, v: string): void {
    if (v !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw new OfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    sheet.visibility = v;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw new OfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet.name) this.active = this.sheets.find((s) => s.visibility === "Visible")!.name;
  }

  /** Worksheet.activate: a hidden sheet cannot be activated. */
  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== "Visible") throw new OfficeError("InvalidOperation", "Cannot activate a hidden sheet.");
    this.active = sheet.name;
  }

  select(sheet: FakeSheet, range: CellRange): void {
    this.activate(sheet);
    this.selection = `${sheet.name}!${rangeA1(range.r1, range.c1, range.r2, range.c2)}`;
  }

  // ----- names -----

  /** NamedItemCollection.add: a valid name, not taken, whose reference starts with "=". */
  addName(map: Map<string, FakeName>, name: string, reference: string): FakeName {
    if (!/^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new OfficeError("InvalidArgument", `Invalid name: ${name}`);
    if (map.has(name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
    if (!reference.startsWith("=")) throw new OfficeError("InvalidArgument", "A name's reference must start with =");
    const made = { name, formula: reference, visible: true };
    map.set(name.toLowerCase(), made);
    return made;
  }

  // ----- saving -----

  /**
   * Workbook.save (ExcelApi 1.11). "Save" on a workbook never saved writes it under Excel's default
   * name in the default folder without asking, and fails when that file exists (office-js#3875);
   * "Prompt" opens Save As for a new workbook, and the call fails when the user cancels it.
   */
  save(behavior: string = "Save"): void {
    if (!this.supports("1.11")) throw new OfficeError("ApiNotFound", "Workbook.save needs ExcelApi 1.11");
    if (!this.previouslySaved && behavior === "Prompt") {
      if (this.promptAnswer === "cancel")
        throw new OfficeError("GeneralException", "The user cancelled the Save As dialog.");
      this.saveLog.push("chosen in Save As");
    } else if (!this.previouslySaved) {
      if (this.defaultFileExists) throw new OfficeError("GeneralException", "A file with the default name exists.");
      this.saveLog.push("default name, default folder");
    } else this.saveLog.push("its own file");
    this.previouslySaved = true;
    this.saves++;
  }
}

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
    throw new OfficeError("InvalidArgument", `Invalid sheet name: ${name}`);
}

/** Text into a cell as Excel takes it: 'x stays text; text that reads as a number becomes one unless formatted "@". */
export function setValue(cell: FakeCell, x: unknown): void {
  if (typeof x === "string" && x.startsWith("'")) cell.value = x.slice(1);
  else if (typeof x === "string" && x.startsWith("=")) throw new Error(`fake: formulas are not modelled (${x})`);
  else if (x === "" || x === null) delete cell.value;
  else if (typeof x === "string" && cell.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(x.trim()))
    cell.value = Number(x);
  else cell.value = x as string | number | boolean;
}

export function matrix<T>(r: CellRange, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = r.r1; i <= r.r2; i++) {
    const row: T[] = [];
    for (let j = r.c1; j <= r.c2; j++) row.push(f(i, j));
    out.push(row);
  }
  return out;
}

export const overlaps = (a: CellRange, b: CellRange) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
export const inside = (a: CellRange, b: CellRange) => a.r1 >= b.r1 && a.r2 <= b.r2 && a.c1 >= b.c1 && a.c2 <= b.c2;
export const same = (a: CellRange, b: CellRange) => a.r1 === b.r1 && a.r2 === b.r2 && a.c1 === b.c1 && a.c2 === b.c2;

/** The parts of `outer` outside `inner` (inner lies inside outer): up to four rectangles. */
function difference(outer: CellRange, inner: CellRange): CellRange[] {
  const parts: CellRange[] = [];
  if (inner.r1 > outer.r1) parts.push({ ...outer, r2: inner.r1 - 1 });
  if (inner.r2 < outer.r2) parts.push({ ...outer, r1: inner.r2 + 1 });
  if (inner.c1 > outer.c1) parts.push({ r1: inner.r1, r2: inner.r2, c1: outer.c1, c2: inner.c1 - 1 });
  if (inner.c2 < outer.c2) parts.push({ r1: inner.r1, r2: inner.r2, c1: inner.c2 + 1, c2: outer.c2 });
  return parts;
}

export function remove<T>(list: T[], pred: (x: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i])) list.splice(i, 1);
}
