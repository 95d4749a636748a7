/**
 * Round trips and Excel on the web's limits, measured through Microsoft's own client library (the
 * script dist/office/ serves) against the RichApi fake: request and response sizes are the bytes the
 * library really serialises and the fake answers.
 */
import { describe, expect, it } from "@jest/globals";
import { BUILTIN_ANNEXES, buildTemplates, merge, summaryModel } from "../../src/core";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { validateWorkbook } from "../../src/app/workbook/validate-workbook";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { READ_CELLS } from "../../src/hosts/excel/read-sheets";
import { MARKS_PER_SYNC } from "../../src/hosts/excel/marks";
import type { IssueMark } from "../../src/hosts/host";
import { schema, CHECK, FORMS } from "../helpers/sheets";
import { FakeBook } from "../fakes/excel/book";
import { protocolExcelApi } from "../fakes/richapi/client";
import { protocolUnderTest } from "./under-test";
import { plainModel } from "./contract";

const LIMIT = 5 * 1024 * 1024;
const talksSheet = (n: number, name = "附件2") =>
  plainModel(returnSheet(schema("talks"), talkRows(random(n), "办公室", n), { unit: "办公室", sheetName: name }));

describe("Excel host round trips (through the served office.js)", () => {
  it("inserts all five templates in at most 3 syncs and one Excel.run", async () => {
    const { host, book } = protocolUnderTest();
    await host.insertSheets(buildTemplates(BUILTIN_ANNEXES));
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.runs).toBe(1);
  });

  it("saves the roster and the request together in one Excel.run of at most 3 syncs", async () => {
    const { host, book } = protocolUnderTest();
    await host.saveSettings({ roster: "办公室\n法规科", request: JSON.stringify({ title: "第一季度报送" }) });
    expect(book.runs).toBe(1);
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(await host.loadSetting("roster")).toBe("办公室\n法规科");
    expect(JSON.parse((await host.loadSetting("request"))!)).toEqual({ title: "第一季度报送" });
  });

  it.each([10, 1000, 20000])(
    "reads a sheet of %i rows in one request for its size and one per block of cells",
    async (n) => {
      const { host, book } = protocolUnderTest();
      await host.insertSheets(talksSheet(n));
      const before = { syncs: book.syncs, response: book.largestResponse };
      const [sheet] = await host.readSheets(["附件2"]);
      const cells = (n + 5) * schema("talks").columns.length;
      expect(book.syncs - before.syncs).toBeLessThanOrEqual(1 + Math.ceil(cells / READ_CELLS));
      expect(sheet.rows.length).toBeGreaterThanOrEqual(n + 4);
      expect(book.largestResponse).toBeLessThan(LIMIT);
    },
  );

  it("finds hidden rows of a 20,000-row sheet in a request a round, four rounds at most (none hidden: no request)", async () => {
    const { host, book } = protocolUnderTest();
    await host.insertSheets(talksSheet(20_000));
    const syncsOf = async () => {
      const before = book.syncs;
      const [sheet] = await host.readSheets(["附件2"]);
      return { sheet, syncs: book.syncs - before };
    };
    const shown = await syncsOf();
    expect(shown.sheet.hiddenRows).toBeUndefined();
    const hidden = [100, ...Array.from({ length: 11 }, (_, i) => 5000 + i), 19_000];
    for (const r of hidden) book.sheet("附件2")!.hiddenRows.add(r);
    const { sheet, syncs } = await syncsOf();
    expect(sheet.hiddenRows).toEqual(hidden);
    // 20,005 rows cut in 16 parts a round: 1,251, 79, 5, 1 rows a part.
    expect(syncs - shown.syncs).toBeGreaterThanOrEqual(1);
    expect(syncs - shown.syncs).toBeLessThanOrEqual(4);
    expect(book.largestResponse).toBeLessThan(LIMIT);
  });

  it("a block whose answer is too large is read again in halves: nothing lost, no answer over the limit", async () => {
    const book = new FakeBook(18, 300_000);
    const host = new ExcelHost(protocolExcelApi(book), { chunkBytes: 100_000 });
    await host.insertSheets(talksSheet(3000));
    const [sheet] = await host.readSheets(["附件2"]);
    expect(sheet.rows.length).toBe(3005);
    const talkers = sheet.rows.slice(4, 3004).map((r) => r[1]);
    expect(talkers.filter((t) => typeof t === "string" && t.length >= 2)).toHaveLength(3000);
    expect(book.largestResponse).toBeLessThanOrEqual(300_000);
    expect(book.refused).toBeGreaterThan(0);
  });

  it("writes a 15,000-row summary in 2 syncs plus one per chunk, every request and answer under 5 MB", async () => {
    const book = new FakeBook();
    const { host } = protocolUnderTest(book);
    const units = Array.from({ length: 50 }, (_, i) => `单位${i + 1}`);
    const returns = units.map((unit, i) => ({
      file: `${unit}.xlsx`,
      sheets: [returnSheet(schema("talks"), talkRows(random(i), unit, 300), { unit })],
    }));
    const model = summaryModel(merge(returns, { schemas: FORMS, roster: units }));
    const total = model.sheets.find((s) => s.name.includes("大谈话"))!.rows.length;
    expect(total).toBeGreaterThan(15_000);
    let chunks = 0;
    await host.insertSheets(model, { replace: true, onProgress: (_, n) => (chunks = n) });
    expect(book.syncs).toBeLessThanOrEqual(2 + chunks);
    expect(book.largestRequest).toBeLessThan(LIMIT);
    const [read] = await host.readSheets(["汇总 附件2 大谈话统计表"]);
    expect(read.rows.length).toBe(total);
    expect(book.largestResponse).toBeLessThan(LIMIT);
  });

  it("splits values into more chunks when the request limit is small, and never exceeds it", async () => {
    const book = new FakeBook(18, 400_000);
    const host = new ExcelHost(protocolExcelApi(book), { chunkBytes: 150_000 });
    let chunks = 0;
    await host.insertSheets(talksSheet(3000, "大表"), { onProgress: (_, n) => (chunks = n) });
    expect(chunks).toBeGreaterThan(1);
    expect(book.syncs).toBe(2 + chunks);
    expect(book.largestRequest).toBeLessThanOrEqual(400_000);
  });

  it("the fake refuses a request over the limit with Excel's error code (so the chunking above is what keeps it under)", async () => {
    const book = new FakeBook(18, 200_000);
    const host = new ExcelHost(protocolExcelApi(book), { chunkBytes: 10_000_000 });
    await expect(host.insertSheets(talksSheet(3000, "大表"))).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });

  it("Microsoft's library throws when a property is read before load and sync", async () => {
    const book = new FakeBook();
    await expect(
      protocolExcelApi(book).run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        ws.load("name");
        return ws.name;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("what the served script lacks", () => {
  it("has no worksheet.notes although the host supports ExcelApi 1.18: a call fails there, so the host asks the script too", async () => {
    const book = new FakeBook(18);
    const api = protocolExcelApi(book);
    expect(api.isSetSupported("1.18")).toBe(true);
    expect(api.clientHas("Worksheet", "notes")).toBe(false);
    expect(api.clientHas("Range", "getMergedAreasOrNullObject")).toBe(true);
    await expect(
      api.run(async (ctx) => {
        (
          ctx.workbook.worksheets.getItem("Sheet1") as unknown as { notes: { add(a: string, c: string): void } }
        ).notes.add("A1", "x");
        await ctx.sync();
      }),
    ).rejects.toThrow(TypeError);
  });
});

describe("Excel host: marking issues", () => {
  it("marks issues on every annex sheet in one Excel.run of at most 4 syncs", async () => {
    const { host, book } = protocolUnderTest();
    await host.insertSheets(buildTemplates(BUILTIN_ANNEXES));
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

  it("paints 2,000 marks with every request under 5 MB, and clears them all", async () => {
    const { host, book } = protocolUnderTest();
    await host.insertSheets(talksSheet(400));
    const marks: IssueMark[] = [];
    for (let r = 5; marks.length < 2000; r++)
      for (const col of "BCDE") marks.push({ cell: `${col}${r}`, severity: "error", message: `第 ${r} 行有误` });
    const before = book.syncs;
    await host.showIssues(new Map([["附件2", marks]]));
    expect(book.largestRequest).toBeLessThan(LIMIT);
    expect(book.syncs - before).toBeLessThanOrEqual(2 + 2 * Math.ceil(2000 / MARKS_PER_SYNC));
    const sheet = book.sheet("附件2")!;
    expect(sheet.peek(4, 1)?.fill).toBe("#FFC7CE");
    expect(sheet.validationOf(4, 1)?.prompt?.message).toBe("汇表助手：第 5 行有误");
    await host.clearIssues();
    expect(sheet.peek(4, 1)?.fill).toBeUndefined();
    expect(sheet.validationOf(4, 1)).toBeUndefined();
    expect(book.largestRequest).toBeLessThan(LIMIT);
  });
});

describe("Excel host: merged areas", () => {
  it("reads a sheet with more than 512 merged areas (getMergedAreasOrNullObject fails above 512)", async () => {
    const { host, book } = protocolUnderTest();
    const rows = Array.from({ length: 1200 }, (_, r) => [`甲${r}`, null, `乙${r}`]);
    const merges = rows.map((_, r) => ({ r1: r, c1: 0, r2: r, c2: 1 }));
    await host.insertSheets({
      sheets: [{ name: "合并", rows: rows.map((row) => row.map((v) => (v ? { v } : null))), merges, widths: [] }],
      names: [],
    });
    expect(() => book.sheet("合并")!.mergedAreas({ r1: 0, c1: 0, r2: 1199, c2: 2 })).toThrow(/512/);
    const [sheet] = await host.readSheets(["合并"]);
    expect(sheet.merges).toHaveLength(1200);
    expect(sheet.merges[1199]).toEqual({ r1: 1199, c1: 0, r2: 1199, c2: 1 });
  });
});

describe("Excel host: replacing a summary", () => {
  it("works when the old summary is the workbook's only visible sheet", async () => {
    const { host, book } = protocolUnderTest();
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

describe("Excel host: column widths", () => {
  it("sets widths in points, about 5.75 per character (Excel's 8.43-character default column is 48 points)", async () => {
    const { host, book } = protocolUnderTest();
    await host.insertSheets(buildTemplates([schema("talks")]));
    const widths = book.sheet("附件2 大谈话统计表")!.columnWidths;
    expect(widths.get(1)).toBeCloseTo(schema("talks").columns[1].width * 5.75);
    expect(widths.get(1)! / 10).toBeLessThan(6);
  });
});

describe("a used range stretched by a stray value (Excel's getUsedRange(valuesOnly) of a range: the box of its values)", () => {
  const withStray = async (at: [number, number, string][]) => {
    const { host, book } = protocolUnderTest();
    await host.insertSheets(talksSheet(30));
    const sheet = book.sheet("附件2")!;
    for (const [r, c, v] of at) sheet.cell(r, c).value = v;
    return { host, book };
  };

  it("XFD1048576 beside a form of 30 rows: the form read in a few requests, the value set aside", async () => {
    const { host, book } = await withStray([[1_048_575, 16_383, "已核对"]]);
    const before = { syncs: book.syncs, cells: book.cellsRead };
    const [sheet] = await host.readSheets(["附件2"]);
    expect(sheet.rows.length).toBe(35);
    expect(sheet.rows[4][1]).toEqual(expect.any(String));
    expect(sheet.beyond).toEqual([{ r: 1_048_575, c: 16_383, value: "已核对" }]);
    expect(book.cellsRead - before.cells).toBeLessThan(2_000);
    expect(book.syncs - before.syncs).toBeLessThanOrEqual(6);
  });

  it("a value at the foot of the sheet (A1048576) stays in the rows, as the file reader keeps it", async () => {
    const { host } = await withStray([
      [1_048_575, 0, "底部"],
      [4, 16_383, "备注"],
    ]);
    const [sheet] = await host.readSheets(["附件2"]);
    expect(sheet.rows.length).toBe(1_048_576);
    expect(sheet.rows[1_048_575]).toEqual(["底部"]);
    expect(sheet.rows[4].length).toBe(schema("talks").columns.length);
    expect(sheet.beyond).toEqual([{ r: 4, c: 16_383, value: "备注" }]);
  });

  it("values scattered over the whole sheet are refused with the sheet, its range and what to do", async () => {
    const scattered = Array.from({ length: 1000 }, (_, i): [number, number, string] => [40 + i * 1000, i * 16, "x"]);
    const { host } = await withStray(scattered);
    await expect(host.readSheets(["附件2"])).rejects.toThrow(
      /工作表「附件2」的已用区域 A1:\w+\d+ 太大，内容又分散在各处，无法读取：请按 Ctrl\+End/,
    );
  });
});
