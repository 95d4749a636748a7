/**
 * Headers in the units' own words, laid out the way Chinese offices draw these forms: each case
 * is a sheet of that shape; what was mapped is information, never an error, and no value is lost.
 */
import { describe, expect, it } from "@jest/globals";
import { detectAnnex, readSheet, validate } from "../../src/core/validate/validate";
import { merge } from "../../src/core/merge/merge";
import type { CellRange, CellValue, SheetData } from "../../src/core/sheet/types";
import { FORMS, schema, TALKS_HEADER } from "../helpers/sheets";

const TITLE2 = "学习宣传贯彻党的二十大精神·大谈话统计表";
const TITLE3 = "学习宣传贯彻党的二十大精神·大调研课题申报表";
const sheet = (rows: (readonly CellValue[])[], merges: CellRange[] = []): SheetData => ({ name: "S", rows, merges });
const summary = (s: SheetData) => merge([{ file: "法规科.xlsx", sheets: [s] }], { schemas: FORMS });
const kinds = (s: SheetData, id: string) =>
  validate(s, schema(id)).map((i) => `${i.severity}:${i.code}${i.reason ? "." + i.reason : ""}`);

/** 谈话人 and 谈话对象 each merged over 姓名 | 单位及职务; the other headers merged down over both rows. */
function twoRowTalks(): SheetData {
  const row = [1, "张三", "办公室主任", "李四", "法规科科员", "王五", "2023-02-15", "会议室", "谈心谈话"];
  return sheet(
    [
      [TITLE2],
      ["填报单位：法规科"],
      ["序号", "谈话人", null, "谈话对象", null, "记录人", "谈话时间", "谈话地点", "谈话内容类型"],
      [null, "姓名", "单位及职务", "姓名", "单位及职务"],
      row,
      [2, "赵六", "法规科科长", "钱七", "法规科科员", "王五", "2023-02-16", "会议室", "廉政谈话"],
    ],
    [
      { r1: 2, c1: 1, r2: 2, c2: 2 },
      { r1: 2, c1: 3, r2: 2, c2: 4 },
      ...[0, 5, 6, 7, 8].map((c) => ({ r1: 2, c1: c, r2: 3, c2: c })),
    ],
  );
}

describe("two-row headers: a group over its sub-headers", () => {
  it("reads 谈话人/谈话对象 × 姓名/单位及职务 as the form's four columns, data from the row below the sub-headers", () => {
    const reading = readSheet(twoRowTalks(), FORMS)!;
    expect(reading.table.schema.id).toBe("talks");
    expect(reading.table.headerRows).toBe(2);
    expect(
      reading.rows.map((r) => [r.values.talker, r.values.talkerPost, r.values.talkee, r.values.talkeePost]),
    ).toEqual([
      ["张三", "办公室主任", "李四", "法规科科员"],
      ["赵六", "法规科科长", "钱七", "法规科科员"],
    ]);
    expect(kinds(twoRowTalks(), "talks")).toEqual([
      "info:header.mapped",
      "info:header.mapped",
      "info:header.mapped",
      "info:header.mapped",
    ]);
    expect(validate(twoRowTalks(), schema("talks"))[1].message).toBe(
      "表头「谈话人 / 单位及职务」按本表的「单位及职务」列读取",
    );
  });

  it("fills both 单位及职务 columns of the summary", () => {
    const talks = summary(twoRowTalks()).annexes[0];
    expect(talks.rows.map((r) => [r.values.talkerPost, r.values.talkeePost])).toEqual([
      ["办公室主任", "法规科科员"],
      ["法规科科长", "法规科科员"],
    ]);
    expect(talks.extraHeaders).toEqual([]);
  });

  it("a title row above a one-row header is not taken for a group header", () => {
    const rows: CellValue[][] = [
      [TITLE2],
      [...TALKS_HEADER],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
    ];
    const reading = readSheet(sheet(rows, [{ r1: 0, c1: 0, r2: 0, c2: 8 }]), FORMS)!;
    expect([reading.table.headerRow, reading.table.headerRows, reading.rows.length]).toEqual([1, 1, 1]);
  });
});

describe("other words for the form's columns", () => {
  const talks = (headers: string[]) =>
    sheet([
      [TITLE2],
      ["填报单位：法规科"],
      headers,
      [1, "张三", "办公室主任", "李四", "法规科科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
    ]);
  const base = [...TALKS_HEADER];
  const withPosts = (a: string, b: string) => base.map((h, i) => (i === 2 ? a : i === 4 ? b : h));

  it.each([
    ["谈话人单位及职务", "谈话对象单位及职务"],
    ["职务", "职务"],
    ["单位职务", "单位职务"],
    ["谈话人职务", "谈话对象职务"],
  ])("%s | %s", (a, b) => {
    const s = talks(withPosts(a, b));
    const reading = readSheet(s, FORMS)!;
    expect([reading.rows[0].values.talkerPost, reading.rows[0].values.talkeePost]).toEqual([
      "办公室主任",
      "法规科科员",
    ]);
    expect(kinds(s, "talks")).toEqual(["info:header.mapped", "info:header.mapped"]);
  });

  it.each([
    ["谈话时间（年月日）", "谈话时间（年月日）"],
    ["谈话时间\n（格式：2023-01-05）", "谈话时间 （格式：2023-01-05）"],
    ["谈话日期", "谈话日期"],
  ])("a bracketed or line-broken sub-label: %j", (header, shown) => {
    const s = talks(base.map((h) => (h === "谈话时间" ? header : h)));
    expect(readSheet(s, FORMS)!.rows[0].values.date).toBe("2023-02-15");
    const issues = validate(s, schema("talks"));
    expect(issues.map((i) => [i.severity, i.cell, i.message])).toEqual([
      ["info", "G3", `表头「${shown}」按本表的「谈话时间」列读取`],
    ]);
  });

  it("the form's own headers give no information at all", () => {
    expect(validate(talks(base), schema("talks"))).toEqual([]);
  });

  // Short or everyday words offices put over these columns, each under the form's title or none.
  it.each<[string, string, string[], CellValue[], Record<string, CellValue>]>([
    [
      "talks",
      "附件2 大谈话统计表",
      ["编号", "谈话人", "职务", "谈话对象", "职务", "记录人", "时间", "地点", "类型"],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
      { index: 1, date: "2023-02-15", place: "会议室", type: "谈心谈话" },
    ],
    [
      "talks",
      "附件2 大谈话统计表",
      [
        "序号",
        "谈话人姓名",
        "谈话人职务",
        "被谈话人姓名",
        "被谈话人职务",
        "记录人",
        "谈话时间",
        "谈话地点",
        "谈话类别",
      ],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
      { talker: "张三", talkerPost: "主任", talkee: "李四", talkeePost: "科员", type: "谈心谈话" },
    ],
    [
      "talks",
      "",
      ["序号", "谈话人", "单位职务", "被谈话人", "单位职务", "记录人", "谈话时间", "地点", "谈话种类"],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
      { talker: "张三", talkerPost: "主任", talkee: "李四", talkeePost: "科员", type: "谈心谈话" },
    ],
    [
      "talks",
      "",
      [
        "No.",
        "主谈人",
        "谈话人所在单位及职务",
        "被谈人",
        "谈话对象所在单位及职务",
        "记录人姓名",
        "谈话时间",
        "地点",
        "类型",
      ],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
      { index: 1, talker: "张三", talkerPost: "主任", talkee: "李四", talkeePost: "科员", recorder: "王五" },
    ],
    [
      "talks",
      "附件2 大谈话统计表",
      ["序号", "谈话领导", "所在单位及职务", "谈话对象", "所在单位及职务", "记录", "谈话时间", "地点", "类型"],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
      { talker: "张三", talkerPost: "主任", talkee: "李四", talkeePost: "科员", recorder: "王五" },
    ],
    ["suggestions", "附件4 提建议清单", ["序号", "意见建议"], [1, "多开座谈会"], { content: "多开座谈会" }],
    ["suggestions", "", ["编号", "意见和建议"], [1, "多开座谈会"], { index: 1, content: "多开座谈会" }],
    [
      "research",
      "大调研课题申报表",
      ["序号", "调研课题", "调研目的", "调研安排", "牵头领导"],
      [1, "河长制", "摸清情况", "6月", "局长"],
      { topic: "河长制" },
    ],
    [
      "research",
      "大调研课题申报表",
      ["序号", "课题名称", "目的意义", "时间安排", "牵头领导"],
      [1, "河长制", "摸清情况", "6月", "局长"],
      { topic: "河长制", purpose: "摸清情况", arrangement: "6月" },
    ],
    [
      "practical",
      "办实事征集表",
      ["序号", "办实事事项", "具体内容", "配合部门", "责任领导"],
      [1, "修路", "修缮道路", "办公室", "局长"],
      { item: "修路", content: "修缮道路", departments: "办公室", leader: "局长" },
    ],
    [
      "research",
      "大调研课题申报表",
      ["序号", "调研课题名称", "调研目标", "调研方式及时间安排", "牵头领导", "牵头部门", "参与部门"],
      [1, "河长制", "摸清情况", "6月", "局长", "法规科", "办公室"],
      { purpose: "摸清情况", arrangement: "6月", lead: "局长\n法规科\n办公室" },
    ],
    [
      "research",
      "",
      ["序号", "课题名称", "调研目的", "调研步骤", "牵头领导", "牵头科室", "配合科室"],
      [1, "河长制", "摸清情况", "6月", "局长", "法规科", null],
      { arrangement: "6月", lead: "局长\n法规科" },
    ],
    ["suggestions", "附件4 提建议清单", ["序号", "意见建议内容"], [1, "多开座谈会"], { content: "多开座谈会" }],
    [
      "practical",
      "办实事征集表",
      ["序号", "事项名称", "工作内容", "参与科室", "分管领导"],
      [1, "修路", "修缮道路", "办公室", "局长"],
      { item: "修路", content: "修缮道路", departments: "办公室", leader: "局长" },
    ],
    [
      "practical",
      "",
      ["序号", "实事项目", "主要内容", "参与部门", "牵头领导"],
      [1, "修路", "修缮道路", "办公室", "局长"],
      { item: "修路", content: "修缮道路" },
    ],
  ])("%s: %j over %j", (id, title, headers, row, values) => {
    const s = sheet([...(title ? [[title]] : []), ["填报单位：法规科"], headers, row]);
    const reading = readSheet(s, FORMS)!;
    expect(reading.table.schema.id).toBe(id);
    expect(reading.rows[0].values).toMatchObject(values);
    expect(validate(s, schema(id)).filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("a lone 「建议」 column without the form's title is not taken for 附件4", () => {
    expect(
      detectAnnex(
        sheet([
          ["序号", "问题", "建议"],
          [1, "路面破损", "修缮"],
        ]),
        FORMS,
      ),
    ).toBeNull();
  });
});

describe("short names under the form's own title (titledAliases)", () => {
  const TITLE4 = "学习宣传贯彻党的二十大精神·提建议清单";
  const TITLE5 = "学习宣传贯彻党的二十大精神·办实事征集表";
  // Each: the title, the header as a unit wrote it, a row; what the row reads as, and the sheet
  // column each of the form's columns came from (-1: missing).
  it.each<[string, string, CellValue[], CellValue[], Record<string, CellValue>, number[]]>([
    ["suggestions", TITLE4, ["序号", "问题", "建议"], [1, "培训少", "多组织培训"], { content: "多组织培训" }, [0, 2]],
    ["suggestions", TITLE4, ["序号", "意见"], [1, "多组织培训"], { index: 1, content: "多组织培训" }, [0, 1]],
    ["suggestions", "提建议清单", ["建议"], ["多组织培训"], { content: "多组织培训" }, [-1, 0]],
    // The form's own header, only without 序号: one of its own columns is enough under its title.
    ["suggestions", TITLE4, ["建议内容", "提出人"], ["多组织培训", "张三"], { content: "多组织培训" }, [-1, 0]],
    [
      "practical",
      TITLE5,
      ["序号", "事项", "内容", "部门", "领导"],
      [1, "河道清理", "清理垃圾", "办公室", "王五"],
      { item: "河道清理", content: "清理垃圾", departments: "办公室", leader: "王五" },
      [0, 1, 2, 3, 4],
    ],
    [
      "research",
      TITLE3,
      ["序号", "题目", "目的", "安排", "牵头领导"],
      [1, "水质调研", "摸清底数", "3月", "王五"],
      { topic: "水质调研", purpose: "摸清底数", arrangement: "3月" },
      [0, 1, 2, 3, 4],
    ],
    // A short name takes a column only where the column's own name is not there: 时间 stays extra.
    [
      "research",
      TITLE3,
      ["序号", "题目", "时间", "调研安排", "目的", "牵头领导"],
      [1, "水质调研", "3月", "分三步", "摸清底数", "王五"],
      { topic: "水质调研", arrangement: "分三步", purpose: "摸清底数" },
      [0, 1, 4, 3, 5],
    ],
  ])("%s under %j: %j", (id, title, header, row, values, columns) => {
    const s = sheet([[title], ["填报单位：法规科"], header, row]);
    const reading = readSheet(s, FORMS)!;
    expect(reading.table.schema.id).toBe(id);
    expect(reading.table.columns).toEqual(columns);
    expect(reading.rows[0].values).toMatchObject(values);
    expect(detectAnnex(s, FORMS)?.id).toBe(id);
    // Read, not reported as a form whose header was not found; what was mapped is said.
    const result = summary(s);
    expect(result.rejected).toEqual([]);
    expect(result.annexes.find((a) => a.schema.id === id)!.rows).toHaveLength(1);
    const mapped = validate(s, schema(id)).filter((i) => i.code === "header" && i.reason === "mapped");
    const short = columns.filter((c, i) => c >= 0 && header[c] !== schema(id).columns[i].header);
    expect(mapped.map((i) => i.value)).toEqual(short.map((c) => header[c]));
    // Nothing lost: every cell of the row is a value of the form or of an extra column.
    const kept = [...Object.values(reading.rows[0].values), ...reading.rows[0].extras];
    for (const v of row) expect(kept).toContain(v);
  });

  it.each<[string, string, CellValue[]]>([
    ["without the title", "", ["序号", "建议"]],
    ["under another form's title", TITLE5, ["序号", "建议"]],
    ["under the title, with none of the form's own columns", TITLE4, ["序号", "姓名", "职务"]],
  ])("%s the short names count for nothing", (_, title, header) => {
    const s = sheet([...(title ? [[title]] : []), ["填报单位：法规科"], header, [1, "多组织培训", "x"], [2, "y", "z"]]);
    expect(detectAnnex(s, FORMS)?.id).not.toBe("suggestions");
    expect(readSheet(s, FORMS)?.table.schema.id).not.toBe("suggestions");
  });
});

describe("单位及职务 twice: each the post of the name it stands beside", () => {
  const posts = (header: string[], row: CellValue[]) => {
    const r = summary(sheet([[TITLE2], ["填报单位：法规科"], header, row])).annexes[0].rows[0].values;
    return [r.talker, r.talkerPost, r.talkee, r.talkeePost];
  };
  it.each<[string, string[], CellValue[]]>([
    [
      "the form's order",
      ["序号", "谈话人", "单位及职务", "谈话对象", "单位及职务", "谈话时间", "谈话内容类型"],
      [1, "张三", "科长", "李四", "科员", "2023-02-15", "谈心谈话"],
    ],
    [
      "谈话对象 and its post first",
      ["序号", "谈话对象", "单位及职务", "谈话人", "单位及职务", "谈话时间", "谈话内容类型"],
      [1, "李四", "科员", "张三", "科长", "2023-02-15", "谈心谈话"],
    ],
    [
      "as an Excel table numbers equal headers (单位及职务2)",
      ["序号", "谈话对象", "单位及职务", "谈话人", "单位及职务2", "谈话时间", "谈话内容类型"],
      [1, "李四", "科员", "张三", "科长", "2023-02-15", "谈心谈话"],
    ],
    [
      "with other columns between the pairs",
      ["序号", "谈话对象", "单位及职务", "谈话时间", "谈话人", "单位及职务", "谈话内容类型"],
      [1, "李四", "科员", "2023-02-15", "张三", "科长", "谈心谈话"],
    ],
  ])("%s", (_, header, row) => {
    expect(posts(header, row)).toEqual(["张三", "科长", "李四", "科员"]);
  });

  it("posts that stand beside no name are taken in order, as before", () => {
    const header = ["序号", "谈话人", "谈话对象", "单位及职务", "单位及职务", "谈话时间", "谈话内容类型"];
    expect(posts(header, [1, "张三", "李四", "科长", "科员", "2023-02-15", "谈心谈话"])).toEqual([
      "张三",
      "科长",
      "李四",
      "科员",
    ]);
  });
});

describe("附件3's last column: 牵头领导 over 牵头部门、参与部门", () => {
  const research = (headers: CellValue[], row: CellValue[]) =>
    sheet([
      [TITLE3],
      ["填报单位：法规科"],
      ["序号", "课题名称", "调研目的", "调研安排", ...headers],
      [1, "课题", "目的", "安排", ...row],
    ]);

  it.each<[string, CellValue[], CellValue[], string]>([
    ["as the plan prints it, on two lines", ["牵头领导\n牵头部门、参与部门"], ["王局长\n法规科"], "王局长\n法规科"],
    ["on one line", ["牵头领导牵头部门、参与部门"], ["王局长 法规科"], "王局长 法规科"],
    ["牵头领导 alone", ["牵头领导"], ["王局长"], "王局长"],
    ["bracketed", ["牵头领导（牵头部门、参与部门）"], ["王局长（法规科）"], "王局长（法规科）"],
    [
      "split into two columns",
      ["牵头领导", "牵头部门、参与部门"],
      ["王局长", "法规科、办公室"],
      "王局长\n法规科、办公室",
    ],
  ])("%s: one column in the summary", (_, headers, row, value) => {
    const s = research(headers, row);
    expect(kinds(s, "research").filter((k) => !k.startsWith("info"))).toEqual([]);
    const result = summary(s).annexes[0];
    expect(result.rows[0].values.lead).toBe(value);
    expect(result.extraHeaders).toEqual([]);
  });

  it("missing altogether: one error, at the header, the two lines of its name kept apart", () => {
    const s = research([], []);
    const issues = validate(s, schema("research")).filter((i) => i.code === "header");
    expect(issues.map((i) => [i.severity, i.cell, i.message])).toEqual([
      ["error", "D3", "缺少「牵头领导 牵头部门、参与部门」列"],
    ]);
  });
});

describe("recognising a form", () => {
  const lookalike = sheet([
    ["为民办实事项目登记表"],
    ["序号", "项目名称", "主要内容", "责任单位", "完成时限"],
    [1, "修缮小区道路", "修缮道路 2 公里", "办公室", "2023年6月底前"],
  ]);

  it("「为民办实事项目登记表」 shares 序号, 责任单位 and 完成时限 with 附件1 and is not one of the forms", () => {
    expect(detectAnnex(lookalike, FORMS)).toBeNull();
    const r = summary(lookalike);
    expect(r.rejected.map((x) => x.why.key)).toEqual(["merge.no-annex"]);
  });

  it("with the form's own title the same header is 附件1, its missing columns reported", () => {
    const titled = sheet([["学习宣传贯彻党的二十大精神任务清单"], ...lookalike.rows.slice(1)]);
    expect(detectAnnex(titled, FORMS)?.id).toBe("tasks");
  });

  it("a return missing some columns is still its form (most of its own columns are there)", () => {
    const s = sheet([
      ["序号", "谈话人", "谈话对象", "记录人", "谈话时间", "谈话地点", "谈话内容类型"],
      [1, "张三", "李四", "王五", "2023-02-15", "会议室", "谈心谈话"],
    ]);
    expect(detectAnnex(s, FORMS)?.id).toBe("talks");
  });
});

describe("the 填报单位 line as offices write it", () => {
  const withUnitLine = (line: readonly CellValue[]) =>
    sheet([
      [TITLE2],
      line,
      [...TALKS_HEADER],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
    ]);

  it.each<[CellValue[], string]>([
    [["单位（盖章）：法规科"], "法规科"],
    [["填报单位（盖章）：法规科"], "法规科"],
    [["报送单位：法规科"], "法规科"],
    [["单位名称：", "法规科"], "法规科"],
    [["填 报 单 位：法规科　　填报时间：2023年2月"], "法规科"],
    [["单位（盖章）", "法规科"], "法规科"],
    [["填报科室：法规科"], "法规科"],
    [["填报部门：法规科"], "法规科"],
    [["科室：法规科"], "法规科"],
    [["部门：", "法规科"], "法规科"],
    [["所在单位：法规科"], "法规科"],
    [["报送科室(单位)：法规科"], "法规科"],
    [["填表单位：法规科"], "法规科"],
    [["填写单位：法规科"], "法规科"],
    [["上报单位：法规科"], "法规科"],
    [["呈报单位：法规科"], "法规科"],
    [["制表单位：", "法规科"], "法规科"],
  ])("%j names the unit", (line, unit) => {
    const reading = readSheet(withUnitLine(line), FORMS)!;
    expect(reading.unit.name).toBe(unit);
    expect(validate(withUnitLine(line), schema("talks")).map((i) => i.code)).not.toContain("unit");
  });

  it("「单位及职务」 in a header row is not the unit line", () => {
    const reading = readSheet(withUnitLine([null]), FORMS)!;
    expect(reading.table.unitLine).toBeUndefined();
  });

  it.each<[CellValue[]]>([
    [["填报科室：法规科", null, "填报人：张三"]],
    [[null, "报送部门：法规科"]],
    [[null, "部门：法规科"]],
  ])("%j below the table names the unit and is no row", (line) => {
    const s = sheet([
      [TITLE2],
      [...TALKS_HEADER],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
      line,
    ]);
    const reading = readSheet(s, FORMS)!;
    expect([reading.unit.name, reading.rows.length]).toEqual(["法规科", 1]);
    expect(reading.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it.each([["参与部门：法规科"], ["部门负责人：张三"], ["科室负责人（签字）：张三"]])(
    "「%s」 is not the unit line",
    (text) => {
      expect(readSheet(withUnitLine([text]), FORMS)!.table.unitLine).toBeUndefined();
    },
  );
});

describe("headers numbered by an Excel table (Ctrl+T makes a repeated name unique)", () => {
  const row = [1, "张三", "办公室主任", "李四", "法规科科员", "王五", "2023-02-15", "会议室", "谈心谈话"];
  it.each([
    ["单位及职务2", ["单位及职务", "单位及职务2"]],
    ["单位及职务 2 and 单位及职务1", ["单位及职务1", "单位及职务 2"]],
  ])("%s: both 单位及职务 columns, in their order", (_, [first, second]) => {
    const header = ["序号", "谈话人", first, "谈话对象", second, "记录人", "谈话时间", "谈话地点", "谈话内容类型"];
    const s = sheet([[TITLE2], ["填报单位：法规科"], header, row]);
    expect(kinds(s, "talks").filter((k) => !k.startsWith("info"))).toEqual([]);
    const r = summary(s).annexes[0].rows[0];
    expect([r.values.talkerPost, r.values.talkeePost]).toEqual(["办公室主任", "法规科科员"]);
  });

  it("a header that is a number, or ends in a year, is not cut", () => {
    const header = [...TALKS_HEADER, "2023"];
    const s = sheet([[TITLE2], ["填报单位：法规科"], header, [...row, "x"]]);
    expect(summary(s).annexes[0].extraHeaders).toEqual(["2023"]);
  });
});
