/** The hosts under test, each with an Inspector over its workbook. */
import { parseA1 } from "../../src/core/sheet/address";
import { NOTE_PREFIX } from "../../src/hosts/host";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { MemoryWorkbookHost } from "../../src/hosts/file/memory-host";
import { WpsHost } from "../../src/hosts/wps/wps-host";
import { EtFake } from "../fakes/wps/et";
import { FakeBook } from "../fakes/excel/book";
import { fakeExcelApi } from "../fakes/excel/context";
import { protocolExcelApi, type ServedScript } from "../fakes/richapi/client";
import type { HostUnderTest } from "./contract";

/** Looks at a FakeBook the way a user would: both fakes keep their state in one. */
function bookInspector(book: FakeBook, readsMerges: boolean): HostUnderTest["inspect"] {
  const at = (sheet: string, cell: string) => {
    const p = parseA1(cell)!;
    return book.sheet(sheet)!.peek(p.r, p.c);
  };
  return {
    paintsMarks: true,
    readsMerges,
    fill: (sheet, cell) => at(sheet, cell)?.fill?.replace("#", "") ?? null,
    userFill: (sheet, cell, rgb) => {
      const p = parseA1(cell)!;
      book.sheet(sheet)!.cell(p.r, p.c).fill = `#${rgb}`;
    },
    markText: (sheet, cell) => {
      const p = parseA1(cell)!;
      const prompt = book.sheet(sheet)!.validationOf(p.r, p.c)?.prompt?.message;
      return book.sheet(sheet)!.notes.get(cell) ?? (prompt?.startsWith(NOTE_PREFIX) ? prompt : null);
    },
    prompt: (sheet, cell) => {
      const p = parseA1(cell)!;
      return book.sheet(sheet)!.validationOf(p.r, p.c)?.prompt?.message ?? null;
    },
    selection: () => book.selection,
    validation: (sheet, cell) => {
      const p = parseA1(cell)!;
      const v = book
        .sheet(sheet)!
        .validations.find((x) => p.r >= x.range.r1 && p.r <= x.range.r2 && p.c >= x.range.c1 && p.c <= x.range.c2);
      if (!v) return null;
      const alert = v.errorAlert?.style === "Warning" ? "warning" : "stop";
      return v.rule.list ? { kind: "list", source: String(v.rule.list.source), alert } : { kind: "date" };
    },
    hideRows: (sheet, rows) => rows.forEach((r) => book.sheet(sheet)!.hiddenRows.add(r)),
    freezeRows: (sheet) => book.sheet(sheet)!.freezeRows,
    printTitleRows: (sheet) => book.sheet(sheet)!.printTitleRows,
  };
}

export function excelUnderTest(book = new FakeBook()): HostUnderTest & { book: FakeBook; host: ExcelHost } {
  return { book, host: new ExcelHost(fakeExcelApi(book)), inspect: bookInspector(book, book.supports("1.13")) };
}

/** The Excel host on Microsoft's own client library (the script dist/office/ serves), over the RichApi fake. */
export function protocolUnderTest(
  book = new FakeBook(),
  script: ServedScript = "excel-web-16.00.js",
): HostUnderTest & { book: FakeBook; host: ExcelHost } {
  return {
    book,
    host: new ExcelHost(protocolExcelApi(book, script)),
    inspect: bookInspector(book, book.supports("1.13")),
  };
}

export function wpsUnderTest(): HostUnderTest & { et: EtFake; book: FakeBook; host: WpsHost } {
  const et = new EtFake();
  return { et, book: et.book, host: new WpsHost(et), inspect: bookInspector(et.book, true) };
}

export function fileUnderTest(): HostUnderTest & { host: MemoryWorkbookHost } {
  const host = new MemoryWorkbookHost();
  const fills = new Map<string, string>();
  const sheetOf = (name: string) => host.model().sheets.find((s) => s.name === name)!;
  return {
    host,
    inspect: {
      paintsMarks: false,
      readsMerges: true,
      fill: (sheet, cell) => fills.get(`${sheet}!${cell}`) ?? null,
      userFill: (sheet, cell, rgb) => fills.set(`${sheet}!${cell}`, rgb),
      markText: () => null,
      prompt: () => null,
      selection: () => host.selection ?? "",
      validation: (sheet, cell) => {
        const p = parseA1(cell)!;
        const v = sheetOf(sheet).validations?.find(
          (x) => p.r >= x.range.r1 && p.r <= x.range.r2 && p.c >= x.range.c1 && p.c <= x.range.c2,
        );
        if (!v) return null;
        return v.kind === "list"
          ? { kind: "list", source: `=${v.listName}`, alert: v.alert ?? "stop" }
          : { kind: "date" };
      },
      hideRows: (sheet, rows) => host.hideRows(sheet, rows),
      freezeRows: (sheet) => sheetOf(sheet).freezeRows ?? 0,
      printTitleRows: (sheet) => {
        const p = sheetOf(sheet).printTitleRows;
        return p ? `$${p[0] + 1}:$${p[1] + 1}` : null;
      },
    },
  };
}
