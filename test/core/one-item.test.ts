import { describe, expect, it } from "@jest/globals";
import { numberedItems } from "../../src/core/validate/rules/one-item";
import { validate } from "../../src/core/validate/validate";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { schema } from "../helpers/sheets";

describe("numberedItems: several numbered items in one cell, as people number them", () => {
  it.each([
    ["1.加强人员培训；2.完善制度建设；3.加大投入", 3, "加强人员培训"],
    ["1、加强培训\n2、完善制度", 2, "加强培训"],
    ["建议：1.加强培训 2.完善制度", 2, "加强培训"],
    ["（1）加强培训（2）完善制度", 2, "加强培训"],
    ["(1)加强培训；(2)完善制度", 2, "加强培训"],
    ["①加强培训②完善制度③加大投入", 3, "加强培训"],
    ["一是加强培训；二是完善制度；三是加大投入", 3, "加强培训"],
    ["一、加强培训。二、完善制度。", 2, "加强培训"],
    ["1．加强对企业环保培训和指导，提高企业守法意识\n2．完善制度", 2, "加强对企业环保培训和指导"],
  ])("%j: %i items, the first 「%s」", (text, count, first) => {
    expect(numberedItems(text)).toEqual({ count, first });
  });

  it.each([
    ["one item", "1.加强培训"],
    ["no numbers", "加强人员培训，完善制度建设"],
    ["a decimal", "投入1.5亿元，2.0版本上线"],
    ["figures inside a sentence", "落实第1、2条，2023年完成1、2项"],
    ["one repeated, not counted on", "1.加强培训 1.完善制度"],
    ["一是 inside a word", "统一是关键，二是重点"],
  ])("%s: not several (%j)", (_, text) => {
    expect(numberedItems(text).count).toBeLessThan(2);
  });
});

describe("oneItem columns (建议内容, 课题名称, 办实事事项)", () => {
  it("a suggestion cell with three numbered ones is a warning naming the count and the first", () => {
    const sheet = returnSheet(
      schema("suggestions"),
      [{ content: "1.加强人员培训；2.完善制度建设；3.加大投入" }, { content: "推进数字化监管" }],
      { unit: "办公室" },
    );
    const issues = validate(sheet, schema("suggestions"));
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}`)).toEqual(["warning:item.several"]);
    expect(issues[0].message).toBe(
      "「建议内容」一格写了 3 条（加强人员培训……），请每条写一行：汇总后按行计数、逐条分类办理",
    );
  });

  it("a numbered 调研安排 (steps of one topic) is not warned of: only one-item columns are", () => {
    const sheet = returnSheet(
      schema("research"),
      [{ topic: "水质调研", purpose: "摸清底数", arrangement: "1.3月走访；2.4月座谈；3.5月成文", lead: "王局长" }],
      { unit: "办公室" },
    );
    expect(validate(sheet, schema("research")).filter((i) => i.code === "item")).toEqual([]);
  });

  it("附件5: two 实事 packed in one row (which the limit of two would not see) are warned of", () => {
    const sheet = returnSheet(
      schema("practical"),
      [{ item: "一是改善饮用水；二是治理噪声；三是整治黑臭水体", content: "见事项", leader: "李局长" }],
      { unit: "办公室" },
    );
    expect(validate(sheet, schema("practical")).map((i) => `${i.code}.${i.reason}`)).toEqual(["item.several"]);
  });
});
