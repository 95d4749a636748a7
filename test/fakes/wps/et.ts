/**
 * An in-memory fake of the WPS 表格 (ET) object model subset the WPS host uses: synchronous, VBA
 * errors where ET raises them (a second validation on a range, Select on an inactive sheet, hiding
 * the last visible sheet…), and ApiEvent with Cancel for query events. State lives in the same
 * FakeBook/FakeSheet as the Office.js fake, so one inspector reads both.
 */
import { a1, rangeA1 } from "../../../src/core/sheet/address";
import type { CellRange } from "../../../src/core/sheet/types";
import {
  XL,
  bgr,
  hexOf,
  type EtApiEvent,
  type EtApplication,
  type EtFileDialog,
  type EtName,
  type EtNames,
  type EtRange,
  type EtSheets,
  type EtValidation,
  type EtWindow,
  type EtWorkbook,
  type EtWorksheet,
} from "../../../src/hosts/wps/api";
import { FakeBook, FakeSheet, MAX_COLS, type FakeName } from "../excel/book";
import { parseAddress } from "../excel/proxies";

export class EtError extends Error {
  constructor(message: string) {
    super(`运行时错误 1004：${message}`);
  }
}

const WHITE = 16777215;

export class EtFake implements EtApplication {
  readonly book = new FakeBook();
  readonly ApiEvent: EtApiEvent & { fire(name: string, ...args: unknown[]): void };
  readonly ActiveWindow: EtWindow;
  ScreenUpdating = true;
  /** Files the fake's Open dialog offers, by path. */
  readonly files = new Map<string, FakeBook>();
  dialogPicks: string[] = [];
  readonly ActiveWorkbook: EtWorkbook;
  /** Open workbooks, the active one first. */
  readonly books: EtBook[] = [];
  readonly Workbooks: EtApplication["Workbooks"] = ((fake: EtFake) => ({
    get Count(): number {
      return fake.books.length;
    },
    Item: (i: string | number): EtWorkbook => {
      const wb = typeof i === "number" ? fake.books[i - 1] : fake.books.find((b) => b.Name === i);
      if (!wb) throw new EtError(`下标越界（工作簿 ${i}）`);
      return wb;
    },
    Open: (path: string): EtWorkbook => fake.open(path),
  }))(this);
  saves = 0;
  /** Worksheet.Range calls: every call into the object model costs time inside WPS's events. */
  calls = 0;
  /**
   * COUNTA as Excel's and WPS's worksheet function: "counts the number of cells that are not empty
   * in a range" (Microsoft's COUNTA reference; WPS's WorksheetFunction mirrors it). Formulas are not
   * modelled in this fake, so a value is what makes a cell not empty.
   */
  readonly WorksheetFunction = {
    CountA: (range: EtRange): number => {
      this.calls++;
      const { sheet, r } = range as Range;
      let n = 0;
      for (const [key, cell] of sheet.cells) {
        if (cell.value === undefined || cell.value === "") continue;
        const [row, col] = key.split(",").map(Number);
        if (row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2) n++;
      }
      return n;
    },
  };

  constructor() {
    const listeners = new Map<string, ((...args: any[]) => void)[]>();
    this.ApiEvent = {
      Cancel: false,
      AddApiEventListener: (name, cb) => listeners.set(name, [...(listeners.get(name) ?? []), cb]),
      // "RemoveApiEventListener(eventName) removes all of that page's callbacks for the event" (WPS jsapi
      // docs; the fake is one page): a second argument changes nothing.
      RemoveApiEventListener: (name) => void listeners.delete(name),
      fire: (name, ...args) => (listeners.get(name) ?? []).forEach((cb) => cb(...args)),
    };
    const app = this;
    let split = 0;
    let frozen = false;
    this.ActiveWindow = {
      get SplitRow() {
        return split;
      },
      set SplitRow(v: number) {
        split = v;
      },
      SplitColumn: 0,
      get FreezePanes() {
        return frozen;
      },
      set FreezePanes(v: boolean) {
        frozen = v;
        app.book.sheet(app.book.active)!.freezeRows = v ? split : 0;
      },
    };
    this.ActiveWorkbook = new EtBook(this, this.book, "工作簿1.xlsx");
    this.books.push(this.ActiveWorkbook as EtBook);
  }

  FileDialog(type: number): EtFileDialog {
    if (type !== XL.filePicker) throw new EtError("fake: only the file picker is modelled");
    const picks = () => this.dialogPicks;
    return {
      AllowMultiSelect: false,
      Title: "",
      Show: () => (picks().length ? -1 : 0),
      SelectedItems: {
        get Count() {
          return picks().length;
        },
        Item: (i: number) => picks()[i - 1],
      },
    };
  }

  /** The user presses Ctrl+S: WorkbookBeforeSave runs; the save happens unless it was cancelled. */
  userSaves(): boolean {
    return this.save(this.ActiveWorkbook);
  }

  /**
   * Saving, by the user or from code (Workbook.Save fires WorkbookBeforeSave too, as in VBA).
   * ApiEvent.Cancel is not reset by WPS between events: it stays as the last handler left it.
   */
  save(wb: EtWorkbook): boolean {
    this.ApiEvent.fire("WorkbookBeforeSave", wb, false);
    if (this.ApiEvent.Cancel) return false;
    this.saves++;
    wb.Saved = true;
    return true;
  }

  /** The user types a value: the cell changes and SheetChange fires. */
  userTypes(sheet: string, cell: string, value: string | number): void {
    (this.ActiveWorkbook.Worksheets.Item(sheet) as EtWorksheet).Range(cell).Value2 = value;
  }

  open(path: string): EtWorkbook {
    const already = this.books.find((b) => b.FullName.toLowerCase() === path.toLowerCase());
    if (already) return already;
    const book = this.files.get(path);
    if (!book) throw new EtError(`找不到文件 ${path}`);
    const wb = new EtBook(this, book, path.replace(/^.*[\\/]/, ""), path);
    this.books.push(wb);
    return wb;
  }
}

/** The visible sheet next to position `at` (to the right, else to the left). */
function adjacentVisible(book: FakeBook, at: number): string {
  const visible = (i: number) => book.sheets[i] && book.sheets[i].visibility === "Visible";
  for (let i = at; i < book.sheets.length; i++)
    if (visible(i) && book.sheets[i].name !== book.active) return book.sheets[i].name;
  for (let i = Math.min(at, book.sheets.length) - 1; i >= 0; i--) if (visible(i)) return book.sheets[i].name;
  return book.sheets.find((s) => s.visibility === "Visible")!.name;
}

class EtBook implements EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  closed = false;
  Saved = true;
  constructor(
    readonly app: EtFake,
    readonly book: FakeBook,
    readonly Name: string,
    private readonly path = `C:\\报表\\${Name}`,
  ) {
    this.Worksheets = new Sheets(this);
    this.Names = new Names(() => book.names);
  }
  get FullName() {
    return this.path;
  }
  get ActiveSheet(): EtWorksheet | null {
    const sheet = this.book.sheet(this.book.active);
    return sheet ? new Sheet(this, sheet) : null;
  }
  Save(): void {
    this.app.save(this);
  }
  Close(): void {
    this.closed = true;
    this.app.books.splice(this.app.books.indexOf(this), 1);
  }
}

class Sheets implements EtSheets {
  constructor(private readonly wb: EtBook) {}
  get Count() {
    return this.wb.book.sheets.length;
  }
  Item(index: number | string): Sheet {
    const sheet = typeof index === "number" ? this.wb.book.sheets[index - 1] : this.wb.book.sheet(index);
    if (!sheet) throw new EtError(`下标越界（工作表 ${index}）`);
    return new Sheet(this.wb, sheet);
  }
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet {
    const book = this.wb.book;
    let n = book.sheets.length + 1;
    while (book.sheet(`Sheet${n}`)) n++;
    const sheet = new FakeSheet(`Sheet${n}`);
    const at = after
      ? book.sheets.indexOf((after as Sheet).sheet) + 1
      : before
        ? book.sheets.indexOf((before as Sheet).sheet)
        : book.sheets.indexOf(book.sheet(book.active)!);
    book.sheets.splice(at, 0, sheet);
    book.active = sheet.name;
    return new Sheet(this.wb, sheet);
  }
}

class Names implements EtNames {
  constructor(
    private readonly map: () => Map<string, FakeName>,
    private readonly prefix = "",
  ) {}
  get Count() {
    return this.map().size;
  }
  Item(index: number | string): EtName {
    const list = [...this.map().values()];
    const n = typeof index === "number" ? list[index - 1] : this.map().get(index.toLowerCase());
    if (!n) throw new EtError(`没有名称 ${index}`);
    const map = this.map;
    const prefix = this.prefix;
    return {
      get Name() {
        return prefix + n.name;
      },
      get RefersTo() {
        return n.formula;
      },
      get Visible() {
        return n.visible;
      },
      set Visible(v: boolean) {
        n.visible = v;
      },
      Delete: () => void map().delete(n.name.toLowerCase()),
    };
  }
  Add(name: string, refersTo: string, visible = true): EtName {
    if (!/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name)) throw new EtError(`名称无效：${name}`);
    if (!refersTo.startsWith("=")) throw new EtError("引用必须以 = 开头");
    // Like ET, Add with an existing name redefines it.
    this.map().set(name.toLowerCase(), { name, formula: refersTo, visible });
    return this.Item(name);
  }
}

class Sheet implements EtWorksheet {
  readonly Names: EtNames;
  readonly PageSetup: EtWorksheet["PageSetup"];
  constructor(
    private readonly wb: EtBook,
    readonly sheet: FakeSheet,
  ) {
    this.Names = new Names(() => sheet.names, `${sheet.name}!`);
    const s = sheet;
    this.PageSetup = {
      get PrintTitleRows() {
        return s.printTitleRows ?? "";
      },
      set PrintTitleRows(v: string) {
        s.printTitleRows = v;
      },
      get Orientation() {
        return s.orientation === "Landscape" ? XL.landscape : 1;
      },
      set Orientation(v: number) {
        s.orientation = v === XL.landscape ? "Landscape" : "Portrait";
      },
      get PaperSize() {
        return s.paperSize === "A4" ? XL.paperA4 : 1;
      },
      set PaperSize(v: number) {
        s.paperSize = v === XL.paperA4 ? "A4" : "Letter";
      },
    };
  }
  get Name() {
    return this.sheet.name;
  }
  set Name(v: string) {
    const other = this.wb.book.sheet(v);
    if (other && other !== this.sheet) throw new EtError(`工作表名称「${v}」已被使用`);
    if (v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new EtError(`工作表名称无效：${v}`);
    if (this.wb.book.active === this.sheet.name) this.wb.book.active = v;
    this.sheet.name = v;
  }
  get Visible() {
    return this.sheet.visibility === "Visible" ? XL.sheetVisible : XL.sheetHidden;
  }
  set Visible(v: number) {
    if (
      v !== XL.sheetVisible &&
      this.wb.book.sheets.filter((s) => s.visibility === "Visible" && s !== this.sheet).length === 0
    )
      throw new EtError("工作簿至少要有一个可见工作表");
    this.sheet.visibility = v === XL.sheetVisible ? "Visible" : "Hidden";
    // Hiding the active sheet activates its neighbour, as deleting it does.
    if (v !== XL.sheetVisible && this.wb.book.active === this.sheet.name)
      this.wb.book.active = adjacentVisible(this.wb.book, this.wb.book.sheets.indexOf(this.sheet));
  }
  get UsedRange(): EtRange {
    const used = this.sheet.used(false);
    return new Range(this.wb, this.sheet, used ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
  }
  Range(address: string): EtRange {
    this.wb.app.calls++;
    return new Range(this.wb, this.sheet, parseAddress(address));
  }
  Activate(): void {
    if (this.sheet.visibility !== "Visible") throw new EtError("不能激活隐藏的工作表");
    this.wb.book.active = this.sheet.name;
  }
  Delete(): void {
    const book = this.wb.book;
    if (book.sheets.filter((s) => s.visibility === "Visible" && s !== this.sheet).length === 0)
      throw new EtError("工作簿至少要有一个可见工作表");
    const at = book.sheets.indexOf(this.sheet);
    book.sheets.splice(at, 1);
    // Deleting the active sheet activates its neighbour (the next visible one, else the previous).
    if (book.active === this.sheet.name) book.active = adjacentVisible(book, at);
  }
}

class Range implements EtRange {
  constructor(
    private readonly wb: EtBook,
    readonly sheet: FakeSheet,
    readonly r: CellRange,
  ) {}
  private get size() {
    return { rows: this.r.r2 - this.r.r1 + 1, cols: this.r.c2 - this.r.c1 + 1 };
  }
  private each(f: (cell: ReturnType<FakeSheet["cell"]>) => void): void {
    for (const [, , cell] of this.sheet.cellsIn(this.r)) f(cell);
  }
  get Value2(): any {
    const { rows, cols } = this.size;
    const v = (r: number, c: number) => this.sheet.peek(r, c)?.value;
    if (rows === 1 && cols === 1) return v(this.r.r1, this.r.c1);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => v(this.r.r1 + i, this.r.c1 + j)),
    );
  }
  set Value2(value: any) {
    const { rows, cols } = this.size;
    const put = (r: number, c: number, x: unknown) => {
      const cell = this.sheet.cell(r, c);
      if (x === "" || x === null || x === undefined) delete cell.value;
      else if (typeof x === "string" && x.startsWith("'")) cell.value = x.slice(1);
      else if (typeof x === "string" && x.startsWith("=")) throw new EtError(`fake: formulas are not modelled (${x})`);
      else if (typeof x === "string" && cell.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(x.trim()))
        cell.value = Number(x);
      else cell.value = x as string | number | boolean;
    };
    if (!Array.isArray(value)) {
      for (let r = this.r.r1; r <= this.r.r2; r++) for (let c = this.r.c1; c <= this.r.c2; c++) put(r, c, value);
    } else {
      if (value.length !== rows || value.some((row: unknown) => !Array.isArray(row) || row.length !== cols))
        throw new EtError(`数组大小与区域 ${rows}x${cols} 不符`);
      value.forEach((row: unknown[], i: number) => row.forEach((x, j) => put(this.r.r1 + i, this.r.c1 + j, x)));
    }
    (this.wb as EtBook).Saved = false;
    // As in ET (and VBA), writes from code fire SheetChange like typing does.
    this.wb.app.ApiEvent.fire("SheetChange", new Sheet(this.wb, this.sheet), this);
  }
  get Row() {
    return this.r.r1 + 1;
  }
  get Column() {
    return this.r.c1 + 1;
  }
  get Rows() {
    return { Count: this.size.rows };
  }
  get Columns() {
    return { Count: this.size.cols };
  }
  /**
   * Microsoft's VBA reference, Range.Hidden: "The specified range must span an entire column or
   * row"; reading it of rows gives True, False or Null for a mix (FakeSheet.rowsHidden).
   */
  get Hidden(): boolean | null {
    if (this.r.c1 !== 0 || this.r.c2 !== MAX_COLS - 1) throw new EtError("fake: Range.Hidden of part of a row");
    return this.sheet.rowsHidden(this.r.r1, this.r.r2);
  }
  Address(): string {
    const abs = (s: string) => s.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return abs(rangeA1(this.r.r1, this.r.c1, this.r.r2, this.r.c2));
  }
  Resize(rows?: number, cols?: number): EtRange {
    return new Range(this.wb, this.sheet, {
      r1: this.r.r1,
      c1: this.r.c1,
      r2: this.r.r1 + (rows ?? this.size.rows) - 1,
      c2: this.r.c1 + (cols ?? this.size.cols) - 1,
    });
  }
  Merge(across?: boolean): void {
    if (across) throw new EtError("fake: merge across is not modelled");
    if (this.sheet.merges.some((m) => overlaps(m, this.r))) throw new EtError("不能合并与已合并区域重叠的单元格");
    this.sheet.merges.push(this.r);
    for (const [r, c, cell] of this.sheet.cellsIn(this.r)) if (r !== this.r.r1 || c !== this.r.c1) delete cell.value;
  }
  get MergeCells(): boolean | null {
    const hits = this.sheet.merges.filter((m) => overlaps(m, this.r));
    if (!hits.length) return false;
    const covered = hits.reduce((n, m) => n + area(intersect(m, this.r)), 0);
    return covered === area(this.r) && hits.every((m) => inside(m, this.r) || inside(this.r, m)) ? true : null;
  }
  get MergeArea(): EtRange {
    const m = this.sheet.merges.find((x) =>
      overlaps(x, { r1: this.r.r1, c1: this.r.c1, r2: this.r.r1, c2: this.r.c1 }),
    );
    return new Range(this.wb, this.sheet, m ?? { r1: this.r.r1, c1: this.r.c1, r2: this.r.r1, c2: this.r.c1 });
  }
  get NumberFormat(): string | null {
    const formats = new Set<string>();
    for (let r = this.r.r1; r <= this.r.r2; r++)
      for (let c = this.r.c1; c <= this.r.c2; c++) formats.add(this.sheet.peek(r, c)?.numberFormat ?? "General");
    return formats.size === 1 ? [...formats][0] : null;
  }
  set NumberFormat(v: string | null) {
    this.each((c) => (c.numberFormat = v ?? "General"));
  }
  get Interior() {
    const top = () => this.sheet.peek(this.r.r1, this.r.c1)?.fill;
    const self = this;
    return {
      get Color() {
        const f = top();
        return f ? bgr(f) : WHITE;
      },
      set Color(v: number) {
        self.each((c) => (c.fill = `#${hexOf(v)}`));
      },
      get Pattern() {
        return top() ? XL.solid : XL.none;
      },
      set Pattern(v: number) {
        if (v === XL.none) self.each((c) => delete c.fill);
      },
    };
  }
  get Font() {
    const self = this;
    return {
      set Bold(v: boolean) {
        self.each((c) => (c.bold = v));
      },
      get Bold() {
        return !!self.sheet.peek(self.r.r1, self.r.c1)?.bold;
      },
      set Size(v: number) {
        self.each((c) => (c.size = v));
      },
      get Size() {
        return self.sheet.peek(self.r.r1, self.r.c1)?.size ?? 11;
      },
      set Color(v: number) {
        self.each((c) => (c.color = `#${hexOf(v)}`));
      },
      get Color() {
        return 0;
      },
    };
  }
  set HorizontalAlignment(v: number) {
    this.each((c) => (c.hAlign = v === XL.center ? "Center" : "Left"));
  }
  get HorizontalAlignment() {
    return XL.left;
  }
  set VerticalAlignment(v: number) {
    this.each((c) => (c.vAlign = v === XL.center ? "Center" : "Bottom"));
  }
  get VerticalAlignment() {
    return XL.center;
  }
  set WrapText(v: boolean) {
    this.each((c) => (c.wrap = v));
  }
  get WrapText() {
    return !!this.sheet.peek(this.r.r1, this.r.c1)?.wrap;
  }
  get Borders() {
    const self = this;
    return {
      set LineStyle(v: number) {
        self.sheet.borders.push({ range: self.r, edge: "All", style: String(v) });
      },
      get LineStyle() {
        return XL.continuous;
      },
    };
  }
  set ColumnWidth(v: number) {
    for (let c = this.r.c1; c <= this.r.c2; c++) this.sheet.columnWidths.set(c, v);
  }
  get ColumnWidth() {
    return this.sheet.columnWidths.get(this.r.c1) ?? 8.38;
  }
  set RowHeight(v: number) {
    for (let r = this.r.r1; r <= this.r.r2; r++) this.sheet.rowHeights.set(r, v);
  }
  get RowHeight() {
    return this.sheet.rowHeights.get(this.r.r1) ?? 13.5;
  }
  get Validation(): EtValidation {
    const sheet = this.sheet;
    const range = this.r;
    const names = this.wb.book.names;
    const find = () => sheet.validations.find((v) => same(v.range, range));
    const need = () => {
      const v = find();
      if (!v) throw new EtError("该区域没有数据有效性");
      return v;
    };
    return {
      Add(type, alert, _op, f1 = "", f2) {
        if (sheet.validations.some((v) => overlaps(v.range, range)))
          throw new EtError("区域已有数据有效性，请先 Delete");
        if (f1.length > 255) throw new EtError("序列来源不能超过 255 个字符");
        if (type === XL.validateList) {
          if (f1.startsWith("=") && !names.has(f1.slice(1).toLowerCase()) && !f1.includes("!"))
            throw new EtError(`序列来源 ${f1} 不是已定义的名称`);
          sheet.validations.push({
            range,
            rule: { list: { inCellDropDown: true, source: f1 } },
            errorAlert: { message: "", showAlert: true, style: alert === XL.alertStop ? "Stop" : "Warning", title: "" },
          });
        } else if (type === XL.validateDate) {
          if (!/^\d+$/.test(f1) || (f2 !== undefined && !/^\d+$/.test(f2))) throw new EtError("日期界限应为日期序列号");
          sheet.validations.push({
            range,
            rule: { date: { formula1: f1, formula2: f2, operator: "Between" } },
            errorAlert: { message: "", showAlert: true, style: alert === XL.alertStop ? "Stop" : "Warning", title: "" },
          });
        } else throw new EtError(`fake: validation type ${type} is not modelled`);
      },
      Delete() {
        for (let i = sheet.validations.length - 1; i >= 0; i--)
          if (overlaps(sheet.validations[i].range, range)) sheet.validations.splice(i, 1);
      },
      set InCellDropdown(v: boolean) {
        const rule = need().rule;
        if (rule.list) rule.list.inCellDropDown = v;
      },
      get InCellDropdown() {
        return !!need().rule.list?.inCellDropDown;
      },
      set IgnoreBlank(v: boolean) {
        need().ignoreBlanks = v;
      },
      get IgnoreBlank() {
        return !!need().ignoreBlanks;
      },
      set ErrorTitle(v: string) {
        need().errorAlert!.title = v;
      },
      get ErrorTitle() {
        return need().errorAlert!.title;
      },
      set ErrorMessage(v: string) {
        need().errorAlert!.message = v;
      },
      get ErrorMessage() {
        return need().errorAlert!.message;
      },
      set InputTitle(v: string) {
        const x = need();
        x.prompt = { ...(x.prompt ?? { message: "", showPrompt: true }), title: v };
      },
      get InputTitle() {
        return need().prompt?.title ?? "";
      },
      set InputMessage(v: string) {
        const x = need();
        x.prompt = { ...(x.prompt ?? { title: "", showPrompt: true }), message: v };
      },
      get InputMessage() {
        return need().prompt?.message ?? "";
      },
      set ShowError(v: boolean) {
        need().errorAlert!.showAlert = v;
      },
      get ShowError() {
        return need().errorAlert!.showAlert;
      },
      set ShowInput(v: boolean) {
        void v;
      },
      get ShowInput() {
        return !!need().prompt;
      },
    };
  }
  get Comment() {
    const key = a1(this.r.r1, this.r.c1);
    const text = this.sheet.notes.get(key);
    if (text === undefined) return null;
    return { Text: () => text, Delete: () => void this.sheet.notes.delete(key) };
  }
  AddComment(text: string): unknown {
    const key = a1(this.r.r1, this.r.c1);
    if (this.sheet.notes.has(key)) throw new EtError(`${key} 已有批注`);
    this.sheet.notes.set(key, text);
    return {};
  }
  Select(): void {
    if (this.wb.book.active !== this.sheet.name) throw new EtError("Range 类的 Select 方法无效（工作表未激活）");
    this.wb.book.selection = `${this.sheet.name}!${rangeA1(this.r.r1, this.r.c1, this.r.r2, this.r.c2)}`;
  }
  Clear(): void {
    for (const [r, c] of [...this.sheet.cellsIn(this.r)]) this.sheet.cells.delete(`${r},${c}`);
    for (let i = this.sheet.merges.length - 1; i >= 0; i--)
      if (inside(this.sheet.merges[i], this.r)) this.sheet.merges.splice(i, 1);
    for (let i = this.sheet.validations.length - 1; i >= 0; i--)
      if (inside(this.sheet.validations[i].range, this.r)) this.sheet.validations.splice(i, 1);
  }
  ClearContents(): void {
    this.each((c) => delete c.value);
  }
  AutoFilter(): void {
    this.sheet.autoFilter = this.r;
  }
}

const overlaps = (a: CellRange, b: CellRange) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const inside = (a: CellRange, b: CellRange) => a.r1 >= b.r1 && a.r2 <= b.r2 && a.c1 >= b.c1 && a.c2 <= b.c2;
const same = (a: CellRange, b: CellRange) => a.r1 === b.r1 && a.r2 === b.r2 && a.c1 === b.c1 && a.c2 === b.c2;
const area = (a: CellRange) => (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1);
const intersect = (a: CellRange, b: CellRange): CellRange => ({
  r1: Math.max(a.r1, b.r1),
  c1: Math.max(a.c1, b.c1),
  r2: Math.min(a.r2, b.r2),
  c2: Math.min(a.c2, b.c2),
});
