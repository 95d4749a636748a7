import { describe, expect, it } from "@jest/globals";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import { AnnexRegistry } from "../../src/core/schema/registry";
import { checkSchema } from "../../src/core/schema/validate-schema";
import { catalog, render } from "../../src/core/i18n/text";
import { EN } from "../../src/core/i18n/en";

const CATALOGS = { "zh-CN": catalog("zh-CN"), en: EN };
import { schema } from "../helpers/sheets";

/** The talks form with one column of the given properties instead of its own (key x, header X). */
const oneColumn = (col: object) => ({
  ...schema("talks"),
  columns: [{ key: "x", header: "X", width: 5, ...col }],
});

describe("annex schemas", () => {
  it.each(BUILTIN_ANNEXES.map((s) => [s.id, s]))("%s passes its own schema check", (_, s) => {
    expect(checkSchema(s)).toEqual([]);
  });

  it("has the plan's five forms with the plan's headers", () => {
    expect(BUILTIN_ANNEXES.map((s) => [s.number, s.id])).toEqual([
      [1, "tasks"],
      [2, "talks"],
      [3, "research"],
      [4, "suggestions"],
      [5, "practical"],
    ]);
    expect(schema("talks").columns.map((c) => c.header)).toEqual([
      "序号",
      "谈话人",
      "单位及职务",
      "谈话对象",
      "单位及职务",
      "记录人",
      "谈话时间",
      "谈话地点",
      "谈话内容类型",
    ]);
    expect(schema("research").columns.map((c) => c.header)).toEqual([
      "序号",
      "课题名称",
      "调研目的",
      "调研安排",
      "牵头领导\n牵头部门、参与部门",
    ]);
    expect(schema("suggestions").columns.map((c) => c.header)).toEqual(["序号", "建议内容"]);
    expect(schema("practical").columns.map((c) => c.header)).toEqual([
      "序号",
      "办实事事项",
      "主要内容",
      "参与部门",
      "牵头领导",
    ]);
    expect(schema("tasks").columns.map((c) => c.header)).toEqual([
      "序号",
      "任务事项",
      "任务事项",
      "责任单位",
      "完成时限",
    ]);
    expect(BUILTIN_ANNEXES.every((s) => s.unitLine)).toBe(true);
    expect(schema("research").count).toEqual({ min: 1, max: 2 });
    expect(schema("practical").count).toEqual({ min: 1, max: 2 });
  });

  it("附件1 holds the plan's 25 tasks, slips included", () => {
    const tasks = schema("tasks").prefilled!;
    expect(tasks).toHaveLength(25);
    expect(tasks.map((t) => t.index)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(new Set(tasks.map((t) => t.activity)).size).toBe(9);
    expect(tasks[18]).toMatchObject({ activity: "六、提建议活动", deadline: "2023年23月底前" });
    expect(tasks[21]).toMatchObject({ activity: "七、送温暖活动", deadline: "2023年1月18日前" });
    expect(tasks[22].task).toMatch(/^2\.送温暖形式/);
  });

  it.each([
    ["not an object", 3, "表格定义必须是一个对象"],
    [
      "duplicate key",
      { ...schema("talks"), columns: [schema("talks").columns[1], schema("talks").columns[1]] },
      "key talker 重复",
    ],
    [
      "enum without values",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "enum", width: 5 }] },
      "enumeration",
    ],
    ["bad type", { ...schema("talks"), columns: [{ key: "x", header: "X", type: "money", width: 5 }] }, "type 须为"],
    ["min above max", { ...schema("research"), count: { min: 3, max: 2 } }, "min 大于 max"],
    [
      "an enum code without a message",
      {
        ...schema("talks"),
        columns: [{ key: "x", header: "X", type: "enum", enumeration: ["a"], enumCode: "colour", width: 5 }],
      },
      "enumCode",
    ],
    [
      "open on a column that is not a list",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "text", open: true, width: 5 }] },
      "open 只用于 enum 列",
    ],
    [
      "open that is not true or false",
      {
        ...schema("talks"),
        columns: [{ key: "x", header: "X", type: "enum", enumeration: ["a"], open: "yes", width: 5 }],
      },
      "open 只用于 enum 列",
    ],
    [
      "oneItem on a date column",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "date", oneItem: true, width: 5 }] },
      "oneItem 只用于 text 列",
    ],
    ["past on a text column", oneColumn({ type: "text", past: true }), "past 只用于 date 列"],
    [
      "since on a text column",
      oneColumn({ type: "text", since: { date: "2022-10-16", what: "开幕" } }),
      "since 只用于 date 列",
    ],
    [
      "since with a day that does not exist",
      oneColumn({ type: "date", since: { date: "2022-02-30", what: "开幕" } }),
      "since 只用于 date 列，要有 date",
    ],
    [
      "since without what the day is",
      oneColumn({ type: "date", since: { date: "2022-10-16", what: " " } }),
      "what（那一天是什么",
    ],
    [
      "follows naming no column of the form",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "text", follows: "talker", width: 5 }] },
      "follows 须为本表另一列的 key",
    ],
    [
      "follows naming the column itself",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "text", follows: "x", width: 5 }] },
      "follows 须为本表另一列的 key",
    ],
    [
      "joins that is not a list of headers",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "text", joins: ["甲", ""], width: 5 }] },
      "joins 须为非空文字的列表",
    ],
    [
      "titledAliases that is not a list of headers",
      { ...schema("talks"), columns: [{ key: "x", header: "X", type: "text", titledAliases: "题目", width: 5 }] },
      "titledAliases 须为非空文字的列表",
    ],
  ])("rejects a schema with %s", (_, input, message) => {
    expect(
      checkSchema(input)
        .map((p) => render(p))
        .join("\n"),
    ).toContain(message);
  });

  it("a registry takes new forms as data and refuses clashing ones", () => {
    const reg = new AnnexRegistry();
    const extra = { ...schema("suggestions"), id: "ideas", number: 6, title: "金点子征集表", shortName: "金点子" };
    expect(reg.add(extra)).toEqual([]);
    expect(reg.find("6")?.id).toBe("ideas");
    expect(reg.find("附件2")?.id).toBe("talks");
    expect(render(reg.add({ ...extra, id: "ideas2" })[0])).toContain("重复");
  });
});

describe("message catalogs", () => {
  it.each(Object.entries(CATALOGS))("%s has every key of zh-CN and no other", (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(CATALOGS["zh-CN"]).sort());
  });
  it.each(Object.entries(CATALOGS))("%s uses the same parameters as zh-CN", (_, catalog) => {
    for (const [key, text] of Object.entries(CATALOGS["zh-CN"])) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params((catalog as Record<string, string>)[key])).toEqual(params(text));
    }
  });
});
