import { describe, expect, it } from "@jest/globals";
import { readSheet, validate } from "../../src/core/validate/validate";
import { canonicalEnum } from "../../src/core/validate/rules/enumeration";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { merge } from "../../src/core/merge/merge";
import { FORMS, schema, talk, talksSheet, TALKS_HEADER } from "../helpers/sheets";
import { withEnglish } from "../helpers/english";

withEnglish();

const codes = (sheet: SheetData, id = "talks", options = {}) =>
  validate(sheet, schema(id), options).map((i) => `${i.severity}:${i.code}${i.reason ? "." + i.reason : ""}@${i.cell}`);

describe("validate: one rule at a time", () => {
  it("a clean return has no issues", () => {
    expect(validate(talksSheet([talk(1), talk(2, { talker: "赵六" })]), schema("talks"))).toEqual([]);
  });

  it.each<[string, CellValue[][], string[]]>([
    ["required: empty 谈话对象", [talk(1, { talkee: null })], ["error:required@D5"]],
    ["required: whitespace only counts as empty", [talk(1, { talkee: "  " })], ["error:required@D5"]],
    [
      "required: a placeholder (/, —, 无, 暂无) is no entry",
      ["/", "——", "无", "暂无"].map((talkee, i) => talk(i + 1, { talkee, talker: `甲${i}` })),
      [
        "error:required.placeholder@D5",
        "error:required.placeholder@D6",
        "error:required.placeholder@D7",
        "error:required.placeholder@D8",
      ],
    ],
    ["required: a name with a dash in it is an entry", [talk(1, { talkee: "李-四" })], []],
    [
      "required: a placeholder in a date or listed column is said once, as a placeholder",
      [talk(1, { date: "/", type: "无" })],
      ["error:required.placeholder@G5", "error:required.placeholder@I5"],
    ],
    [
      "required: a row that only says 无 is a unit with nothing to report: one warning",
      [
        [1, "无"],
        [2, "/", null, "——"],
      ],
      ["warning:required.none@B5", "warning:required.none@B6"],
    ],
    ["date: month 23", [talk(1, { date: "2023年23月底前" })], ["error:date.month@G5"]],
    ["date: 2月30日", [talk(1, { date: "2023年2月30日" })], ["error:date.day@G5"]],
    ["date: not a date", [talk(1, { date: "上周" })], ["error:date.format@G5"]],
    // 长期坚持 is a plan for a task, not the day a talk took place.
    ["date: a standing time where a talk's day goes", [talk(1, { date: "长期坚持" })], ["error:date.format@G5"]],
    ["date: a serial kept as text", [talk(1, { date: "44951" })], ["error:date.serial-text@G5"]],
    ["talk-type: unknown type", [talk(1, { type: "闲聊" })], ["error:talk-type@I5"]],
    [
      "talk-type: another kind of talk (诫勉谈话, 警示谈话): the plan says 等, so a warning",
      [talk(1, { type: "诫勉谈话" }), talk(2, { type: "警示谈话 ", talker: "甲" })],
      ["warning:talk-type.other@I5", "warning:talk-type.other@I6"],
    ],
    [
      "talk-type: 谈话 alone, or a figure, is not another kind",
      [talk(1, { type: "谈话" }), talk(2, { type: "2次谈话", talker: "甲" })],
      ["error:talk-type@I5", "error:talk-type@I6"],
    ],
    ["talk-type: the start of one listed type: suggested", [talk(1, { type: "谈心" })], ["error:talk-type.similar@I5"]],
    [
      "talk-type: a listed type's characters in another order (谈话谈心, 谈话廉政): suggested",
      [talk(1, { type: "谈话谈心" }), talk(2, { type: "谈话廉政", talker: "甲" })],
      ["error:talk-type.similar@I5", "error:talk-type.similar@I6"],
    ],
    [
      "talk-type: one character from one listed type (任职谈话, 廉洁谈话): kept, the warning asks whether that type is meant",
      [talk(1, { type: "任职谈话" }), talk(2, { type: "廉洁谈话", talker: "甲" })],
      ["warning:talk-type.other-near@I5", "warning:talk-type.other-near@I6"],
    ],
    [
      "talk-type: the start of several listed types: none suggested",
      [talk(1, { type: "谈话" })],
      ["error:talk-type@I5"],
    ],
    [
      "talk-type: padded and full-width spellings are the same type",
      [talk(1, { type: " 廉政谈话　" }), talk(2, { type: "提醒谈话 ", talker: "甲" })],
      [],
    ],
    [
      "talk-type: a note in brackets after a listed type is that type",
      [talk(1, { type: "谈心谈话（一对一）" }), talk(2, { type: "廉政谈话(集体)", talker: "甲" })],
      [],
    ],
    [
      "talk-type: a full stop or comma typed after a listed type is that type",
      [talk(1, { type: "谈心谈话。" }), talk(2, { type: "廉政谈话；", talker: "甲" })],
      [],
    ],
    [
      "talk-type: a full stop alone after the start of a type is not",
      [talk(1, { type: "谈心。" })],
      ["error:talk-type.similar@I5"],
    ],
    [
      "talk-type: two types with their shared ending written once (谈心、提醒谈话): said to be two",
      [talk(1, { type: "谈心、提醒谈话" }), talk(2, { type: "任前、廉政谈话", talker: "甲" })],
      ["error:talk-type.several@I5", "error:talk-type.several@I6"],
    ],
    ["talk-type: a note alone, or a bracketed type, is not", [talk(1, { type: "(谈心谈话)" })], ["error:talk-type@I5"]],
    [
      "talk-type: two listed types in one cell, joined by 、 和 / or a space: said so",
      ["谈心谈话、廉政谈话", "谈心谈话和提醒谈话", "任前谈话/廉政谈话", "谈心谈话 廉政谈话"].map((type, i) =>
        talk(i + 1, { type, talker: `甲${i}` }),
      ),
      [
        "error:talk-type.several@I5",
        "error:talk-type.several@I6",
        "error:talk-type.several@I7",
        "error:talk-type.several@I8",
      ],
    ],
    [
      "talk-type: the list printed with boxes, one ticked (☑, √, ✓, ☒), is that type",
      [
        "☑谈心谈话 □任前谈话 □提醒谈话 □廉政谈话",
        "□谈心谈话 √任前谈话",
        "☐谈心谈话 ☐任前谈话 ✓提醒谈话",
        "□谈心谈话☒廉政谈话",
      ].map((type, i) => talk(i + 1, { type, talker: `甲${i}` })),
      [],
    ],
    [
      "talk-type: the list printed with boxes, none ticked or two: said so",
      [
        talk(1, { type: "□谈心谈话 □任前谈话 □提醒谈话 □廉政谈话" }),
        talk(2, { type: "☑谈心谈话 ☑廉政谈话", talker: "甲" }),
      ],
      ["error:talk-type.unticked@I5", "error:talk-type.several@I6"],
    ],
    [
      "talk-type: a list with a part that is not listed is just not listed",
      [talk(1, { type: "谈心谈话、闲聊" })],
      ["error:talk-type@I5"],
    ],
    ["duplicate: same content, other 序号", [talk(1), talk(2)], ["warning:duplicate@B6"]],
    [
      "duplicate: spacing, full-width forms and a trailing colon do not make a row new",
      [talk(1), talk(2, { talker: "　张 三：", type: " 谈心谈话" })],
      ["warning:duplicate@B6"],
    ],
    ["duplicate: one cell that differs makes a row new", [talk(1), talk(2, { talkee: "李四2" })], []],
    [
      "duplicate: cells are not run together (「张三」「李四」 is not 「张三李」「四」)",
      [talk(1), talk(2, { talker: "张三李", talkee: "四" })],
      [],
    ],
    ["序号 alone does not make a row", [talk(1), [2, null, null, null, null, null, null, null, null]], []],
  ])("%s", (_, rows, expected) => {
    expect(codes(talksSheet(rows))).toEqual(expected);
  });

  it("unit: 填报单位 empty and no file name to go by is an error on the unit cell", () => {
    expect(codes(talksSheet([talk(1)], null))).toEqual(["error:unit.missing@B3"]);
  });

  it.each<[string, CellValue[], { r1: number; c1: number; r2: number; c2: number }[], string]>([
    [
      "one cell merged across the line: the label's own cell",
      ["填报单位：      填报时间：2023年3月1日"],
      [{ r1: 2, c1: 0, r2: 2, c2: 8 }],
      "A3",
    ],
    [
      "the label merged over two cells: the cell after them",
      ["填报单位：", null, null, "填报人：张三"],
      [{ r1: 2, c1: 0, r2: 2, c2: 1 }],
      "C3",
    ],
    ["the label alone: the cell beside it", ["填报单位："], [], "B3"],
  ])("unit: left blank, the error is where the unit goes: %s", (_, line, merges, cell) => {
    const sheet = talksSheet([talk(1)], null);
    const merged = { ...sheet, rows: sheet.rows.map((r, i) => (i === 2 ? line : r)), merges };
    expect(codes(merged)).toEqual([`error:unit.missing@${cell}`]);
  });

  it("unit: the value after a label merged over two cells is read", () => {
    const sheet = talksSheet([talk(1)], null);
    const rows = sheet.rows.map((r, i) => (i === 2 ? ["填报单位：", null, "法规科"] : r));
    const issues = validate({ ...sheet, rows, merges: [{ r1: 2, c1: 0, r2: 2, c2: 1 }] }, schema("talks"), {
      roster: ["办公室", "法规科"],
    });
    expect(issues).toEqual([]);
    expect(readSheet({ ...sheet, rows, merges: [{ r1: 2, c1: 0, r2: 2, c2: 1 }] }, [schema("talks")])?.unit.name).toBe(
      "法规科",
    );
  });

  it("unit: taken from the file name matched against the roster, with a warning", () => {
    const issues = validate(talksSheet([talk(1)], null), schema("talks"), {
      roster: ["办公室", "法规科"],
      fileName: "附件2（法规科）.xlsx",
    });
    expect(issues).toMatchObject([
      { severity: "warning", code: "unit", reason: "from-file", params: { unit: "法规科" } },
    ]);
    expect(issues[0].message).toContain("法规科");
  });

  it("unit: a unit not on the roster is a warning", () => {
    expect(codes(talksSheet([talk(1)], "不存在科"), "talks", { roster: ["办公室"] })).toEqual([
      "warning:unit.unknown@B3",
    ]);
  });

  const roster = ["办公室", "法规科", "大气环境科", "水生态环境科", "宣教科", "局办公室"];
  it.each<[string, string, string[], string]>([
    ["the roster's spelling, with the bureau's name before it", "市生态环境局法规科", [], "法规科"],
    ["盖章 and spaces", "法 规 科（盖章）", [], "法规科"],
    ["a name inside a longer one is not a second unit", "局办公室", [], "局办公室"],
    [
      "a joint return: the first named, the others said",
      "大气环境科、水生态环境科",
      ["warning:unit.several@B3"],
      "大气环境科",
    ],
    [
      "not the roster's name, but one roster unit holds it: that unit, said",
      "宣教",
      ["warning:unit.similar@B3"],
      "宣教科",
    ],
    ["not on the roster, and nothing alike", "不存在科", ["warning:unit.unknown@B3"], "不存在科"],
    ["a name that two roster units hold suggests neither", "环境科", ["warning:unit.unknown@B3"], "环境科"],
    [
      "a roster unit's name, another kind: asked about, not taken",
      "法规处",
      ["warning:unit.unknown-like@B3"],
      "法规处",
    ],
    ["another kind of unit, the name two characters", "宣教处", ["warning:unit.unknown-like@B3"], "宣教处"],
  ])("unit: %s (%s)", (_, declared, expected, unit) => {
    const sheet = talksSheet([talk(1)], declared);
    expect(codes(sheet, "talks", { roster })).toEqual(expected);
    expect(readSheet(sheet, [schema("talks")], { roster })?.unit.name).toBe(unit);
  });

  it("unit: a name not on the roster asks about the likely roster unit: the same name of another kind, else the file's", () => {
    const ask = (declared: string, fileName = "x.xlsx") =>
      validate(talksSheet([talk(1)], declared), schema("talks"), { roster, fileName }).map((i) => i.message);
    expect(ask("法规处")).toEqual([
      "填报单位「法规处」不在单位名单中，是名单上的「法规科」吗？如是，请改正填报单位（或把名单上的名称改成这个）后重新汇总",
    ]);
    expect(ask("政研室", "回收/宣教科-附件2.xlsx")).toEqual([expect.stringContaining("是名单上的「宣教科」吗？")]);
    // Nothing alike and a file named by no unit: no guess.
    expect(ask("政研室", "附件2.xlsx")).toEqual(["填报单位「政研室」不在单位名单中"]);
    // A name that is one roster unit's, written with its kind: the roster's, not a question.
    expect(ask("法规科")).toEqual([]);
  });

  it("unit: a roster of full names (益阳市生态环境局赫山分局) takes the short names units write", () => {
    const full = ["益阳市生态环境局赫山分局", "益阳市生态环境局办公室", "政策法规科"];
    const unit = (declared: string) =>
      readSheet(talksSheet([talk(1)], declared), [schema("talks")], { roster: full })?.unit;
    expect(unit("赫山分局")).toMatchObject({ name: "益阳市生态环境局赫山分局", inRoster: true, written: "赫山分局" });
    expect(unit("局办公室")).toMatchObject({ name: "益阳市生态环境局办公室", inRoster: true });
    expect(unit("法规科")).toMatchObject({ name: "政策法规科", inRoster: true });
  });

  it("unit: the messages name the other units and the likely one", () => {
    const messages = (declared: string) =>
      validate(talksSheet([talk(1)], declared), schema("talks"), { roster }).map((i) => i.message);
    expect(messages("大气环境科、水生态环境科")).toEqual([
      "填报单位写了名单上的多个单位（大气环境科、水生态环境科），已按「大气环境科」汇总；如为联合报送，请各单位分别报送",
    ]);
    expect(messages("宣教")).toEqual(["填报单位「宣教」不是名单上的名称，已按名单认定为「宣教科」，请核对"]);
  });

  it("talk types are configurable (the plan says 等)", () => {
    expect(
      codes(talksSheet([talk(1, { type: "诫勉谈话" })]), "talks", { talkTypes: ["谈心谈话", "诫勉谈话"] }),
    ).toEqual([]);
    // A list the coordinator gives is the whole list: another kind of talk is then an error again.
    expect(
      codes(talksSheet([talk(1, { type: "廉政谈话" })]), "talks", { talkTypes: ["谈心谈话", "诫勉谈话"] }),
    ).toEqual(["error:talk-type@I5"]);
    // There, one character from a listed type is that type mistyped.
    const closed = validate(talksSheet([talk(1, { type: "任职谈话" })]), schema("talks"), {
      talkTypes: ["谈心谈话", "任前谈话"],
    });
    expect(closed.map((i) => `${i.severity}:${i.code}.${i.reason}`)).toEqual(["error:talk-type.similar"]);
    expect(closed[0].message).toContain("是否为「任前谈话」");
  });

  it("asks whether a type one character from a listed one is that one, and names it", () => {
    const [found] = validate(talksSheet([talk(1, { type: "提示谈话" })]), schema("talks"));
    expect(found.message).toBe(
      "谈话类型「提示谈话」不在列出的类型（谈心谈话、任前谈话、提醒谈话、廉政谈话）中，是否为「提醒谈话」？若是另一种谈话，可以保留（通知写的是「等」），统计时计入「其他」",
    );
  });

  it.each([
    [1, []],
    [2, []],
    [3, ["error:count.max@A7"]],
    [0, ["warning:count.min@A4"]],
  ])("count: %i research topics", (n, expected) => {
    const rows = Array.from({ length: n }, (_, i) => [i + 1, `课题${i}`, "目的", "安排", "张局长；办公室"]);
    const sheet: SheetData = {
      name: "附件3",
      rows: [
        ["附件3"],
        ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
        ["填报单位：办公室"],
        ["序号", "课题名称", "调研目的", "调研安排", "牵头领导\n牵头部门、参与部门"],
        ...rows,
      ],
      merges: [],
    };
    expect(codes(sheet, "research")).toEqual(expected);
  });

  it("header: a missing required column is an error, an unknown one a warning (and kept)", () => {
    const sheet = talksSheet([talk(1)]);
    const rows = sheet.rows.map((r) => [...r.slice(0, 8), null, "备用"]) as CellValue[][];
    rows[3] = [...sheet.rows[3].slice(0, 8), null, "联系电话"];
    expect(codes({ ...sheet, rows })).toEqual(["error:header.missing@I4", "warning:header.unknown@J4"]);
  });

  it("header: 附件1's two columns under one 任务事项, both missing, are said once", () => {
    const rows = [
      ["附件1"],
      ["学习宣传贯彻党的二十大精神任务清单"],
      ["序号", "栏目", "要点", "责任单位", "完成时限"],
      [1, "大学习", "组织学习", "办公室", "2023年6月底前"],
    ];
    const missing = validate({ name: "附件1", rows, merges: [] }, schema("tasks")).filter((i) => i.code === "header");
    expect(missing.map((i) => `${i.reason}@${i.cell} ${i.message}`)).toEqual([
      "missing@B3 缺少「任务事项」列",
      "unknown@B3 「栏目」不是本表的列，内容已原样保留",
      "unknown@C3 「要点」不是本表的列，内容已原样保留",
    ]);
  });

  it.each([
    ["活动名称", "工作任务"],
    ["任务类别", "任务事项"],
    ["任务事项", "具体任务"],
  ])("header: 附件1's two columns named apart (%s | %s) are its activity and its task", (first, second) => {
    const rows = [
      ["学习宣传贯彻党的二十大精神任务清单"],
      ["填报单位：办公室"],
      ["序号", first, second, "责任单位", "完成时限"],
      [1, "大学习", "组织学习", "办公室", "2023年6月底前"],
    ];
    const issues = validate({ name: "附件1", rows, merges: [] }, schema("tasks"));
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    const reading = readSheet({ name: "附件1", rows, merges: [] }, [schema("tasks")]);
    expect(reading?.rows[0].values).toMatchObject({ activity: "大学习", task: "组织学习" });
  });

  it.each<[string, string[]]>([
    ["填写示例", ["warning:sheet.sample@A4"]],
    ["附件2（样表）", ["warning:sheet.sample@A4"]],
    ["填报说明", ["warning:sheet.sample@A4"]],
    ["附件2", []],
    ["附件2模板", []],
  ])("sheet: a form in a sheet named %s, as a template's example is, is said to be merged too", (name, expected) => {
    expect(codes(talksSheet([talk(1)], "办公室", name))).toEqual(expected);
    expect(codes(talksSheet([], "办公室", name))).toEqual([]);
  });

  it.each<[string, string, CellValue[], string[]]>([
    ["merged across the table", "research", ["本单位暂无调研课题"], ["warning:required.none@A4 本单位暂无调研课题"]],
    ["a row of its own after 序号", "talks", [1, "本季度未开展谈话"], ["warning:required.none@B4 本季度未开展谈话"]],
    ["a row of its own, in 课题名称", "research", [1, "本单位暂无课题"], ["warning:required.none@B4 本单位暂无课题"]],
    ["a heading, not a statement: the quota's warning", "research", ["一、生态保护"], ["warning:count.min@A3 0"]],
    [
      "a name with 无 in it is no statement",
      "talks",
      [1, "吴无忌"],
      [
        "error:required.undefined@C4 ",
        "error:required.undefined@D4 ",
        "error:required.undefined@E4 ",
        "error:required.undefined@G4 ",
        "error:required.undefined@I4 ",
      ],
    ],
  ])("required: an empty table whose one line says there is nothing to report (%s)", (_, id, line, expected) => {
    const header = id === "talks" ? [...TALKS_HEADER] : ["序号", "课题名称", "调研目的", "调研安排", "牵头领导"];
    const merges = line.length === 1 ? [{ r1: 3, c1: 0, r2: 3, c2: header.length - 1 }] : [];
    const sheet = { name: "x", rows: [["附件"], ["填报单位：法规科"], header, line], merges };
    const issues = validate(sheet, schema(id)).filter((i) => i.severity !== "info");
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell} ${i.value}`)).toEqual(expected);
    // Merged across the table, the line is no row: the warning is about the sheet (the overview's 说明).
    expect(issues.every((i) => (i.row === undefined) === (line.length === 1))).toBe(true);
  });

  it("a sheet without the annex is one header issue, not an exception", () => {
    expect(codes({ name: "x", rows: [["随便"]], merges: [] })).toEqual(["error:header.missing@A1"]);
  });

  it("the plan's own slips in 附件1 are flagged", () => {
    const rows = [
      ["学习宣传贯彻党的二十大精神任务清单"],
      ["填报单位：办公室"],
      ["序号", "任务事项", "任务事项", "责任单位", "完成时限"],
      [1, "四、大谈话活动", "1.谈心谈话", "办公室", "2023年3月底前"],
      [2, "六、提建议活动", "1.征集", "机关党委", "2023年23月底前"],
    ];
    expect(codes({ name: "t", rows, merges: [{ r1: 2, c1: 1, r2: 2, c2: 2 }] }, "tasks")).toEqual([
      "error:date.month@E5",
    ]);
  });

  /** 附件1 with a row per [事项, 责任单位, 完成时限] under its title and header, validated: each issue briefly, and its messages. */
  const taskIssues = (...tasks: (readonly [string, string, string])[]) => {
    const rows = [
      ["学习宣传贯彻党的二十大精神任务清单"],
      ["填报单位：办公室"],
      ["序号", "任务事项", "任务事项", "责任单位", "完成时限"],
      ...tasks.map(([task, unit, deadline], i) => [i + 1, "一、大培训活动", task, unit, deadline]),
    ];
    const issues = validate({ name: "t", rows, merges: [] }, schema("tasks"));
    return {
      brief: issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`),
      messages: issues.map((i) => i.message),
    };
  };

  it("附件1: a standing task's 完成时限 (长期坚持) is a warning, with a message that says why", () => {
    const { brief, messages } = taskIssues(["1.第一议题", "办公室", "长期坚持"], ["2.宣讲", "机关党委", "每季度"]);
    expect(brief).toEqual(["warning:date.ongoing@E4", "warning:date.ongoing@E5"]);
    expect(messages[0]).toBe(
      "「长期坚持」是长期任务的时限，不是具体日期：督办时无期可依；如有节点，请写明，如「2023年12月底前」",
    );
  });

  it("附件1: a span as 完成时限 is a warning naming its end; as 谈话时间 it stays an error", () => {
    const { brief, messages } = taskIssues(
      ["1.讲党课", "机关党委", "2023年3月-12月"],
      ["2.宣讲", "机关党委", "2023年3月5日、6日"],
    );
    expect(brief).toEqual(["warning:date.span-end@E4", "error:date.several@E5"]);
    expect(messages[0]).toBe(
      "「2023年3月-12月」写的是一段时间，「完成时限」按结束的「2023年12月」计；如另有节点，请写明一个日期",
    );
    const talks = codes(talksSheet([talk(1, { date: "2023年3月5日至6日" })]), "talks");
    expect(talks).toContain("error:date.several@G5");
  });

  it("附件1: a deadline for each stage as 完成时限 is a warning naming the last; as 谈话时间 it is an error", () => {
    const { brief, messages } = taskIssues(["1.讲党课", "机关党委", "2023年6月底前完成初稿，12月底前全面完成"]);
    expect(brief).toEqual(["warning:date.stages-end@E4"]);
    expect(messages[0]).toBe(
      "「2023年6月底前完成初稿，12月底前全面完成」分阶段写了几个时限，「完成时限」按最后的「2023年12月」计；如另有节点，请写明一个日期",
    );
    const talks = codes(talksSheet([talk(1, { date: "2023年3月5日谈话，3月6日补谈" })]), "talks");
    expect(talks).toContain("error:date.several@G5");
  });

  it("附件1: 「即日起至…」 as 完成时限 is that deadline; without a year, the message adds it before the date", () => {
    const { brief, messages } = taskIssues(
      ["1.讲党课", "机关党委", "即日起至2023年12月底"],
      ["2.宣讲", "机关党委", "自即日起至12月底"],
    );
    expect(brief).toEqual(["error:date.no-year@E5"]);
    expect(messages[0]).toBe("「自即日起至12月底」缺少年份，请补上年份，如「2023年12月底」");
  });

  it("附件1: 「截至…」 and 「…止」 as 完成时限 are deadlines, their mistakes said as any date's", () => {
    const { brief, messages } = taskIssues(
      ["1.讲党课", "机关党委", "截至2023年6月30日"],
      ["2.宣讲", "机关党委", "2023年9月底止"],
      ["3.调研", "办公室", "截止到2023年23月底"],
    );
    expect(brief).toEqual(["error:date.month@E6"]);
    expect(messages[0]).toMatch(/^「截止到2023年23月底」中的月份 23 不存在/);
  });

  it("a formula saved without its result is said as such, where it stands (not as a blank); 序号 is let be", () => {
    const blank = (row: CellValue[], ...cols: number[]) => row.map((v, c) => (cols.includes(c) ? null : v));
    const sheet = talksSheet([blank(talk(1), 0, 6), blank(talk(2, { talker: "赵六" }), 6, 8)]);
    const uncalculated = [
      { r: 4, c: 0, formula: "=ROW()-4" },
      { r: 4, c: 6, formula: "=DATE(2023,1,5)" },
      { r: 5, c: 6, formula: "" },
    ];
    const issues = validate({ ...sheet, uncalculated }, schema("talks"));
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`)).toEqual([
      "error:formula.uncalculated@G5",
      "error:formula.uncalculated@G6",
      "error:required.undefined@I6",
    ]);
    expect(issues[0].message).toBe(
      "「谈话时间」是公式（=DATE(2023,1,5)），文件里没有保存计算结果，读不到值：请用 Excel 或 WPS 打开这个文件、保存后再报送",
    );
    expect(issues[1].message).toMatch(/是公式（=…）/);
  });

  it("a formula's error shown in a cell (#N/A, #DIV/0!) is one error there, not also a bad date or talk type", () => {
    const sheet = talksSheet([
      talk(1, { talkee: "#N/A", date: "#DIV/0!" }),
      talk(2, { talker: "赵六", type: "#N/A" }).map((v, c) => (c === 7 ? " #REF! " : v)),
      talk(3, { talker: "钱七", talkee: "#N/A 李四" }),
    ]);
    const issues = validate(sheet, schema("talks"));
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell} ${i.value}`)).toEqual([
      "error:formula.error-value@D5 #N/A",
      "error:formula.error-value@G5 #DIV/0!",
      "error:formula.error-value@H6  #REF! ",
      "error:formula.error-value@I6 #N/A",
    ]);
    expect(issues[0].message).toBe(
      "「谈话对象」显示的是公式出错的结果 #N/A，不是填写的内容：请填上实际内容（或改正公式）后再报送",
    );
  });

  it("a row whose only content is formulas without results is kept, not dropped", () => {
    const sheet = talksSheet([talk(1), [null, null, null, null, null, null, null, null, null]]);
    const r = readSheet({ ...sheet, uncalculated: [{ r: 5, c: 1, formula: "=Sheet2!A1" }] }, [schema("talks")])!;
    expect(r.rows.map((x) => x.row)).toEqual([4, 5]);
    expect(r.issues.filter((i) => i.code === "formula").map((i) => i.cell)).toEqual(["B6"]);
  });

  describe("同上 (as above)", () => {
    it.each<[string, CellValue[][], string[]]>([
      [
        "takes the row above's value: said once a row, at its first such cell",
        [talk(1), talk(2, { talker: "同上", talkee: "赵六", type: "同上" })],
        ["info:ditto@B6"],
      ],
      [
        "the spellings people use: 〃, ″, “同上”, 同上。, 同前",
        ["〃", "″", "“同上”", "同上。", "同前"].map((talker, i) =>
          talk(i + 1, { talker: i ? talker : "张三", talkee: `乙${i}` }),
        ),
        ["info:ditto@B6", "info:ditto@B7", "info:ditto@B8", "info:ditto@B9"],
      ],
      [
        "with nothing above (the first row) is an error where it stands, and no date error besides",
        [talk(1, { talker: "同上", date: "同上" })],
        ["error:ditto.nothing-above@B5", "error:ditto.nothing-above@G5"],
      ],
      [
        "a wrong value taken by 同上 is reported once, where it is written",
        [talk(1, { date: "2023年2月30日" }), talk(2, { date: "同上", talkee: "赵六" })],
        ["error:date.day@G5", "info:ditto@G6"],
      ],
      [
        "text that only contains 同上 is a value (同上级汇报)",
        [talk(1), talk(2, { talker: "同上级", talkee: "赵六" })],
        [],
      ],
    ])("%s", (_, rows, expected) => {
      expect(codes(talksSheet(rows)).sort()).toEqual(expected.sort());
    });

    it("the summary's row stands on its own: the values, chained through several 同上", () => {
      const sheet = talksSheet([
        talk(1, { talker: "王局长", date: "2023年1月5日" }),
        talk(2, { talker: "同上", date: "〃", talkee: "赵六" }),
        talk(3, { talker: "同上", date: "同上", talkee: "钱七", type: "同上" }),
      ]);
      const r = readSheet(sheet, [schema("talks")], { fileName: "x.xlsx", roster: [] })!;
      expect(r.rows.map((x) => [x.values.talker, x.values.date, x.values.type])).toEqual([
        ["王局长", "2023年1月5日", "谈心谈话"],
        ["王局长", "2023年1月5日", "谈心谈话"],
        ["王局长", "2023年1月5日", "谈心谈话"],
      ]);
      expect(r.rows[2].ditto).toEqual({ taken: ["talker", "date", "type"], left: [] });
      expect(r.issues.find((i) => i.cell === "B7")?.message).toBe(
        "本行「谈话人」「谈话时间」「谈话内容类型」写的「同上」已按上一行的内容汇总",
      );
    });
  });

  it("a wrong value merged over several rows is reported once, at the merged cell", () => {
    const rows = [
      ["学习宣传贯彻党的二十大精神任务清单"],
      ["填报单位：办公室"],
      ["序号", "任务事项", "任务事项", "责任单位", "完成时限"],
      [1, "六、提建议活动", "1.征集", "机关党委", "2023年23月底前"],
      [2, null, "2.对象", null, null],
      [3, null, "3.运用", null, null],
    ];
    const merges = [
      { r1: 2, c1: 1, r2: 2, c2: 2 },
      { r1: 3, c1: 1, r2: 5, c2: 1 },
      { r1: 3, c1: 3, r2: 5, c2: 3 },
      { r1: 3, c1: 4, r2: 5, c2: 4 },
    ];
    expect(codes({ name: "t", rows, merges }, "tasks")).toEqual(["error:date.month@E4"]);
  });

  it.each([
    [talk(1, { type: "闲聊" }), "谈话类型「闲聊」不在可选范围内，应为：谈心谈话、任前谈话、提醒谈话、廉政谈话"],
    [
      talk(1, { type: "谈心" }),
      "谈话类型「谈心」不在可选范围内，是否为「谈心谈话」？应为：谈心谈话、任前谈话、提醒谈话、廉政谈话",
    ],
    [talk(1, { talkee: null }), "「谈话对象」未填写"],
    [talk(1, { date: "6月底前" }), "「6月底前」缺少年份，请补上年份，如「2023年6月底前」"],
    [
      talk(1, { date: "2023年3月5日（星期一）" }),
      "「2023年3月5日（星期一）」中的日期和星期对不上：2023年3月5日是星期日，请核对",
    ],
  ])("messages are filled in completely: %j", (row, message) => {
    const [issue] = validate(talksSheet([row]), schema("talks"));
    expect(issue.message).toBe(message);
    expect(issue.message).not.toMatch(/[{}]/);
  });

  it("every issue carries a Chinese message, and English on request", () => {
    const sheet = talksSheet([talk(1, { date: "2023年2月30日" })]);
    expect(validate(sheet, schema("talks"))[0].message).toBe("「2023年2月30日」不存在：2023年2月只有 28 天");
    expect(validate(sheet, schema("talks"), { locale: "en" })[0].message).toContain("has only 28 days");
  });
});

describe("validate never throws", () => {
  const junk: CellValue[] = [
    null,
    "",
    "序号",
    "谈话人",
    0,
    -1,
    1e308,
    true,
    { kind: "date", serial: -5 },
    "填报单位：",
    "2023年99月",
    "\u0000",
  ];
  it.each(Array.from({ length: 30 }, (_, seed) => [seed]))("random sheet %i", (seed) => {
    let s = seed + 1;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const rows = Array.from({ length: 12 }, () =>
      Array.from({ length: 10 }, () => junk[Math.floor(rnd() * junk.length)]),
    );
    rows[3] = [...TALKS_HEADER];
    const merges = [
      { r1: 4, c1: 1, r2: 9, c2: 2 },
      { r1: 0, c1: 0, r2: 30, c2: 0 },
    ];
    for (const id of ["tasks", "talks", "research", "suggestions", "practical"])
      expect(() => validate({ name: "r", rows, merges }, schema(id))).not.toThrow();
  });
});

describe("canonicalEnum: the listed spelling a cell means", () => {
  const types = ["谈心谈话", "任前谈话", "提醒谈话", "廉政谈话"];
  it.each([
    ["谈心谈话", "谈心谈话"],
    [" 廉政谈话　", "廉政谈话"],
    ["提醒 谈话", "提醒谈话"],
    ["任前谈话：", "任前谈话"],
    ["谈心", null],
    ["", null],
    // The occasion before a listed type, as the plan writes 「民主生活会前谈心谈话」: that type.
    ["民主生活会前谈心谈话", "谈心谈话"],
    ["集体廉政谈话", "廉政谈话"],
    ["一对一谈心谈话", "谈心谈话"],
    // …but not two types run together, a list, a figure or a type of its own.
    ["谈心廉政谈话", null],
    ["任前提醒谈话", null],
    ["谈心谈话廉政谈话", null],
    ["谈心谈话、廉政谈话", null],
    ["第2次谈心谈话", null],
    ["诫勉谈话", null],
    ["廉洁谈话", null],
  ])("%j → %j", (value, expected) => {
    expect(canonicalEnum(value, types)).toBe(expected);
  });

  it("the first listed of two spellings with the same key wins, and each list is its own", () => {
    expect(canonicalEnum("Ａ类", ["A类", "Ａ类"])).toBe("A类");
    expect(canonicalEnum("A类", ["Ａ类"])).toBe("Ａ类");
    expect(canonicalEnum("A类", types)).toBeNull();
  });
});

/** 附件1 with one task whose 完成时限 is `deadline`. */
const taskSheet = (deadline: CellValue): SheetData => ({
  name: "附件1",
  rows: [
    ["学习宣传贯彻党的二十大精神任务清单"],
    ["填报单位：办公室"],
    ["序号", "任务事项", "任务事项", "责任单位", "完成时限"],
    [1, "大学习", "集中学习", "办公室", deadline],
  ],
  merges: [],
});

describe("a form without its 填报单位 line", () => {
  it("附件1 as the plan prints it (no 填报单位: the bureau's own list) says nothing of a unit", () => {
    const plan = taskSheet("2023年6月底前");
    const sheet = { ...plan, rows: plan.rows.filter((r) => r[0] !== "填报单位：办公室") };
    expect(codes(sheet, "tasks")).toEqual([]);
  });

  it("a unit's return (附件2) without one is an error: whose rows they are is not known", () => {
    const sheet = talksSheet([talk(1)]);
    expect(codes({ ...sheet, rows: sheet.rows.filter((r) => r[0] !== "填报单位：") })).toEqual([
      "error:unit.missing@A2",
    ]);
  });
});

describe("a template's sample row left in", () => {
  const row = (index: CellValue, talker: CellValue, talkee: CellValue = "李四"): CellValue[] => {
    const r = talk(1, { talker, talkee });
    r[0] = index;
    return r;
  };
  it.each<[string, CellValue[], string[]]>([
    ["marked 示例 in 序号", row("示例", "张三"), ["warning:row.example@A5"]],
    ["marked 例：", row("例：", "张三"), ["warning:row.example@A5"]],
    ["marked 填写示例", row("填写示例", "张三"), ["warning:row.example@A5"]],
    ["two names left as stand-ins (张XX, 李XX)", row(1, "张XX", "李XX"), ["warning:row.example@B5"]],
    ["full-width and 某某", row(1, "张ＸＸ", "某某"), ["warning:row.example@B5"]],
    ["one stand-in alone is not enough", row(1, "张XX"), []],
    ["a real row", row(1, "张三"), []],
    ["例 inside a name is no mark", row("1", "例如"), []],
  ])("%s", (_, r, expected) => {
    expect(codes(talksSheet([r]))).toEqual(expected);
  });

  it("the row is kept and merged, its value quoted in the message", () => {
    const issues = validate(talksSheet([row("示例", "张XX", "李XX"), talk(2)]), schema("talks"));
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["row", "这一行像是模板里的填表示例（「示例」），不是实际填报的内容：是示例请删除，是实际内容请照实改写"],
    ]);
    expect(readSheet(talksSheet([row("示例", "张XX", "李XX"), talk(2)]), [schema("talks")])?.rows).toHaveLength(2);
  });
});

describe("rows the workbook hides (SheetData.hiddenRows)", () => {
  // talksSheet's rows: the form's rows begin at sheet row 4 (A5).
  const sheet = (hiddenRows: number[], hidden = false): SheetData => ({
    ...talksSheet([talk(1), talk(2, { talkee: "赵六" }), talk(3, { talkee: "钱七" })]),
    hiddenRows,
    ...(hidden ? { hidden: true } : {}),
  });

  it.each<[string, SheetData, string[]]>([
    ["none hidden", sheet([]), []],
    ["a form's row hidden: a warning on it", sheet([5]), ["warning:row.hidden@A6"]],
    ["two of them, each said", sheet([4, 6]), ["warning:row.hidden@A5", "warning:row.hidden@A7"]],
    ["the unit line or header hidden: no row of the form", sheet([2, 3]), []],
    ["an empty row hidden below the form", sheet([40]), []],
    ["in a hidden sheet: said once, for the sheet", sheet([5], true), ["warning:sheet.hidden@A4"]],
  ])("%s", (_, data, expected) => {
    expect(codes(data)).toEqual(expected);
  });

  it("the row is kept and merged, with the message on it", () => {
    const result = merge([{ file: "办公室.xlsx", sheets: [sheet([5])] }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => r.values.talkee)).toEqual(["李四", "赵六", "钱七"]);
    const said = result.returns.flatMap((r) => r.reading.issues).filter((i) => i.code === "row");
    expect(said.map((i) => [i.severity, i.reason, i.cell, i.value, i.message])).toEqual([
      [
        "warning",
        "hidden",
        "A6",
        "2",
        "这一行在报送的文件里是隐藏的（隐藏了、被筛选掉或折叠起来），打开文件时看不到，已照常汇总：如不该报送，请删除这一行后重新报送",
      ],
    ]);
  });
});

describe("a talk's date without its day", () => {
  it.each<[string, CellValue, string[]]>([
    ["a month: kept, warned of", "2023年2月", ["warning:date.no-day@G5"]],
    ["a part of a month", "2023年2月上旬", ["warning:date.no-day@G5"]],
    ["a month in figures", "2023.2", ["warning:date.no-day@G5"]],
    ["a year alone: an error", "2023年", ["error:date.no-day@G5"]],
    ["a day is fine", "2023年2月3日", []],
    ["a day with a time of day too", "2023年2月3日上午", []],
  ])("%s: %j", (_, date, expected) => {
    const issues = validate(talksSheet([talk(1, { date })]), schema("talks"), { asOf: 45000 });
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`)).toEqual(expected);
    if (expected.length)
      expect(issues[0].message).toBe(`「${date}」没有写到哪一天：谈话时间请写明年月日，如「2023年1月5日」`);
  });

  it("a month typed into a date cell (2023年2月, kept as the 1st and shown without its day) is a month, not 2月1日", () => {
    const date: CellValue = { kind: "date", serial: 44958, precision: "month" };
    const issues = validate(talksSheet([talk(1, { date })]), schema("talks"), { asOf: 45000 });
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}:${i.message}`)).toEqual([
      "warning:date.no-day@G5:「2023年2月」没有写到哪一天：谈话时间请写明年月日，如「2023年1月5日」",
    ]);
    const merged = merge([{ file: "a.xlsx", sheets: [talksSheet([talk(1, { date })])] }], { schemas: FORMS });
    expect(merged.annexes[0].rows[0].values.date).toBe("2023年2月");
  });

  it.each<[string, "talks" | "tasks", CellValue, string[]]>([
    // Typed 2023.10 into a number cell: stored (and shown) 2023.1, which reads as January.
    ["a talk's 2023.1 in a number cell", "talks", 2023.1, ["warning:date.tenth-month@G5"]],
    ["a task's 2023.1 in a number cell", "tasks", 2023.1, ["warning:date.tenth-month@E4"]],
    // As text, it is as typed; another month in a number cell cannot have lost a 0.
    ["2023.1 as text", "tasks", "2023.1", []],
    ["2023.3 in a number cell", "tasks", 2023.3, []],
    ["2023.11 in a number cell", "tasks", 2023.11, []],
  ])("%s: may be October", (_, form, date, expected) => {
    const sheet = form === "talks" ? talksSheet([talk(1, { date })]) : taskSheet(date);
    const issues = validate(sheet, schema(form), { asOf: 46000 });
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`)).toEqual(expected);
    if (expected.length)
      expect(issues[0].message).toBe(
        "「2023.1」是按数字存的，读作 2023 年 1 月；但在表格里输入 2023.10 时末尾的 0 会被去掉，也存成 2023.1：如指 10 月，请改写成「2023年10月」",
      );
  });

  it("a deadline may give only a month (附件1's 完成时限: 2023年7月底前)", () => {
    const tasks = validate(taskSheet("2023年7月"), schema("tasks"));
    expect(tasks.filter((i) => i.code === "date")).toEqual([]);
  });
});

describe("a talk dated before the campaign could begin (the 20th Party Congress opened 2022-10-16)", () => {
  it.each<[string, CellValue, string[]]>([
    ["a slip in the year (2013 for 2023) is warned of", "2013-03-05", ["warning:date.before@G5"]],
    ["a date cell too", { kind: "date", serial: 41338 }, ["warning:date.before@G5"]],
    ["the day before is warned of", "2022年10月15日", ["warning:date.before@G5"]],
    ["the day itself is fine", "2022年10月16日", []],
    ["after it is fine", "2022-11-20", []],
  ])("%s", (_, date, expected) => {
    const issues = validate(talksSheet([talk(1, { date })]), schema("talks"), { asOf: 44990 });
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`)).toEqual(expected);
    if (expected.length)
      expect(issues[0].message).toMatch(/早于党的二十大开幕（2022年10月16日），不会是本次活动的谈话时间：请核对年份$/);
  });

  it("a deadline (附件1's 完成时限) has no such bound: the plan's own dates are said as they are", () => {
    expect(schema("tasks").columns.some((c) => c.since)).toBe(false);
    expect(validate(taskSheet("2013年3月底前"), schema("tasks")).filter((i) => i.code === "date")).toEqual([]);
  });
});

describe("a talk dated after the form was filled in", () => {
  const asOf = 44990; // 2023-03-05
  it.each<[string, CellValue, string[]]>([
    ["the day itself is fine", "2023年3月5日", []],
    ["a day later is warned of", "2023年3月6日", ["warning:date.future@G5"]],
    ["a slip in the year (2033) is warned of", "2033-03-01", ["warning:date.future@G5"]],
    ["a date cell too", { kind: "date", serial: 45000 }, ["warning:date.future@G5"]],
    ["earlier is fine", "2023-02-28", []],
  ])("%s", (_, date, expected) => {
    const issues = validate(talksSheet([talk(1, { date })]), schema("talks"), { asOf });
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`)).toEqual(expected);
    if (expected.length) expect(issues[0].message).toMatch(/晚于填表的日子（2023年3月5日）/);
  });

  it("says nothing without the day, nor of a deadline (附件1's 完成时限 lies ahead)", () => {
    expect(validate(talksSheet([talk(1, { date: "2033-03-01" })]), schema("talks"))).toEqual([]);
    const tasks = validate(taskSheet("2023年7月底前"), schema("tasks"), { asOf });
    expect(tasks.filter((i) => i.code === "date")).toEqual([]);
  });
});
