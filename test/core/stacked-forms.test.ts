/**
 * Forms one below another in a sheet, as some units send 附件3-5: each is read as its own form,
 * up to where the next begins; no form's rows are read as another's, none is lost.
 */
import { describe, expect, it } from "@jest/globals";
import { merge } from "../../src/core/merge/merge";
import { readSheet, readSheets } from "../../src/core/validate/validate";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { FORMS, TALKS_HEADER, talk } from "../helpers/sheets";

const sheet = (rows: (readonly CellValue[])[]): SheetData => ({ name: "报表", rows, merges: [] });

const RESEARCH = [
  ["附件3"],
  ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
  ["填报单位：法规科"],
  ["序号", "课题名称", "调研目的", "调研安排", "牵头领导\n牵头部门、参与部门"],
  [1, "河长制落实", "摸清情况", "6月前完成", "局长 法规科"],
];
const SUGGESTIONS = [
  ["附件4"],
  ["学习宣传贯彻党的二十大精神·提建议清单"],
  ["填报单位：法规科"],
  ["序号", "建议内容"],
  [1, "多开座谈会"],
  [2, "简化报表"],
];
const PRACTICAL = [
  ["附件5"],
  ["学习宣传贯彻党的二十大精神·办实事征集表"],
  ["填报单位：法规科"],
  ["序号", "办实事事项", "主要内容", "参与部门", "牵头领导"],
  [1, "修缮道路", "修缮小区道路 2 公里", "办公室", "局长"],
];

const summary = (s: SheetData) =>
  readSheets(s, FORMS).map((r) => [r.table.schema.id, r.unit.name, r.rows.length, r.issues.length]);

describe("forms one below another in a sheet", () => {
  it("附件3, 4 and 5, each with its mark, title and 填报单位, blank rows between: three forms, every row in its own", () => {
    const s = sheet([...RESEARCH, [], ...SUGGESTIONS, [], [], ...PRACTICAL]);
    expect(summary(s)).toEqual([
      ["research", "法规科", 1, 0],
      ["suggestions", "法规科", 2, 0],
      ["practical", "法规科", 1, 0],
    ]);
    const [, suggestions] = readSheets(s, FORMS);
    expect(suggestions.rows.map((r) => r.values.content)).toEqual(["多开座谈会", "简化报表"]);
  });

  it("without the 附件N marks and titles: each header begins a form, its 填报单位 line above it", () => {
    const s = sheet([...RESEARCH.slice(2), ...SUGGESTIONS.slice(2), ...PRACTICAL.slice(3)]);
    expect(summary(s)).toEqual([
      ["research", "法规科", 1, 0],
      ["suggestions", "法规科", 2, 0],
      ["practical", "法规科", 1, 0],
    ]);
  });

  it("a form further down than the first 40 rows is found too", () => {
    const talks = [
      ["附件2"],
      ["填报单位：法规科"],
      [...TALKS_HEADER],
      ...Array.from({ length: 60 }, (_, i) => talk(i + 1, { talkee: `对象${i + 1}` })),
    ];
    const s = sheet([...talks, [], ...SUGGESTIONS]);
    expect(summary(s)).toEqual([
      ["talks", "法规科", 60, 0],
      ["suggestions", "法规科", 2, 0],
    ]);
  });

  it("a header repeated in the same form (as a page break repeats it) does not begin a new one", () => {
    const s = sheet([["填报单位：法规科"], [...TALKS_HEADER], talk(1), [...TALKS_HEADER], talk(2, { talkee: "赵六" })]);
    expect(summary(s)).toEqual([["talks", "法规科", 2, 0]]);
  });

  it("a line that ends with a form's name but begins no form is data: no row after it is lost", () => {
    const s = sheet([...SUGGESTIONS.slice(0, 4), [1, "多开座谈会"], [null, "另附：提建议清单"], [2, "简化报表"]]);
    const tables = readSheets(s, FORMS);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.values.content)).toEqual(["多开座谈会", "另附：提建议清单", "简化报表"]);
  });

  it("such a line above a form further down stays with the form above", () => {
    const filler = Array.from({ length: 12 }, (_, i) => [i + 2, `建议${i + 2}`]);
    const s = sheet([...SUGGESTIONS.slice(0, 5), [null, "另附：提建议清单"], ...filler, ...PRACTICAL]);
    const [suggestions, practical] = readSheets(s, FORMS);
    expect(suggestions.rows).toHaveLength(1 + 1 + 12);
    expect(practical.rows).toHaveLength(1);
  });

  it("readSheet gives the best-matching form (the first of equals), read up to where the next begins", () => {
    const s = sheet([...RESEARCH, ...SUGGESTIONS]);
    const reading = readSheet(s, FORMS)!;
    expect(reading.table.schema.id).toBe("research");
    expect(reading.rows).toHaveLength(1);
    expect(reading.issues).toEqual([]);
    const untitled = sheet([...RESEARCH.slice(3), ...SUGGESTIONS]);
    expect(readSheet(untitled, FORMS)!.table.schema.id).toBe("suggestions");
  });

  it("the merge takes each form of the sheet, and reconciles every row", () => {
    const s = sheet([...RESEARCH, [], ...SUGGESTIONS, [], ...PRACTICAL]);
    const r = merge([{ file: "法规科.xlsx", sheets: [s] }], { schemas: FORMS });
    expect(r.annexes.map((a) => [a.schema.id, a.rows.length])).toEqual([
      ["research", 1],
      ["suggestions", 2],
      ["practical", 1],
    ]);
    expect(r.reconciliation).toMatchObject({ read: 4, summarized: 4, dropped: 0 });
  });
});
