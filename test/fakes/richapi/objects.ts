/**
 * The Excel object model as the RichApi server sees it: each kind of object, what its properties
 * read and write, what its navigation properties, indexers and methods lead to. Names are the
 * protocol's (PascalCase: "Worksheets", "GetRange", "Values"); the behaviour is the workbook
 * model's (../excel/book.ts). Anything the host sends that is not here fails the test loudly as
 * "not modelled" rather than being answered by a guess.
 */
import { parseA1 } from "../../../src/core/sheet/address";
import type { CellRange } from "../../../src/core/sheet/types";
import {
  FakeSheet,
  MAX_COLS,
  MAX_ROWS,
  OfficeError,
  type FakeBook,
  type FakeName,
  type FakeValidation,
} from "../excel/book";

/** The objects that stand for a range of a sheet (a range, its format, its fill…). */
type RangeLike<T extends string> = { readonly t: T; readonly sheet: FakeSheet; readonly range: CellRange };

export type Obj =
  | { readonly t: "Workbook" }
  | { readonly t: "Application" }
  | { readonly t: "WorksheetCollection" }
  | { readonly t: "Worksheet"; readonly sheet: FakeSheet }
  | { readonly t: "WorksheetFreezePanes"; readonly sheet: FakeSheet }
  | { readonly t: "PageLayout"; readonly sheet: FakeSheet }
  | { readonly t: "AutoFilter"; readonly sheet: FakeSheet }
  | { readonly t: "NamedItemCollection"; readonly map: Map<string, FakeName> }
  | { readonly t: "NamedItem"; readonly map: Map<string, FakeName>; readonly item: FakeName }
  | RangeLike<"Range">
  | RangeLike<"RangeFormat">
  | RangeLike<"RangeFont">
  | RangeLike<"RangeFill">
  | RangeLike<"RangeBorderCollection">
  | RangeLike<"DataValidation">
  | { readonly t: "RangeBorder"; readonly sheet: FakeSheet; readonly range: CellRange; readonly edge: string }
  | { readonly t: "RangeAreas"; readonly sheet: FakeSheet; readonly areas: readonly CellRange[] };

type Kind = Obj["t"];
type Of<K extends Kind> = Extract<Obj, { t: K }>;

interface TypeDef<K extends Kind> {
  /** Scalar properties as a query returns them (PascalCase keys). */
  readonly get?: Record<string, (o: Of<K>, book: FakeBook) => unknown>;
  readonly set?: Record<string, (o: Of<K>, value: any, book: FakeBook) => void>;
  /** Navigation properties (ObjectPathType 4). */
  readonly nav?: Record<string, (o: Of<K>, book: FakeBook) => Obj>;
  /** Methods: those returning objects serve as object paths (type 3), the others as actions. */
  readonly methods?: Record<string, (o: Of<K>, args: any[], book: FakeBook) => Obj | null | unknown>;
  /** The indexer (ObjectPathType 5): collection[key]. */
  readonly indexer?: (o: Of<K>, key: any, book: FakeBook) => Obj;
  /** A collection's items, for `load("items/…")`. */
  readonly items?: (o: Of<K>, book: FakeBook) => Obj[];
  /** Properties a load without a list returns. */
  readonly defaults?: readonly string[];
}

const SHEET_RANGE: CellRange = { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 };

/** "A1:B2", "A:C", "3:5" as Range.getRange takes them. */
export function parseAddress(address: string): CellRange {
  const bare = address.replace(/\$/g, "").replace(/^.*!/, "");
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols) return { r1: 0, c1: parseA1(`${cols[1]}1`)!.c, r2: MAX_ROWS - 1, c2: parseA1(`${cols[2]}1`)!.c };
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

const rangeOf = (
  o: { sheet: FakeSheet; range: CellRange },
  t: "RangeFormat" | "RangeFont" | "RangeFill" | "RangeBorderCollection" | "DataValidation",
) => ({ t, sheet: o.sheet, range: o.range }) as Obj;

/** A validation's property as read for one range: the validation of its top-left cell. */
const validationOf = (o: { sheet: FakeSheet; range: CellRange }): FakeValidation | undefined =>
  o.sheet.validationOf(o.range.r1, o.range.c1);

const RULE_TYPES: Record<string, string> = {
  list: "List",
  date: "Date",
  custom: "Custom",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  time: "Time",
};

export const TYPES: { [K in Kind]: TypeDef<K> } = {
  Workbook: {
    nav: {
      Worksheets: () => ({ t: "WorksheetCollection" }),
      Names: (_, book) => ({ t: "NamedItemCollection", map: book.names }),
      Application: () => ({ t: "Application" }),
    },
    get: { PreviouslySaved: (_, book) => book.previouslySaved },
    methods: {
      Save: (_, [behavior], book) => book.save(behavior),
      GetSelectedRange: (_, __, book) => {
        const [name, address] = book.selection.split("!");
        return { t: "Range", sheet: book.mustSheet(name), range: parseAddress(address) };
      },
    },
  },
  Application: {
    methods: {
      SuspendScreenUpdatingUntilNextSync: () => undefined,
      SuspendApiCalculationUntilNextSync: () => undefined,
    },
  },
  WorksheetCollection: {
    items: (_, book) => book.sheets.map((sheet) => ({ t: "Worksheet", sheet })),
    indexer: (_, key, book) => ({ t: "Worksheet", sheet: book.mustSheet(String(key)) }),
    methods: {
      Add: (_, [name], book) => ({ t: "Worksheet", sheet: book.addSheet(name ?? undefined) }),
      GetItem: (_, [key], book) => ({ t: "Worksheet", sheet: book.mustSheet(String(key)) }),
      GetItemOrNullObject: (_, [key], book) => {
        const sheet = book.sheet(String(key));
        return sheet ? { t: "Worksheet", sheet } : null;
      },
      GetItemAt: (_, [index], book) => {
        const sheet = book.sheets[index];
        if (!sheet) throw new OfficeError("ItemNotFound", `No worksheet at ${index}`);
        return { t: "Worksheet", sheet };
      },
      GetActiveWorksheet: (_, __, book) => ({ t: "Worksheet", sheet: book.mustSheet(book.active) }),
    },
  },
  Worksheet: {
    defaults: ["Id", "Name", "Visibility", "Position"],
    get: {
      Id: (o) => o.sheet.id,
      Name: (o) => o.sheet.name,
      Visibility: (o) => o.sheet.visibility,
      Position: (o, book) => book.sheets.indexOf(o.sheet),
    },
    set: {
      Name: (o, v, book) => book.rename(o.sheet, String(v)),
      Visibility: (o, v, book) => book.setVisibility(o.sheet, String(v)),
    },
    nav: {
      Names: (o) => ({ t: "NamedItemCollection", map: o.sheet.names }),
      FreezePanes: (o) => ({ t: "WorksheetFreezePanes", sheet: o.sheet }),
      PageLayout: (o) => ({ t: "PageLayout", sheet: o.sheet }),
      AutoFilter: (o) => ({ t: "AutoFilter", sheet: o.sheet }),
    },
    methods: {
      GetRange: (o, [address]) => ({
        t: "Range",
        sheet: o.sheet,
        range: address ? parseAddress(address) : SHEET_RANGE,
      }),
      GetUsedRangeOrNullObject: (o, [valuesOnly]) => {
        const used = o.sheet.used(!!valuesOnly);
        return used ? { t: "Range", sheet: o.sheet, range: used } : null;
      },
      GetUsedRange: (o, [valuesOnly]) => ({
        t: "Range",
        sheet: o.sheet,
        range: o.sheet.used(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 },
      }),
      Activate: (o, _, book) => book.activate(o.sheet),
      Delete: (o, _, book) => book.deleteSheet(o.sheet),
    },
  },
  WorksheetFreezePanes: {
    methods: { FreezeRows: (o, [count]) => void (o.sheet.freezeRows = count ?? 1) },
  },
  PageLayout: {
    get: { Orientation: (o) => o.sheet.orientation, PaperSize: (o) => o.sheet.paperSize },
    set: { Orientation: (o, v) => void (o.sheet.orientation = v), PaperSize: (o, v) => void (o.sheet.paperSize = v) },
    methods: {
      SetPrintTitleRows: (o, [rows]) => void (o.sheet.printTitleRows = typeof rows === "string" ? rows : null),
    },
  },
  AutoFilter: {
    methods: { Apply: (o, [range]) => void (o.sheet.autoFilter = parseAddress(String(range))) },
  },
  NamedItemCollection: {
    items: (o) => [...o.map.values()].map((item) => ({ t: "NamedItem", map: o.map, item })),
    indexer: (o, key) => {
      const item = o.map.get(String(key).toLowerCase());
      if (!item) throw new OfficeError("ItemNotFound", `The name ${key} doesn't exist.`);
      return { t: "NamedItem", map: o.map, item };
    },
    methods: {
      Add: (o, [name, reference], book) => ({
        t: "NamedItem",
        map: o.map,
        item: book.addName(o.map, name, String(reference)),
      }),
      GetItemOrNullObject: (o, [name]) => {
        const item = o.map.get(String(name).toLowerCase());
        return item ? { t: "NamedItem", map: o.map, item } : null;
      },
    },
  },
  NamedItem: {
    defaults: ["Name", "Formula", "Visible"],
    get: {
      Name: (o) => o.item.name,
      Formula: (o) => o.item.formula,
      Visible: (o) => o.item.visible,
      Type: () => "Range",
    },
    set: { Visible: (o, v) => void (o.item.visible = !!v) },
    methods: { Delete: (o) => void o.map.delete(o.item.name.toLowerCase()) },
  },
  Range: {
    get: {
      Address: (o) => o.sheet.address(o.range),
      RowIndex: (o) => o.range.r1,
      ColumnIndex: (o) => o.range.c1,
      RowCount: (o) => o.range.r2 - o.range.r1 + 1,
      ColumnCount: (o) => o.range.c2 - o.range.c1 + 1,
      RowHidden: (o) => o.sheet.rowsHidden(o.range.r1, o.range.r2),
      Values: (o, book) => {
        book.cellsRead += cells(o.range);
        return o.sheet.values(o.range);
      },
      NumberFormat: (o, book) => {
        book.cellsRead += cells(o.range);
        return o.sheet.numberFormats(o.range);
      },
    },
    set: {
      Values: (o, v) => o.sheet.setValues(o.range, v),
      NumberFormat: (o, v) => o.sheet.setNumberFormats(o.range, v),
    },
    nav: { Format: (o) => rangeOf(o, "RangeFormat"), DataValidation: (o) => rangeOf(o, "DataValidation") },
    methods: {
      Merge: (o, [across]) => o.sheet.merge(o.range, !!across),
      Clear: (o, [applyTo]) => o.sheet.clear(o.range, applyTo ?? "All"),
      Select: (o, _, book) => book.select(o.sheet, o.range),
      GetUsedRangeOrNullObject: (o, [valuesOnly]) => {
        const used = o.sheet.used(!!valuesOnly, o.range);
        return used ? { t: "Range", sheet: o.sheet, range: used } : null;
      },
      GetRow: (o, [index]) => ({
        t: "Range",
        sheet: o.sheet,
        range: { ...o.range, r1: o.range.r1 + index, r2: o.range.r1 + index },
      }),
      GetBoundingRect: (o, [other]) => {
        const b = other as Of<"Range">;
        if (b.sheet !== o.sheet) throw new OfficeError("InvalidArgument", "The ranges are on different sheets.");
        const r = o.range;
        const q = b.range;
        return {
          t: "Range",
          sheet: o.sheet,
          range: {
            r1: Math.min(r.r1, q.r1),
            c1: Math.min(r.c1, q.c1),
            r2: Math.max(r.r2, q.r2),
            c2: Math.max(r.c2, q.c2),
          },
        };
      },
      // The client library sends this before it writes a large array in pieces of 1,500 cells.
      _ValidateArraySize: (o, [rows, columns]) => {
        if (rows !== o.range.r2 - o.range.r1 + 1 || columns !== o.range.c2 - o.range.c1 + 1)
          throw new OfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
      },
      GetMergedAreasOrNullObject: (o, _, book) => {
        if (!book.supports("1.13"))
          throw new OfficeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
        const areas = o.sheet.mergedAreas(o.range);
        return areas ? { t: "RangeAreas", sheet: o.sheet, areas } : null;
      },
    },
  },
  RangeAreas: {
    get: { Address: (o) => o.areas.map((a) => o.sheet.address(a)).join(","), AreaCount: (o) => o.areas.length },
  },
  RangeFormat: {
    set: {
      ColumnWidth: (o, v) => {
        for (let c = o.range.c1; c <= o.range.c2; c++) o.sheet.columnWidths.set(c, v);
      },
      RowHeight: (o, v) => {
        for (let r = o.range.r1; r <= o.range.r2; r++) o.sheet.rowHeights.set(r, v);
      },
      HorizontalAlignment: (o, v) => o.sheet.each(o.range, (c) => (c.hAlign = v)),
      VerticalAlignment: (o, v) => o.sheet.each(o.range, (c) => (c.vAlign = v)),
      WrapText: (o, v) => o.sheet.each(o.range, (c) => (c.wrap = v)),
    },
    nav: {
      Font: (o) => rangeOf(o, "RangeFont"),
      Fill: (o) => rangeOf(o, "RangeFill"),
      Borders: (o) => rangeOf(o, "RangeBorderCollection"),
    },
  },
  RangeFont: {
    set: {
      Bold: (o, v) => o.sheet.each(o.range, (c) => (c.bold = v)),
      Size: (o, v) => o.sheet.each(o.range, (c) => (c.size = v)),
      Color: (o, v) => o.sheet.each(o.range, (c) => (c.color = v)),
      Name: () => undefined,
    },
  },
  RangeFill: {
    get: { Color: (o) => o.sheet.fillOf(o.range).color, Pattern: (o) => o.sheet.fillOf(o.range).pattern },
    set: { Color: (o, v) => o.sheet.setFill(o.range, String(v)) },
    methods: { Clear: (o) => o.sheet.each(o.range, (c) => delete c.fill) },
  },
  RangeBorderCollection: {
    indexer: (o, edge) => ({ t: "RangeBorder", sheet: o.sheet, range: o.range, edge: String(edge) }),
    methods: { GetItem: (o, [edge]) => ({ t: "RangeBorder", sheet: o.sheet, range: o.range, edge: String(edge) }) },
  },
  RangeBorder: {
    set: {
      Style: (o, v) => void o.sheet.borders.push({ range: o.range, edge: o.edge, style: v }),
      Color: () => undefined,
    },
  },
  DataValidation: {
    get: {
      Type: (o) => {
        const v = validationOf(o);
        const kind = v && Object.keys(v.rule).find((k) => RULE_TYPES[k]);
        return kind ? RULE_TYPES[kind] : "None";
      },
      Prompt: (o) => validationOf(o)?.prompt ?? { message: "", showPrompt: false, title: "" },
      ErrorAlert: (o) => validationOf(o)?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" },
      IgnoreBlanks: (o) => validationOf(o)?.ignoreBlanks ?? true,
      Rule: (o) => validationOf(o)?.rule ?? {},
    },
    set: {
      Rule: (o, v, book) => o.sheet.setRule(o.range, v, book.names),
      Prompt: (o, v) => o.sheet.setPrompt(o.range, v),
      ErrorAlert: (o, v) => void (o.sheet.validationAt(o.range).errorAlert = v),
      IgnoreBlanks: (o, v) => void (o.sheet.validationAt(o.range).ignoreBlanks = v),
    },
    methods: { Clear: (o) => o.sheet.clearValidation(o.range) },
  },
};

function cells(r: CellRange): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}
