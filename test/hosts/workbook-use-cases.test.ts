import { describe, expect, it } from "@jest/globals";
import { BUILTIN_ANNEXES } from "../../src/core";
import { annexPresence, insertTemplates } from "../../src/app/workbook/templates";
import { marksOf, validateAndSave, validateWorkbook } from "../../src/app/workbook/validate-workbook";
import { MAX_MARKS_PER_SHEET } from "../../src/hosts/host";
import { LiveValidator } from "../../src/app/workbook/live";
import { FakeBook } from "../fakes/excel/book";
import { fakeExcelApi } from "../fakes/excel/context";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { excelUnderTest, protocolUnderTest } from "./under-test";
import { schema, talk, CHECK, FORMS } from "../helpers/sheets";

/** Types rows into the 附件2 template as a user would (row 5 on), through the fake workbook. */
function typeRows(book: FakeBook, sheet: string, rows: (string | number | null)[][]): void {
  rows.forEach((row, i) => row.forEach((v, c) => v !== null && (book.sheet(sheet)!.cell(4 + i, c).value = v)));
}

const SHEET = "附件2 大谈话统计表";

describe.each([
  ["the office.js we serve (marks as validation prompts)", protocolUnderTest],
  ["a current client library (marks as notes)", excelUnderTest],
])("workbook use cases on the Excel host, %s", (_name, under) => {
  it("says which annexes the workbook has", async () => {
    const { host } = under(new FakeBook());
    await insertTemplates(host, [schema("talks"), schema("research")], FORMS);
    const presence = await annexPresence(host, BUILTIN_ANNEXES);
    expect(presence.map((p) => p.sheets.length)).toEqual([0, 1, 1, 0, 0]);
  });

  it("validates the typed rows, names the wrong cells and marks them", async () => {
    const { host, book, inspect } = under(new FakeBook());
    await insertTemplates(host, [schema("talks")], FORMS);
    book.sheet(SHEET)!.cell(2, 2).value = "办公室";
    typeRows(book, SHEET, [
      talk(1) as (string | number)[],
      talk(2, { date: "2023年23月底前" }) as (string | number)[],
      talk(3, { type: "闲聊" }) as (string | number)[],
    ]);
    const result = await validateWorkbook(host, { ...CHECK, mark: true });
    expect(result.sheets).toHaveLength(1);
    const cells = result.sheets[0].issues.map((i) => `${i.code}@${i.cell}`);
    expect(cells).toContain("date@G6");
    expect(cells.some((c) => c.endsWith("@I7"))).toBe(true);
    expect(book.sheet(SHEET)!.peek(5, 6)?.fill).toBe("#FFC7CE");
    expect(inspect.markText(SHEET, "G6")).toMatch(/^汇表助手：「2023年23月底前」中的月份 23 不存在/);
  });

  it("validates a 申报表 filled in standing up, naming and marking the cells where they stand", async () => {
    const { host, book } = under(new FakeBook());
    const ws = book.addSheet("申报表");
    const rows: (string | null)[][] = [
      ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
      ["填报单位：水生态环境科"],
      ["课题名称", "洞庭湖水质提升路径调研", "黑臭水体整治成效调研"],
      ["调研目的", "摸清入湖污染负荷", null],
      ["调研安排", "3月走访", "5月成文"],
      ["牵头领导", "王局长", "李局长"],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.cell(r, c).value = v)));
    const result = await validateWorkbook(host, { ...CHECK, mark: true });
    expect(result.sheets.map((s) => [s.sheet, s.annex.id, s.unit, s.rows])).toEqual([
      ["申报表", "research", "水生态环境科", 2],
    ]);
    expect(result.sheets[0].issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.cell}`)).toEqual([
      "required@C4",
    ]);
    expect(book.sheet("申报表")!.peek(3, 2)?.fill).toBe("#FFC7CE");
  });

  it("校验并保存 saves a clean workbook, refuses one with errors unless the user confirms", async () => {
    const { host, book } = under(new FakeBook());
    await insertTemplates(host, [schema("talks")], FORMS);
    book.sheet(SHEET)!.cell(2, 2).value = "办公室";
    typeRows(book, SHEET, [talk(1) as (string | number)[]]);
    expect((await validateAndSave(host, CHECK, async () => false)).outcome).toBe("saved");
    expect(book.saves).toBe(1);
    typeRows(book, SHEET, [talk(1, { date: "2023-02-30" }) as (string | number)[]]);
    const refused = await validateAndSave(host, CHECK, async () => false);
    expect(refused.outcome).toBe("cancelled");
    expect(refused.validation.errors).toBeGreaterThan(0);
    expect(book.saves).toBe(1);
    expect((await validateAndSave(host, CHECK, async () => true)).outcome).toBe("saved");
    expect(book.saves).toBe(2);
    expect(book.saveLog).toEqual(["its own file", "its own file"]);
  });

  it("a workbook never saved is saved through the Save As dialog, not under a default name", async () => {
    const book = new FakeBook();
    book.previouslySaved = false;
    book.defaultFileExists = true;
    const { host } = under(book);
    expect((await validateAndSave(host, CHECK, async () => true)).outcome).toBe("saved");
    expect(book.saveLog).toEqual(["chosen in Save As"]);
  });

  it("a Save As the user cancels is reported as not saved", async () => {
    const book = new FakeBook();
    book.previouslySaved = false;
    book.promptAnswer = "cancel";
    const { host } = under(book);
    expect((await validateAndSave(host, CHECK, async () => true)).outcome).toBe("refused");
    expect(book.saves).toBe(0);
  });

  it("cannot save below ExcelApi 1.11 and says so", async () => {
    const { host } = under(new FakeBook(10));
    await insertTemplates(host, [schema("talks")], FORMS);
    expect((await validateAndSave(host, CHECK, async () => true)).outcome).toBe("unsupported");
  });

  it("validation reads a large data sheet's top rows only, and still finds the annex sheets", async () => {
    const { host, book } = under(new FakeBook());
    await insertTemplates(host, [schema("talks")], FORMS);
    const big = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => ({ v: r * 10 + c })));
    await host.insertSheets({ sheets: [{ name: "原始数据", rows: big, merges: [], widths: [] }], names: [] });
    book.cellsRead = 0;
    const result = await validateWorkbook(host, CHECK);
    expect(result.sheets.map((s) => s.sheet)).toEqual([SHEET]);
    expect(book.cellsRead).toBeLessThan(20_000);
  });
});

/**
 * Change events: the office.js we serve registers them through the Office host bridge, which the
 * RichApi fake (a plain URL endpoint) cannot reach, so these run on the proxy fake that raises them.
 */
describe("live validation (Excel change events, on the proxy fake)", () => {
  it.each([18, 13])(
    "validates edited rows live and keeps the other rows' issues; its own writes are not edits (ExcelApi 1.%i)",
    async (minor) => {
      const book = new FakeBook(minor);
      let now = 0;
      const host = new ExcelHost(fakeExcelApi(book), { now: () => now });
      const early: string[][] = [];
      const watcher = new LiveValidator(
        host,
        () => CHECK,
        (r) => early.push(r.issues.map((i) => i.cell)),
        10_000,
      );
      await watcher.start();
      await insertTemplates(host, [schema("talks")], FORMS);
      await new Promise((r) => setTimeout(r, 5));
      await watcher.flush();
      // Inserting the template changed cells, but that is Huibiao writing, not a user editing.
      expect(early).toEqual([]);
      watcher.dispose();
      now = 10_000;
      book.sheet(SHEET)!.cell(2, 2).value = "办公室";
      typeRows(book, SHEET, [talk(1, { date: "2023-13-01" }) as (string | number)[], talk(2) as (string | number)[]]);
      const first = await validateWorkbook(host, { ...CHECK, mark: true });
      const results: string[][] = [];
      const live = new LiveValidator(
        host,
        () => CHECK,
        (r) => results.push(r.issues.map((i) => i.cell)),
        10_000,
      );
      live.seed(SHEET, first.sheets[0].issues);
      expect(await live.start()).toBe(true);
      await book.edit(SHEET, 5, 6, "2023-02-30");
      await live.flush();
      expect(results.at(-1)).toEqual(expect.arrayContaining(["G5", "G6"]));
      await book.edit(SHEET, 4, 6, "2023-01-05");
      await live.flush();
      expect(results.at(-1)).toEqual(["G6"]);
      expect(book.sheet(SHEET)!.peek(4, 6)?.fill).toBeUndefined();
      live.dispose();
    },
  );
});

describe("marks on a sheet with more issues than are painted", () => {
  it("the first MAX_MARKS_PER_SHEET, errors before warnings, each in sheet order", () => {
    const issues = Array.from({ length: 2500 }, (_, i) => ({
      cell: `G${i + 5}`,
      severity: (i % 100 === 99 ? "error" : i % 2 ? "warning" : "info") as "error" | "warning" | "info",
      message: `第 ${i + 5} 行`,
    }));
    const marks = marksOf([{ sheet: "附件2", issues } as unknown as Parameters<typeof marksOf>[0][number]]).get(
      "附件2",
    )!;
    const errors = issues.filter((i) => i.severity === "error").map((i) => i.cell);
    const warnings = issues.filter((i) => i.severity === "warning").map((i) => i.cell);
    expect(errors).toHaveLength(25);
    expect(marks.map((m) => m.cell)).toEqual([...errors, ...warnings].slice(0, MAX_MARKS_PER_SHEET));
    expect(marks).toHaveLength(MAX_MARKS_PER_SHEET);
  });
});
