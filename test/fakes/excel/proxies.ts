/**
 * Proxy objects of the Office.js fake. Like Office.js: reading a property that was not loaded and
 * synced throws PropertyNotLoaded; setters and methods queue; *OrNullObject gives null objects.
 * They implement the host's API subset interfaces, so a renamed or missing member fails to compile.
 */
import { a1, parseA1 } from "../../../src/core/sheet/address";
import type { CellRange } from "../../../src/core/sheet/types";
import type {
  XChangedEvent,
  XDataValidation,
  XDataValidationRule,
  XNamedItem,
  XNamedItemCollection,
  XNote,
  XRange,
  XRangeAreas,
  XRangeFill,
  XRangeFormat,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
} from "../../../src/hosts/excel/api";
import { FakeSheet, MAX_COLS, MAX_ROWS, OfficeError, type FakeCell, type FakeName, type FakeValidation } from "./book";
import type { FakeContext } from "./context";

const notLoaded = (prop: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

function props(list?: string | string[]): string[] {
  if (!list) return [];
  return (Array.isArray(list) ? list : list.split(",")).map((p) => p.trim()).filter(Boolean);
}

abstract class Proxy<T> {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }
  /** Setting a property queues the write and updates the proxy's own copy, as Office.js does. */
  protected write(prop: string, value: unknown, apply: () => void, payload?: unknown): void {
    this.loaded.set(prop, value);
    this.ctx.enqueue(apply, payload);
  }
  load(list?: string | string[]): T {
    const wanted = props(list);
    this.ctx.enqueue(() => this.snapshot(wanted));
    return this as unknown as T;
  }
  protected abstract snapshot(props: string[]): void;
}

// ---------- workbook and sheets ----------

export class WorkbookProxy extends Proxy<XWorkbook> implements XWorkbook {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NameCollectionProxy;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NameCollectionProxy(ctx, () => ctx.book.names);
    this.application = { suspendScreenUpdatingUntilNextSync: () => ctx.enqueue(() => undefined) };
  }

  get previouslySaved(): boolean {
    return this.read("previouslySaved");
  }

  protected snapshot(): void {
    this.loaded.set("previouslySaved", this.ctx.book.previouslySaved);
  }

  getSelectedRange(): XRange {
    const book = this.ctx.book;
    return new RangeProxy(this.ctx, () => {
      const [name, addr] = book.selection.split("!");
      return { sheet: book.sheet(name)!, range: parseAddress(addr) };
    });
  }

  save(saveBehavior?: "Save" | "Prompt"): void {
    const book = this.ctx.book;
    this.ctx.enqueue(() => book.save(saveBehavior));
  }
}

export class WorksheetCollectionProxy extends Proxy<XWorksheetCollection> implements XWorksheetCollection {
  readonly onChanged: { add(handler: (e: XChangedEvent) => Promise<unknown>): unknown };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.onChanged = { add: (handler) => ctx.enqueue(() => ctx.book.changedHandlers.push(handler)) };
  }

  get items(): XWorksheet[] {
    return this.read("items");
  }

  protected snapshot(list: string[]): void {
    const fields = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.loaded.set(
      "items",
      this.ctx.book.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.ctx, () => sheet);
        proxy.fill(sheet, fields.length ? fields : ["name", "id", "visibility"]);
        return proxy;
      }),
    );
  }

  add(name?: string): XWorksheet {
    let created: FakeSheet | null = null;
    const book = this.ctx.book;
    this.ctx.enqueue(() => (created = book.addSheet(name)));
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new Error("fake: worksheet used before its add() ran");
      return created;
    });
  }

  getItem(key: string): XWorksheet {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.mustSheet(key));
  }

  getItemOrNullObject(key: string): XWorksheet {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(key) ?? null);
  }
}

export class WorksheetProxy extends Proxy<XWorksheet> implements XWorksheet {
  readonly names: NameCollectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: { orientation: string; paperSize: string; setPrintTitleRows(rows: string): void };
  readonly autoFilter: { apply(range: string): void };
  readonly notes?: NoteCollectionProxy;

  constructor(
    ctx: FakeContext,
    readonly target: () => FakeSheet | null,
  ) {
    super(ctx);
    const sheet = () => must(target(), "worksheet");
    this.names = new NameCollectionProxy(ctx, () => sheet().names);
    this.freezePanes = { freezeRows: (count = 1) => ctx.enqueue(() => (sheet().freezeRows = count)) };
    const layout = {
      orientation: "",
      paperSize: "",
      setPrintTitleRows: (rows: string) => ctx.enqueue(() => (sheet().printTitleRows = String(rows))),
    };
    Object.defineProperty(layout, "orientation", {
      set: (v: string) => ctx.enqueue(() => (sheet().orientation = v)),
      get: () => sheet().orientation,
    });
    Object.defineProperty(layout, "paperSize", {
      set: (v: string) => ctx.enqueue(() => (sheet().paperSize = v)),
      get: () => sheet().paperSize,
    });
    this.pageLayout = layout;
    this.autoFilter = {
      apply: (range) => ctx.enqueue(() => (sheet().autoFilter = parseAddress(range))),
    };
    if (ctx.book.supports("1.18")) this.notes = new NoteCollectionProxy(ctx, sheet);
  }

  fill(sheet: FakeSheet, fields: string[]): void {
    for (const f of fields) this.loaded.set(f, (sheet as unknown as Record<string, unknown>)[f]);
    this.loaded.set("isNullObject", false);
  }

  protected snapshot(list: string[]): void {
    const sheet = this.target();
    this.loaded.set("isNullObject", sheet === null);
    if (sheet)
      this.fill(
        sheet,
        list.filter((p) => p !== "isNullObject"),
      );
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, () => this.ctx.book.rename(must(this.target(), "worksheet"), v));
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.write("visibility", v, () => this.ctx.book.setVisibility(must(this.target(), "worksheet"), v));
  }

  getRange(address?: string): XRange {
    return new RangeProxy(this.ctx, () => ({
      sheet: must(this.target(), "worksheet"),
      range: address ? parseAddress(address) : { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange {
    return new RangeProxy(this.ctx, () => {
      const sheet = must(this.target(), "worksheet");
      const used = sheet.used(!!valuesOnly);
      return used ? { sheet, range: used } : null;
    });
  }

  activate(): void {
    this.ctx.enqueue(() => this.ctx.book.activate(must(this.target(), "worksheet")));
  }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.book.deleteSheet(must(this.target(), "worksheet")));
  }
}

// ---------- names and notes ----------

export class NameCollectionProxy extends Proxy<XNamedItemCollection> implements XNamedItemCollection {
  constructor(
    ctx: FakeContext,
    private readonly map: () => Map<string, FakeName>,
  ) {
    super(ctx);
  }

  get items(): XNamedItem[] {
    return this.read("items");
  }

  protected snapshot(): void {
    this.loaded.set(
      "items",
      [...this.map().values()].map((n) => {
        const p = new NamedItemProxy(this.ctx, () => n, this.map);
        p.fill(n);
        return p;
      }),
    );
  }

  add(name: string, reference: string): XNamedItem {
    let made: FakeName | null = null;
    this.ctx.enqueue(() => (made = this.ctx.book.addName(this.map(), name, reference)));
    return new NamedItemProxy(this.ctx, () => made, this.map);
  }

  getItemOrNullObject(name: string): XNamedItem {
    return new NamedItemProxy(this.ctx, () => this.map().get(name.toLowerCase()) ?? null, this.map);
  }
}

export class NamedItemProxy extends Proxy<XNamedItem> implements XNamedItem {
  constructor(
    ctx: FakeContext,
    private readonly target: () => FakeName | null,
    private readonly map: () => Map<string, FakeName>,
  ) {
    super(ctx);
  }
  fill(n: FakeName): void {
    this.loaded.set("isNullObject", false);
    this.loaded.set("name", n.name);
    this.loaded.set("formula", n.formula);
    this.loaded.set("visible", n.visible);
  }
  protected snapshot(): void {
    const n = this.target();
    if (n) this.fill(n);
    else this.loaded.set("isNullObject", true);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v, () => (must(this.target(), "name").visible = v));
  }
  delete(): void {
    this.ctx.enqueue(() => this.map().delete(must(this.target(), "name").name.toLowerCase()));
  }
}

export class NoteCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(cellAddress: string, content: unknown): XNote {
    const key = cellKey(cellAddress);
    this.ctx.enqueue(() => this.sheet().addNote(key, String(content)));
    return new NoteProxy(this.ctx, this.sheet, key);
  }
  getItemOrNullObject(key: string): XNote {
    return new NoteProxy(this.ctx, this.sheet, cellKey(key));
  }
}

export class NoteProxy extends Proxy<XNote> implements XNote {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected snapshot(): void {
    const content = this.sheet().notes.get(this.key);
    this.loaded.set("isNullObject", content === undefined);
    this.loaded.set("content", content);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.write("content", v, () => this.sheet().notes.set(this.key, v));
  }
  delete(): void {
    this.ctx.enqueue(() => this.sheet().deleteNote(this.key));
  }
}

// ---------- ranges ----------

interface Target {
  sheet: FakeSheet;
  range: CellRange;
}

export class RangeProxy extends Proxy<XRange> implements XRange {
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;

  constructor(
    ctx: FakeContext,
    private readonly target: () => Target | null,
  ) {
    super(ctx);
    this.format = formatProxy(ctx, () => this.resolve());
    this.dataValidation = validationProxy(ctx, () => this.resolve());
  }

  resolve(): Target {
    return must(this.target(), "range");
  }

  protected snapshot(list: string[]): void {
    const t = this.target();
    this.loaded.set("isNullObject", t === null);
    if (!t) return;
    const { sheet, range } = t;
    const size = (range.r2 - range.r1 + 1) * (range.c2 - range.c1 + 1);
    for (const p of list) {
      if (p === "values" || p === "numberFormat") {
        if (size > 5_000_000)
          throw new OfficeError("ResponsePayloadSizeLimitExceeded", "Reading more than 5,000,000 cells");
        this.ctx.book.cellsRead += size;
        this.loaded.set(p, p === "values" ? sheet.values(range) : sheet.numberFormats(range));
      } else if (p === "address") this.loaded.set(p, sheet.address(range));
      else if (p === "rowIndex") this.loaded.set(p, range.r1);
      else if (p === "columnIndex") this.loaded.set(p, range.c1);
      else if (p === "rowCount") this.loaded.set(p, range.r2 - range.r1 + 1);
      else if (p === "columnCount") this.loaded.set(p, range.c2 - range.c1 + 1);
      else if (p === "rowHidden") this.loaded.set(p, sheet.rowsHidden(range.r1, range.r2));
      else if (p !== "isNullObject") throw new Error(`fake: loading Range.${p} is not modelled`);
    }
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  get values(): any[][] {
    return this.read("values");
  }
  set values(v: any[][]) {
    this.write(
      "values",
      v,
      () => {
        const { sheet, range } = this.resolve();
        sheet.setValues(range, v);
        this.ctx.changed(sheet, range);
      },
      v,
    );
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.write(
      "numberFormat",
      v,
      () => {
        const { sheet, range } = this.resolve();
        sheet.setNumberFormats(range, v);
      },
      v,
    );
  }

  merge(across?: boolean): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.resolve();
      sheet.merge(range, across);
    });
  }

  clear(applyTo: string = "All"): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.resolve();
      sheet.clear(range, applyTo);
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, range } = this.resolve();
      this.ctx.book.select(sheet, range);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange {
    return new RangeProxy(this.ctx, () => {
      const { sheet, range } = this.resolve();
      const used = sheet.used(!!valuesOnly, range);
      return used ? { sheet, range: used } : null;
    });
  }

  getMergedAreasOrNullObject(): XRangeAreas {
    const loaded = new Map<string, unknown>();
    const areas: XRangeAreas = {
      load: () => {
        this.ctx.enqueue(() => {
          if (!this.ctx.book.supports("1.13"))
            throw new OfficeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
          const { sheet, range } = this.resolve();
          const hits = sheet.mergedAreas(range) ?? [];
          loaded.set("isNullObject", hits.length === 0);
          loaded.set("address", hits.map((m) => sheet.address(m)).join(", "));
        });
        return areas;
      },
      get isNullObject() {
        if (!loaded.has("isNullObject")) throw notLoaded("isNullObject");
        return loaded.get("isNullObject") as boolean;
      },
      get address() {
        if (!loaded.has("address")) throw notLoaded("address");
        return loaded.get("address") as string;
      },
    };
    return areas;
  }
}

function formatProxy(ctx: FakeContext, t: () => Target): XRangeFormat {
  const each = (set: (cell: FakeCell) => void) => () => {
    const { sheet, range } = t();
    for (const [, , cell] of sheet.cellsIn(range)) set(cell);
  };
  const setter = (apply: (v: any) => () => void) => ({
    set: (v: unknown) => ctx.enqueue(apply(v)),
    get: () => {
      throw notLoaded("format");
    },
  });
  const font = {} as XRangeFormat["font"];
  Object.defineProperties(font, {
    bold: setter((v) => each((c) => (c.bold = v))),
    size: setter((v) => each((c) => (c.size = v))),
    color: setter((v) => each((c) => (c.color = v))),
    name: setter(() => () => undefined),
  });
  const fillLoaded = new Map<string, unknown>();
  const fill: XRangeFill = {
    load() {
      ctx.enqueue(() => {
        const { sheet, range } = t();
        const { color, pattern } = sheet.fillOf(range);
        fillLoaded.set("color", color);
        fillLoaded.set("pattern", pattern);
      });
      return fill;
    },
    get color() {
      if (!fillLoaded.has("color")) throw notLoaded("color");
      return fillLoaded.get("color") as string;
    },
    set color(v: string) {
      fillLoaded.set("color", v);
      ctx.enqueue(() => {
        const { sheet, range } = t();
        sheet.setFill(range, v);
      });
    },
    get pattern() {
      if (!fillLoaded.has("pattern")) throw notLoaded("pattern");
      return fillLoaded.get("pattern") as string;
    },
    clear() {
      ctx.enqueue(each((c) => delete c.fill));
    },
  };
  const format = {
    font,
    fill,
    borders: {
      getItem: (edge: string) => {
        const border = {} as { style: string; color: string };
        Object.defineProperties(border, {
          style: setter((v) => () => t().sheet.borders.push({ range: t().range, edge, style: v })),
          color: setter(() => () => undefined),
        });
        return border;
      },
    },
  } as unknown as XRangeFormat;
  Object.defineProperties(format, {
    columnWidth: setter((v) => () => {
      const { sheet, range } = t();
      for (let c = range.c1; c <= range.c2; c++) sheet.columnWidths.set(c, v);
    }),
    rowHeight: setter((v) => () => {
      const { sheet, range } = t();
      for (let r = range.r1; r <= range.r2; r++) sheet.rowHeights.set(r, v);
    }),
    horizontalAlignment: setter((v) => each((c) => (c.hAlign = v))),
    verticalAlignment: setter((v) => each((c) => (c.vAlign = v))),
    wrapText: setter((v) => each((c) => (c.wrap = v))),
  });
  return format;
}

function validationProxy(ctx: FakeContext, t: () => Target): XDataValidation {
  const at = (apply: (sheet: FakeSheet, range: CellRange) => void) => () => {
    const { sheet, range } = t();
    apply(sheet, range);
  };
  const loaded = new Map<string, unknown>();
  const dv = {
    clear: () => ctx.enqueue(at((sheet, range) => sheet.clearValidation(range))),
    load: () => {
      ctx.enqueue(
        at((sheet, range) => {
          const v = sheet.validationOf(range.r1, range.c1);
          loaded.set("type", v ? (v.rule.list ? "List" : v.rule.date ? "Date" : "Custom") : "None");
          loaded.set("prompt", v?.prompt ?? { message: "", showPrompt: false, title: "" });
        }),
      );
      return dv;
    },
  } as XDataValidation;
  const read = (prop: string) => {
    if (!loaded.has(prop)) throw notLoaded(prop);
    return loaded.get(prop);
  };
  const field = (set: (v: any) => () => void) => ({
    set: (v: unknown) => ctx.enqueue(set(v)),
    get: () => {
      throw notLoaded("dataValidation");
    },
  });
  Object.defineProperties(dv, {
    type: { get: () => read("type") },
    rule: field((rule: XDataValidationRule) => at((sheet, range) => sheet.setRule(range, rule, ctx.book.names))),
    errorAlert: field((v: FakeValidation["errorAlert"]) =>
      at((sheet, range) => (sheet.validationAt(range).errorAlert = v)),
    ),
    prompt: {
      set: (v: FakeValidation["prompt"]) => ctx.enqueue(at((sheet, range) => sheet.setPrompt(range, v!))),
      get: () => read("prompt"),
    },
    ignoreBlanks: field((v: boolean) => at((sheet, range) => (sheet.validationAt(range).ignoreBlanks = v))),
  });
  return dv;
}

// ---------- helpers ----------

function must<T>(v: T | null, what: string): T {
  if (v === null)
    throw new OfficeError("InvalidObjectPath", `The ${what} is a null object; check isNullObject before using it.`);
  return v;
}

export function parseAddress(address: string): CellRange {
  const bare = address.replace(/\$/g, "");
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const c1 = parseA1(`${cols[1]}1`)!.c;
    const c2 = parseA1(`${cols[2]}1`)!.c;
    return { r1: 0, c1, r2: MAX_ROWS - 1, c2 };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { r1: Number(rows[1]) - 1, c1: 0, r2: Number(rows[2]) - 1, c2: MAX_COLS - 1 };
  const [a, b = a] = bare.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q)
    throw new OfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (address ${address}).`,
    );
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

function cellKey(address: XRange | string): string {
  if (typeof address !== "string") throw new Error("fake: pass an address");
  const r = parseAddress(address.includes("!") ? address.slice(address.indexOf("!") + 1) : address);
  return a1(r.r1, r.c1);
}
