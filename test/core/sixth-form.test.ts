import { describe, expect, it } from "@jest/globals";
import { AnnexRegistry } from "../../src/core/schema/registry";
import { buildTemplates } from "../../src/core/template/build-template";
import { merge } from "../../src/core/merge/merge";
import { summaryModel } from "../../src/core/merge/summary-model";
import { readSheet } from "../../src/core/validate/validate";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeXlsx } from "../../src/hosts/file/xlsx/write-xlsx";
import { MemoryWorkbookHost } from "../../src/hosts/file/memory-host";
import { insertTemplates } from "../../src/app/workbook/templates";
import { validateWorkbook } from "../../src/app/workbook/validate-workbook";
import { INSIGHTS, insightsReturn } from "../helpers/sixth-form";

/** "A form without code": a sixth form added to the registry as data reaches every part of the engine. */
describe("a sixth form added as data", () => {
  const forms = new AnnexRegistry();
  it("is taken by the registry", () => {
    expect(forms.add(JSON.parse(JSON.stringify(INSIGHTS)))).toEqual([]);
    expect(forms.find("附件6")?.id).toBe("insights");
    expect(forms.all().map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("becomes a template with its dropdown, date check and tag", () => {
    const bytes = writeXlsx(buildTemplates([forms.find("6")!], { listsOf: forms.all() }));
    const sheet = readWorkbook(bytes, "t.xlsx").sheets.find((s) => s.name === "附件6 心得体会交流表")!;
    expect(sheet.rows[3]).toEqual(["序号", "姓名", "单位及职务", "心得题目", "交流时间", "交流形式"]);
    expect(sheet.rows[1][0]).toBe(INSIGHTS.title);
  });

  it("is validated: its date, its list and its required columns", () => {
    const reading = readSheet(insightsReturn("办公室").sheets[0], forms.all(), { roster: ["办公室"] })!;
    expect(reading.table.schema.id).toBe("insights");
    expect(reading.issues.map((i) => [i.cell, i.code])).toEqual([
      ["E6", "date"],
      ["F6", "enum"],
    ]);
  });

  it("is merged into its own summary sheet, with the unit on every row", () => {
    const returns = [insightsReturn("办公室"), insightsReturn("法规科")].map((r) => ({
      file: r.name,
      sheets: r.sheets,
    }));
    const result = merge(returns, { schemas: forms.all(), roster: ["办公室", "法规科", "人事科"] });
    expect(result.annexes.map((a) => a.schema.id)).toEqual(["insights"]);
    expect(result.annexes[0].units).toEqual({ 办公室: 2, 法规科: 2 });
    expect(result.missing).toEqual({ insights: ["人事科"] });
    expect(summaryModel(result).sheets.map((s) => s.name)).toEqual(["汇总概况", "统计", "汇总 附件6 心得体会交流表"]);
  });

  it("is inserted into and validated in a workbook through a host", async () => {
    const host = new MemoryWorkbookHost();
    await insertTemplates(host, [forms.find("insights")!], forms.all());
    const sheets = await host.listSheets();
    expect(sheets.find((s) => s.name === "附件6 心得体会交流表")?.tag).toEqual({ annex: "insights", version: 1 });
    const result = await validateWorkbook(host, { schemas: forms.all() });
    expect(result.sheets.map((s) => s.annex.id)).toEqual(["insights"]);
  });
});
