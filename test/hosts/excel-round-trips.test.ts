import { describe, expect, it } from "@jest/globals";
import { BUILTIN_ANNEXES, buildTemplates, merge, summaryModel } from "../../src/core";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { schema, CHECK, FORMS } from "../helpers/sheets";
import { FakeBook } from "../fakes/excel/book";
import { excelUnderTest } from "./under-test";
import { plainModel } from "./contract";

/** Round trips to Excel are what makes an add-in slow: the targets are asserted here. */
describe("Excel host round trips", () => {
  it("inserts all five templates in at most 3 syncs and one Excel.run", async () => {
    const { host, book } = excelUnderTest();
    await host.insertSheets(buildTemplates(BUILTIN_ANNEXES));
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.runs).toBe(1);
  });

  it.each([10, 1000, 20000])("validates a sheet of %i rows in at most 2 syncs", async (n) => {
    const { host, book } = excelUnderTest();
    const rows = talkRows(random(n), "办公室", n);
    await host.insertSheets(plainModel(returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "附件2" })));
    const before = book.syncs;
    const [sheet] = await host.readSheets(["附件2"]);
    expect(book.syncs - before).toBeLessThanOrEqual(2);
    expect(sheet.rows.length).toBeGreaterThanOrEqual(n + 4);
  });

  it("writes a 10,000-row summary in 2 syncs plus one per chunk, each request under 5 MB", async () => {
    const book = new FakeBook();
    const { host } = excelUnderTest(book);
    const units = Array.from({ length: 50 }, (_, i) => `单位${i + 1}`);
    const returns = units.map((unit, i) => ({
      file: `${unit}.xlsx`,
      sheets: [returnSheet(schema("talks"), talkRows(random(i), unit, 200), { unit })],
    }));
    const model = summaryModel(merge(returns, { schemas: FORMS, roster: units }));
    const total = model.sheets.find((s) => s.name.includes("大谈话"))!.rows.length;
    expect(total).toBeGreaterThan(10_000);
    let chunks = 0;
    await host.insertSheets(model, { replace: true, onProgress: (_, n) => (chunks = n) });
    expect(book.syncs).toBeLessThanOrEqual(2 + chunks);
    expect(book.largestRequest).toBeLessThan(5 * 1024 * 1024);
    const [read] = await host.readSheets(["汇总 附件2 大谈话统计表"]);
    expect(read.rows.length).toBe(total);
  });

  it("splits values into more chunks when the request limit is small, and never exceeds it", async () => {
    const book = new FakeBook(18, 200_000);
    const { ExcelHost } = await import("../../src/hosts/excel/excel-host");
    const { fakeExcelApi } = await import("../fakes/excel/context");
    const host = new ExcelHost(fakeExcelApi(book), { chunkBytes: 150_000 });
    const rows = talkRows(random(3), "办公室", 3000);
    let chunks = 0;
    await host.insertSheets(plainModel(returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "大表" })), {
      onProgress: (_, n) => (chunks = n),
    });
    expect(chunks).toBeGreaterThan(1);
    expect(book.syncs).toBe(2 + chunks);
    expect(book.largestRequest).toBeLessThanOrEqual(200_000);
  });

  it("the fake refuses a request over the limit (so the chunking above is what keeps it under)", async () => {
    const book = new FakeBook(18, 200_000);
    const { ExcelHost } = await import("../../src/hosts/excel/excel-host");
    const { fakeExcelApi } = await import("../fakes/excel/context");
    const host = new ExcelHost(fakeExcelApi(book), { chunkBytes: 10_000_000 });
    const rows = talkRows(random(3), "办公室", 3000);
    await expect(
      host.insertSheets(plainModel(returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "大表" }))),
    ).rejects.toThrow(/payload size/);
  });

  it("the fake throws when a property is read before load and sync", async () => {
    const { book } = excelUnderTest();
    const { fakeExcelApi } = await import("../fakes/excel/context");
    await expect(
      fakeExcelApi(book).run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        ws.load("name");
        return ws.name;
      }),
    ).rejects.toThrow(/not available/);
  });
});

describe("Excel host: marking issues", () => {
  it("marks issues on every annex sheet in one Excel.run of at most 4 syncs", async () => {
    const { host, book } = excelUnderTest();
    await host.insertSheets(buildTemplates(BUILTIN_ANNEXES));
    const { validateWorkbook } = await import("../../src/app/workbook/validate-workbook");
    const before = { syncs: book.syncs, runs: book.runs };
    const result = await validateWorkbook(host, CHECK);
    const readRuns = book.runs - before.runs;
    const readSyncs = book.syncs - before.syncs;
    const marked = await validateWorkbook(host, { ...CHECK, mark: true });
    expect(marked.sheets.length).toBeGreaterThanOrEqual(4);
    expect(result.errors).toBeGreaterThan(0);
    expect(book.runs - before.runs - 2 * readRuns).toBe(1);
    expect(book.syncs - before.syncs - 2 * readSyncs).toBeLessThanOrEqual(4);
  });
});

describe("Excel host: replacing a summary", () => {
  it("works when the old summary is the workbook's only visible sheet", async () => {
    const { host, book } = excelUnderTest();
    const returns = [
      {
        file: "办公室.xlsx",
        sheets: [returnSheet(schema("talks"), talkRows(random(1), "办公室", 3), { unit: "办公室" })],
      },
    ];
    const model = summaryModel(merge(returns, { schemas: FORMS, roster: ["办公室"] }));
    await host.insertSheets({ ...model, sheets: model.sheets.slice(0, 1) }, { replace: true });
    book.sheets.splice(0, book.sheets.length, ...book.sheets.filter((s) => s.name === "汇总概况"));
    await host.insertSheets({ ...model, sheets: model.sheets.slice(0, 1) }, { replace: true });
    expect(book.sheets.map((s) => s.name)).toEqual(["汇总概况"]);
  });
});
