/**
 * The host contract: the same cases run against every SpreadsheetHost (Excel fake, WPS fake, file
 * host). Each host brings an Inspector that looks at its workbook the way a user would see it.
 */
import { describe, expect, it } from "@jest/globals";
import { BUILTIN_ANNEXES, buildTemplates, readSheet, summaryModel, merge } from "../../src/core";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import type { SheetModel, WorkbookModel } from "../../src/core/workbook/model";
import type { SpreadsheetHost } from "../../src/hosts/host";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { talkRows, random } from "../../src/app/demo/samples";
import { schema, FORMS } from "../helpers/sheets";

export interface Inspector {
  /** The fill a user sees on a cell (RGB hex without #, upper case), or null. */
  fill(sheet: string, cell: string): string | null;
  /** Sets a fill as a user would (to check that clearing our marks leaves it). */
  userFill(sheet: string, cell: string, rgb: string): void;
  /**
   * The text Huibiao shows on a cell (a note, or the validation prompt where notes are missing), or
   * null; hosts that keep marks aside return null always.
   */
  markText(sheet: string, cell: string): string | null;
  /** The input prompt of a cell's data validation (what the template or the user put there), or null. */
  prompt(sheet: string, cell: string): string | null;
  /** "Sheet!A1" of the selection. */
  selection(): string;
  /** Data validation of a cell: list source or date bounds, or null. */
  /** alert: what the dropdown does with a value not listed (stop refuses it; warning asks). */
  validation(
    sheet: string,
    cell: string,
  ): { kind: "list" | "date"; source?: string; alert?: "stop" | "warning" } | null;
  /** Hides rows of a sheet (zero-based) as a user does, or a filter. */
  hideRows(sheet: string, rows: readonly number[]): void;
  freezeRows(sheet: string): number;
  printTitleRows(sheet: string): string | null;
  /** Whether the host can read merged areas (Excel needs ExcelApi 1.13). */
  readonly readsMerges: boolean;
  /** Whether the host paints marks into cells (the file host keeps them aside). */
  readonly paintsMarks: boolean;
}

export interface HostUnderTest {
  host: SpreadsheetHost;
  inspect: Inspector;
}

/** A model with one plain sheet holding `data` (what a unit typed). */
export function plainModel(data: SheetData): WorkbookModel {
  const sheet: SheetModel = {
    name: data.name,
    rows: data.rows.map((row) => row.map((v) => (v === null ? null : { v }))),
    merges: data.merges,
    widths: [],
  };
  return { sheets: [sheet], names: [] };
}

const cellOf = (sheet: SheetData, r: number, c: number): CellValue => sheet.rows[r]?.[c] ?? null;

export function hostContract(name: string, make: () => HostUnderTest): void {
  describe(`host contract: ${name}`, () => {
    it("inserts every annex template with tags, a hidden list sheet, validation, freeze and print titles", async () => {
      const { host, inspect } = make();
      const result = await host.insertSheets(buildTemplates(BUILTIN_ANNEXES));
      expect(result.sheets).toEqual([
        "附件1 任务清单",
        "附件2 大谈话统计表",
        "附件3 大调研课题申报表",
        "附件4 提建议清单",
        "附件5 办实事征集表",
      ]);
      const sheets = await host.listSheets();
      const talks = sheets.find((s) => s.name === "附件2 大谈话统计表")!;
      expect(talks.tag).toEqual({ annex: "talks", version: 1 });
      expect(talks.hidden).toBe(false);
      expect(sheets.find((s) => s.name === "_lists")?.hidden).toBe(true);
      const [read, lists] = await host.readSheets(["附件2 大谈话统计表", "_lists"]);
      // A sheet read says whether it is hidden (the core warns of a form in a hidden sheet).
      expect([read.hidden, lists.hidden]).toEqual([undefined, true]);
      expect(cellOf(read, 0, 0)).toBe("附件2");
      expect(cellOf(read, 1, 0)).toBe(schema("talks").title);
      expect(read.rows[3]).toEqual(schema("talks").columns.map((c) => c.header));
      if (inspect.readsMerges)
        expect(read.merges).toContainEqual({ r1: 1, c1: 0, r2: 1, c2: schema("talks").columns.length - 1 });
      expect(inspect.freezeRows("附件2 大谈话统计表")).toBe(4);
      expect(inspect.printTitleRows("附件2 大谈话统计表")).toBe("$1:$4");
      const typeCol = schema("talks").columns.findIndex((c) => c.key === "type");
      const dateCol = schema("talks").columns.findIndex((c) => c.key === "date");
      expect(inspect.validation("附件2 大谈话统计表", `${String.fromCharCode(65 + typeCol)}5`)).toEqual({
        kind: "list",
        source: "=HB_talks_type",
        // The plan lists talk types and says 等: another type is taken after a question.
        alert: "warning",
      });
      expect(inspect.validation("附件2 大谈话统计表", `${String.fromCharCode(65 + dateCol)}5`)?.kind).toBe("date");
      // The core reads what the host wrote back as the annex it is.
      expect(readSheet(read, BUILTIN_ANNEXES)?.table.schema.id).toBe("talks");
    });

    it("inserting again adds numbered sheets and reuses the list sheet", async () => {
      const { host } = make();
      await host.insertSheets(buildTemplates([schema("talks")]));
      const again = await host.insertSheets(buildTemplates([schema("talks")]));
      expect(again.sheets).toEqual(["附件2 大谈话统计表 (2)"]);
      const names = (await host.listSheets()).map((s) => s.name);
      expect(names.filter((n) => n === "_lists")).toHaveLength(1);
      expect((await host.listSheets()).find((s) => s.name === "附件2 大谈话统计表 (2)")?.tag?.annex).toBe("talks");
    });

    it("reads back what a unit typed: dates as date cells, text that looks like a formula as text", async () => {
      const { host } = make();
      const rows = talkRows(random(7), "办公室", 3);
      const data = returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "填报" });
      await host.insertSheets(plainModel(data));
      await host.insertSheets(
        plainModel({
          name: "杂项",
          rows: [[null], [null, "=1+1", "+86 138", "0571", "13800000000", "1e5", 42]],
          merges: [],
        }),
      );
      const [read, odd] = await host.readSheets(["填报", "杂项"]);
      const reading = readSheet(read, BUILTIN_ANNEXES)!;
      expect(reading.rows).toHaveLength(3);
      expect(reading.issues).toEqual([]);
      expect(read.rows.slice(4, 7).map((r) => r[schema("talks").columns.findIndex((c) => c.key === "date")])).toEqual(
        rows.map((r) => r.date),
      );
      expect(cellOf(odd, 1, 1)).toBe("=1+1");
      expect(cellOf(odd, 1, 2)).toBe("+86 138");
      // Text that looks like a number stays text (phone numbers, codes with leading zeros).
      expect(odd.rows[1].slice(3)).toEqual(["0571", "13800000000", "1e5", 42]);
    });

    it("shows issue marks and clears exactly them, leaving the user's own fills", async () => {
      const { host, inspect } = make();
      await host.insertSheets(buildTemplates([schema("talks")]));
      const sheet = "附件2 大谈话统计表";
      inspect.userFill(sheet, "C6", "00B050");
      await host.showIssues(
        new Map([
          [
            sheet,
            [
              { cell: "B5", severity: "error", message: "日期不存在" },
              { cell: "C6", severity: "warning", message: "谈话类型不在列表中" },
            ],
          ],
        ]),
      );
      if (inspect.paintsMarks) {
        expect(inspect.fill(sheet, "B5")).toBe("FFC7CE");
        expect(inspect.fill(sheet, "C6")).toBe("FFEB9C");
        expect(inspect.markText(sheet, "B5")).toBe("汇表助手：日期不存在");
      }
      // Marks are replaced, not stacked: B5 fixed, D7 new.
      await host.showIssues(new Map([[sheet, [{ cell: "D7", severity: "error", message: "必填" }]]]));
      if (inspect.paintsMarks) {
        expect(inspect.fill(sheet, "B5")).toBe(null);
        expect(inspect.fill(sheet, "C6")).toBe("00B050");
        expect(inspect.fill(sheet, "D7")).toBe("FFC7CE");
      }
      await host.clearIssues();
      expect(inspect.fill(sheet, "D7")).toBe(null);
      expect(inspect.fill(sheet, "C6")).toBe("00B050");
      expect(inspect.markText(sheet, "D7")).toBe(null);
    });

    it("a mark on a cell with the template's own validation gives the cell back its prompt", async () => {
      const { host, inspect } = make();
      await host.insertSheets(buildTemplates([schema("talks")]));
      const sheet = "附件2 大谈话统计表";
      const own = inspect.prompt(sheet, "G6");
      if (inspect.paintsMarks) expect(own).toBe("请输入日期，例如 2023-01-05");
      await host.showIssues(new Map([[sheet, [{ cell: "G6", severity: "error", message: "「2023-02-30」不存在" }]]]));
      if (inspect.paintsMarks) expect(inspect.markText(sheet, "G6")).toBe("汇表助手：「2023-02-30」不存在");
      expect(inspect.validation(sheet, "G6")?.kind).toBe("date");
      await host.clearIssues(sheet);
      expect(inspect.markText(sheet, "G6")).toBe(null);
      expect(inspect.prompt(sheet, "G6")).toBe(own);
      expect(inspect.validation(sheet, "G6")?.kind).toBe("date");
      expect(inspect.validation(sheet, "G7")?.kind).toBe("date");
    });

    it("sets aside a value typed far to the right of the form (XFD5), and reads the form as typed", async () => {
      const { host } = make();
      const rows = talkRows(random(5), "办公室", 3);
      const data = returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "远处" });
      const far = data.rows.map((row, r) =>
        r === 4 ? [...row, ...new Array(16_383 - row.length).fill(null), "已核对"] : row,
      );
      await host.insertSheets(plainModel({ ...data, rows: far }));
      const [read] = await host.readSheets(["远处"]);
      expect(read.beyond).toEqual([{ r: 4, c: 16_383, value: "已核对" }]);
      expect(Math.max(...read.rows.map((r) => r.length))).toBe(schema("talks").columns.length);
      const reading = readSheet(read, BUILTIN_ANNEXES)!;
      expect(reading.rows).toHaveLength(3);
      expect(reading.issues.map((i) => `${i.code}.${i.reason}@${i.cell}`)).toEqual(["sheet.far-cells@XFD5"]);
    });

    it("says which of the form's rows the sheet hides, and only rows it read", async () => {
      const { host, inspect } = make();
      const rows = talkRows(random(4), "办公室", 40);
      await host.insertSheets(plainModel(returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "筛选" })));
      await host.insertSheets(plainModel(returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "未隐藏" })));
      // The form's rows begin at sheet row 4 (A5): a few hidden alone and in a run, and rows far below it.
      inspect.hideRows("筛选", [5, 17, 18, 19, 40, 500, 501]);
      const [read, shown] = await host.readSheets(["筛选", "未隐藏"]);
      expect(read.hiddenRows).toEqual([5, 17, 18, 19, 40]);
      expect(shown.hiddenRows).toBeUndefined();
      const reading = readSheet(read, BUILTIN_ANNEXES)!;
      expect(reading.rows).toHaveLength(40);
      expect(reading.issues.filter((i) => i.code === "row").map((i) => `${i.reason}@${i.cell}`)).toEqual([
        "hidden@A6",
        "hidden@A18",
        "hidden@A19",
        "hidden@A20",
        "hidden@A41",
      ]);
    });

    it("reads only the top rows when asked (to tell which annex a sheet holds)", async () => {
      const { host } = make();
      const rows = talkRows(random(3), "办公室", 60);
      await host.insertSheets(plainModel(returnSheet(schema("talks"), rows, { unit: "办公室", sheetName: "长表" })));
      const [head] = await host.readSheets(["长表"], { headRows: 10 });
      expect(head.rows.length).toBeLessThanOrEqual(10);
      expect(head.rows[3]).toEqual(schema("talks").columns.map((c) => c.header));
      const [whole] = await host.readSheets(["长表"]);
      expect(whole.rows.length).toBeGreaterThanOrEqual(64);
    });

    it("selects a cell on a sheet", async () => {
      const { host, inspect } = make();
      await host.insertSheets(buildTemplates([schema("talks")]));
      await host.select("附件2 大谈话统计表", "C7");
      expect(inspect.selection()).toBe("附件2 大谈话统计表!C7");
    });

    it("keeps settings in the workbook, long ones too", async () => {
      const { host } = make();
      expect(await host.loadSetting("roster")).toBe(null);
      expect(await host.loadSettings(["roster", "request"])).toEqual({});
      const long = Array.from({ length: 4000 }, (_, i) => `单位${i}`).join("\n");
      await host.saveSettings({ roster: "办公室\n=法规处" });
      await host.saveSettings({ roster: long });
      expect(await host.loadSetting("roster")).toBe(long);
      expect((await host.listSheets()).find((s) => s.name === "_huibiao")?.hidden).toBe(true);
    });

    it("keeps the request (JSON, with quotes, = and line breaks) beside the roster, each under its key", async () => {
      const { host } = make();
      const request = JSON.stringify({
        title: '=「二十大」"第一季度"报送',
        annexes: ["talks", "research"],
        deadline: "2023年2月20日",
        howToSend: "发送至 bgs@example.gov.cn\n或 OA",
      });
      await host.saveSettings({ roster: "办公室" });
      await host.saveSettings({ request });
      expect(await host.loadSetting("request")).toBe(request);
      expect(await host.loadSetting("roster")).toBe("办公室");
      await host.saveSettings({ roster: "法规科" });
      // Both at once: each key keeps its own value.
      await host.saveSettings({ roster: "人事科", request: "{}" });
      expect([await host.loadSetting("roster"), await host.loadSetting("request")]).toEqual(["人事科", "{}"]);
      await host.saveSettings({ roster: "法规科", request: request });
      // Both in one read; a key never set is left out.
      expect(await host.loadSettings(["roster", "request"])).toEqual({ roster: "法规科", request });
      expect(JSON.parse((await host.loadSetting("request"))!)).toEqual(JSON.parse(request));
    });

    it("writes a summary and replaces it on a second merge", async () => {
      const { host } = make();
      const returns = ["办公室", "法规处"].map((unit, i) => ({
        file: `${unit}.xlsx`,
        sheets: [returnSheet(schema("talks"), talkRows(random(i + 1), unit, 4), { unit })],
      }));
      const result = merge(returns, { schemas: FORMS, roster: ["办公室", "法规处", "监测处"] });
      await host.insertSheets(summaryModel(result), { replace: true });
      await host.insertSheets(summaryModel(result), { replace: true });
      const names = (await host.listSheets()).map((s) => s.name);
      expect(names.filter((n) => n.startsWith("汇总"))).toEqual(["汇总概况", "汇总 附件2 大谈话统计表"]);
      const [summary] = await host.readSheets(["汇总 附件2 大谈话统计表"]);
      const unitCol = summary.rows[2].indexOf("填报单位");
      expect(unitCol).toBeGreaterThanOrEqual(0);
      const units = summary.rows.map((r) => r[unitCol]).filter((v) => v === "办公室" || v === "法规处");
      expect(units).toHaveLength(8);
    });
  });
}
