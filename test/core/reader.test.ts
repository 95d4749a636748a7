import { describe, expect, it } from "@jest/globals";
import { readSheet, readSheets } from "../../src/core/validate/validate";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { talkRows, random } from "../../src/app/demo/samples";
import { schema, TALKS_HEADER } from "../helpers/sheets";

const read = (sheet: SheetData, fileName = "x.xlsx") =>
  readSheet(sheet, BUILTIN_ANNEXES, { fileName, roster: ["办公室", "法规科"] });
const rows6 = talkRows(random(1), "办公室", 6);

describe("finding an annex in a returned sheet", () => {
  it.each([
    ["the plain layout", {}],
    ["a renamed sheet", { sheetName: "Sheet1" }],
    [
      "columns in another order",
      { order: ["index", "type", "date", "talker", "talkerPost", "talkee", "talkeePost", "recorder", "place"] },
    ],
    ["headers with line breaks and spaces", { messyHeaders: true }],
    ["blank rows between data rows", { blankAfter: [0, 3] }],
    ["many trailing blank template rows", { trailingBlank: 2000 }],
    ["values merged down over several rows", { mergeDown: ["talker", "talkerPost"] }],
  ])("reads all 6 rows with %s", (_, layout) => {
    const sheet = returnSheet(schema("talks"), rows6, { unit: "办公室", ...layout });
    const r = read(sheet)!;
    expect(r.table.schema.id).toBe("talks");
    expect(r.unit).toMatchObject({ name: "办公室", source: "line" });
    expect(r.rows).toHaveLength(6);
    expect(r.rows.map((x) => x.values.talkee)).toEqual(rows6.map((x) => x.talkee));
    expect(r.rows.map((x) => x.values.talker)).toEqual(rows6.map((x) => x.talker));
  });

  it("carries a merged value to every row it covers", () => {
    const same = rows6.map((r) => ({ ...r, talker: "局长甲" }));
    const r = read(returnSheet(schema("talks"), same, { unit: "办公室", mergeDown: ["talker"] }))!;
    expect(r.rows.map((x) => x.values.talker)).toEqual(Array(6).fill("局长甲"));
    expect(r.issues.filter((i) => i.code === "required")).toEqual([]);
  });

  it("tells the two 单位及职务 columns apart by position", () => {
    const r = read(returnSheet(schema("talks"), rows6, { unit: "办公室" }))!;
    expect(r.rows[0].values.talkerPost).toBe(rows6[0].talkerPost);
    expect(r.rows[0].values.talkeePost).toBe(rows6[0].talkeePost);
  });

  it("finds the table below extra title rows and beside an empty first column", () => {
    const base = returnSheet(schema("talks"), rows6, { unit: "办公室" });
    const shifted: SheetData = {
      name: "s",
      rows: [["某某单位报表"], [], ...base.rows.map((r) => [null, ...r])],
      merges: [],
    };
    const r = read(shifted)!;
    expect(r.rows).toHaveLength(6);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.issues.length).toBe(0);
  });

  it("reads 填报单位 written in one cell, with a full-width colon and 盖章", () => {
    const base = returnSheet(schema("talks"), rows6, { unit: "办公室" });
    const rows = base.rows.map((r) => [...r]) as CellValue[][];
    rows[2] = ["填报单位（盖章）：法规科"];
    expect(read({ ...base, rows })!.unit).toMatchObject({ name: "法规科", source: "line", inRoster: true });
  });

  it.each([
    ["with a date in the same cell", ["填报单位：法规科      填报时间：2023年2月1日"]],
    ["with its value two cells on", ["填报单位：", null, "法规科"]],
  ])("reads 填报单位 %s", (_, line) => {
    const base = returnSheet(schema("talks"), rows6, { unit: "办公室" });
    const rows = base.rows.map((r) => [...r]) as CellValue[][];
    rows[2] = line as CellValue[];
    expect(readSheet({ ...base, rows }, BUILTIN_ANNEXES, { fileName: "x.xlsx" })!.unit).toMatchObject({
      name: "法规科",
      source: "line",
    });
  });

  it("finds 填报单位 below the table, and does not take it for data", () => {
    const base = returnSheet(schema("talks"), rows6, { unit: "办公室" });
    const rows = base.rows.map((r) => [...r]) as CellValue[][];
    rows[2] = [null];
    rows.push(["填报单位：法规科", null, null, null, "填报人：张三"]);
    const r = read({ ...base, rows })!;
    expect(r.unit).toMatchObject({ name: "法规科", source: "line" });
    expect(r.rows).toHaveLength(6);
  });

  it("takes no data from a header merged down over two rows", () => {
    const base = returnSheet(schema("talks"), rows6, { unit: "办公室" });
    const rows = base.rows.map((r) => [...r]) as CellValue[][];
    rows.splice(4, 0, Array(9).fill(null));
    const merges = [
      ...base.merges.map((m) => (m.r1 >= 4 ? { ...m, r1: m.r1 + 1, r2: m.r2 + 1 } : m)),
      ...Array.from({ length: 9 }, (_, c) => ({ r1: 3, c1: c, r2: 4, c2: c })),
    ];
    const r = read({ ...base, rows, merges })!;
    expect(r.rows).toHaveLength(6);
    expect(r.rows[0].values.talker).toBe(rows6[0].talker);
  });

  it("skips footers, notes and a repeated header row", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 2), { unit: "办公室" });
    const rows = [
      ...base.rows,
      ["序号", "谈话人", "单位及职务", "谈话对象", "单位及职务", "记录人", "谈话时间", "谈话地点", "谈话内容类型"],
      ["填报人：张三", null, "联系电话：0737-1234567"],
    ];
    expect(read({ ...base, rows })!.rows).toHaveLength(2);
  });

  // The header as this unit wrote it, pasted again halfway down (a second batch of talks, a page's
  // printed header copied back): its labels are the sheet's own, not the form's.
  const OWN_HEADER = [
    "序 号",
    "谈话人姓名",
    "单位及职务",
    "谈话对象",
    "单位及职务",
    "记录人",
    "谈话时间\n（年月日）",
    "地点",
    "谈话类型　",
  ];
  it.each<[string, CellValue[][]]>([
    ["once", [OWN_HEADER]],
    ["with a blank 记录人", [OWN_HEADER.map((h, i) => (i === 5 ? null : h))]],
  ])("skips the sheet's own header repeated between the rows (%s)", (_, repeat) => {
    const rows = [["填报单位：办公室"], OWN_HEADER, rows6[0], ...repeat, rows6[1]].map((r) =>
      Array.isArray(r) ? r : [1, r.talker, r.talkerPost, r.talkee, r.talkeePost, r.recorder, r.date, r.place, r.type],
    );
    const r = read({ name: "附件2", rows, merges: [] })!;
    expect(r.rows.map((x) => x.values.talkee)).toEqual([rows6[0].talkee, rows6[1].talkee]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("skips a two-row header repeated between the rows (谈话人 over 姓名 | 单位及职务)", () => {
    const top = ["序号", "谈话人", null, "谈话对象", null, "记录人", "谈话时间", "谈话地点", "谈话内容类型"];
    const sub = [null, "姓名", "单位及职务", "姓名", "单位及职务"];
    const line = (x: (typeof rows6)[number]) => [
      1,
      x.talker,
      x.talkerPost,
      x.talkee,
      x.talkeePost,
      x.recorder,
      x.date,
      x.place,
      x.type,
    ];
    const rows = [["填报单位：办公室"], top, sub, line(rows6[0]), top, sub, line(rows6[1])];
    const merges = [
      { r1: 1, c1: 1, r2: 1, c2: 2 },
      { r1: 1, c1: 3, r2: 1, c2: 4 },
      ...[0, 5, 6, 7, 8].map((c) => ({ r1: 1, c1: c, r2: 2, c2: c })),
    ];
    const r = read({ name: "附件2", rows, merges })!;
    expect(r.table.headerRows).toBe(2);
    expect(r.rows.map((x) => x.values.talkee)).toEqual([rows6[0].talkee, rows6[1].talkee]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it.each<[string, CellValue[]]>([
    ["以下空白 under 谈话人", [null, "以下空白"]],
    ["（以下空白） under 谈话对象", [null, null, null, "（以下空白）"]],
    ["spaced out, in 序号 and 谈话人", ["以 下 空 白", "以 下 空 白"]],
    ["本表以下无内容", [null, "本表以下无内容"]],
    ["此页无正文", [null, "此页无正文"]],
    // The 序号 a pre-numbered form gives the line, as a number or as text.
    ["after its 序号", [3, "以下空白"]],
    ["after its 序号 as text", ["3", null, "（以下无内容）"]],
  ])("skips the line that closes the table (%s)", (_, line) => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 2), { unit: "办公室" });
    const r = read({ ...base, rows: [...base.rows, line] })!;
    expect(r.rows).toHaveLength(2);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("keeps a row that says more than 以下空白, and rows written below it", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 1), { unit: "办公室" });
    const later = base.rows[base.rows.findIndex((r) => r[0] === "序号") + 1];
    const rows = [...base.rows, [null, "以下空白", "科员"], [2, "以下空白", "科员"], [null, "以下空白"], later];
    const r = read({ ...base, rows })!;
    expect(r.rows).toHaveLength(4);
  });

  it("keeps a row whose names only look like labels when the others are data", () => {
    const rows = [
      ["填报单位：办公室"],
      OWN_HEADER,
      [1, "谈话人姓名", "记录人", "张三", "科员", "李四", "2023-01-05", "会议室", "谈心谈话"],
    ];
    expect(read({ name: "附件2", rows, merges: [] })!.rows).toHaveLength(1);
  });

  it.each<[string, CellValue[]]>([
    ["a date", [null, null, null, null, null, null, "2023年1月10日"]],
    ["a date cell", [null, null, null, null, null, null, null, null, { kind: "date", serial: 44936 }]],
    ["盖章", [null, null, null, null, null, null, null, "（盖章）"]],
  ])("skips the signature line below 填报人 (%s)", (_, line) => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 2), { unit: "办公室" });
    const rows = [...base.rows, ["填报人：张三", null, "联系电话：0737-1234567"], line];
    expect(read({ ...base, rows })!.rows).toHaveLength(2);
  });

  it("skips a line grouping the rows (「二、科室内部谈话」 merged across the table), 二 in 序号 or not", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 4), { unit: "办公室" });
    const header = base.rows.findIndex((r) => r[0] === "序号");
    const rows = [
      ...base.rows.slice(0, header + 1),
      [null, "一、局领导班子成员谈话"],
      ...base.rows.slice(header + 1, header + 3),
      ["二", "科室内部谈话"],
      ...base.rows.slice(header + 3),
    ];
    const merges = [
      ...base.merges,
      { r1: header + 1, c1: 1, r2: header + 1, c2: 8 },
      { r1: header + 4, c1: 1, r2: header + 4, c2: 8 },
    ];
    const r = read({ ...base, rows, merges })!;
    expect(r.rows.map((x) => x.values.talkee)).toEqual(rows6.slice(0, 4).map((x) => x.talkee));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps lines that only look like headings: unmerged, or in a form of one column (附件4)", () => {
    // 附件3 with only the topic filled in (the rest to come) stays a row, its blanks reported.
    const research = returnSheet(schema("research"), [{ topic: "一、洞庭湖水质调研" }], { unit: "办公室" });
    expect(read(research)!.rows.map((x) => x.values.topic)).toEqual(["一、洞庭湖水质调研"]);
    // A suggestion merged across the page is a suggestion.
    const base = returnSheet(schema("suggestions"), [{ content: "一、加强培训" }], { unit: "办公室" });
    const at = base.rows.findIndex((row) => row[1] === "一、加强培训");
    const wide = { ...base, rows: base.rows.map((row, i) => (i === at ? [row[0], row[1], null, null] : row)) };
    const merged = { ...wide, merges: [...wide.merges, { r1: at, c1: 1, r2: at, c2: 3 }] };
    expect(read(merged)!.rows.map((x) => x.values.content)).toEqual(["一、加强培训"]);
  });

  it("keeps a row below a footer that holds more than a date (a talk written under the note)", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 2), { unit: "办公室" });
    const late = [3, "甲", "科长", "乙", "科员", "丙", "2023年1月10日", "会议室", "谈心谈话"];
    const rows = [
      ...base.rows,
      ["备注：谈话类型为谈心谈话等"],
      late,
      [null, null, null, null, null, null, "2023年1月11日"],
    ];
    const r = read({ ...base, rows })!;
    // The lone date after a data row is a row (with its blanks reported), not a signature.
    expect(r.rows.map((x) => x.values.date)).toEqual([
      ...rows6.slice(0, 2).map((x) => x.date),
      "2023年1月10日",
      "2023年1月11日",
    ]);
  });

  it.each([
    ["合计", ["合计", "3人次"]],
    ["合 计 (spaced)", ["合 计", null, null, null, null, null, null, null, "3"]],
    ["小计 in the middle", ["小计：2"]],
    ["总计 after a blank first cell", [null, "总计", "3"]],
    ["合计 and its figure in one cell, after a blank first cell", [null, "合计3人次"]],
    ["共计 and what is counted", ["共计谈话3次"]],
    // The total row of an Excel table (Table Design › Total Row), as Chinese Excel labels it.
    ["汇总, an Excel table's total row", ["汇总", null, null, 3]],
  ])("skips a totals line (%s) and keeps the rows around it", (_, line) => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 3), { unit: "办公室" });
    const header = base.rows.findIndex((r) => r[0] === "序号");
    const rows = [...base.rows.slice(0, header + 3), line, ...base.rows.slice(header + 3)];
    const r = read({ ...base, rows })!;
    expect(r.rows.map((x) => x.values.talkee)).toEqual(rows6.slice(0, 3).map((x) => x.talkee));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads a row whose first cell only begins with 合计 as data", () => {
    const base = returnSheet(schema("suggestions"), [{ content: "统一印制宣传资料" }], { unit: "办公室" });
    const header = base.rows.findIndex((r) => r[0] === "序号");
    const rows = [
      ...base.rows.slice(0, header + 1),
      [null, "合计划生育宣传资料统一印制"],
      ...base.rows.slice(header + 2),
    ];
    const r = read({ ...base, rows })!;
    expect(r.rows.map((x) => x.values.content)).toEqual(["合计划生育宣传资料统一印制"]);
  });

  it("points at the blank beside 「填报单位：」 when the next thing on the line is 填报人", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 1), { unit: "办公室" });
    const rows = base.rows.map((r) =>
      typeof r[0] === "string" && r[0].startsWith("填报单位")
        ? ["填报单位：", null, null, null, null, null, "填报人：张三"]
        : r,
    );
    const r = read({ ...base, rows }, "x.xlsx")!;
    const line = rows.findIndex((row) => row[0] === "填报单位：");
    expect(r.issues.filter((i) => i.code === "unit").map((i) => [i.reason, i.cell])).toEqual([
      ["missing", `B${line + 1}`],
    ]);
  });

  it("takes the unit from the form's title when 填报单位 is empty (大谈话统计表（法规科）)", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 1), { unit: "办公室", unitLineEmpty: true });
    const rows = base.rows.map((r) =>
      typeof r[0] === "string" && r[0].includes("大谈话统计表") ? [`${r[0]}（法规科）`, ...r.slice(1)] : r,
    );
    const r = read({ ...base, rows }, "附件2.xlsx")!;
    expect(r.unit).toMatchObject({ name: "法规科", source: "title", inRoster: true });
    expect(r.issues.map((i) => `${i.code}.${i.reason}:${i.message}`)).toEqual([
      "unit.from-title:未填写填报单位，已按标题认定为「法规科」",
    ]);
  });

  it("takes the unit from the sheet's name when 填报单位 is empty and the file names none", () => {
    const base = returnSheet(schema("talks"), rows6.slice(0, 1), { unit: "办公室", unitLineEmpty: true });
    const r = read({ ...base, name: "法规科" }, "附件2.xlsx")!;
    expect(r.unit).toMatchObject({ name: "法规科", source: "sheet-name", inRoster: true });
    expect(r.issues.map((i) => `${i.code}.${i.reason}:${i.severity}:${i.message}`)).toEqual([
      "unit.from-sheet-name:warning:未填写填报单位，已按工作表名「法规科」认定为「法规科」",
    ]);
  });

  it("recognises every annex by its header, and nothing in an unrelated sheet", () => {
    for (const s of BUILTIN_ANNEXES.filter((x) => x.id !== "tasks")) {
      const sheet = returnSheet(
        s,
        [
          Object.fromEntries(
            s.columns.map((c) => [
              c.key,
              c.type === "date" ? "2023-1-5" : c.type === "enum" ? c.enumeration![0] : "内容",
            ]),
          ),
        ],
        { unit: "办公室" },
      );
      expect(read(sheet)?.table.schema.id).toBe(s.id);
    }
    expect(read({ name: "说明", rows: [["本表由办公室填报"], ["序号", "姓名"]], merges: [] })).toBeNull();
  });
});

describe("header cells merged across several columns keep every column's values", () => {
  const TALK = [1, "甲", "科长", "乙", "科员", "丙"];
  const sheet = (
    header: CellValue[],
    sub: CellValue[],
    rows: CellValue[][],
    merges: SheetData["merges"],
  ): SheetData => ({
    name: "附件2",
    rows: [["学习宣传贯彻党的二十大精神·大谈话统计表"], ["填报单位：法规科"], header, sub, ...rows],
    merges,
  });
  // 谈话时间 over three cells (年 | 月 | 日 in the row below).
  const HEADER = [...TALKS_HEADER.slice(0, 7), null, null, ...TALKS_HEADER.slice(7)];
  // Every header cell but 谈话时间 merged down over the sub-header row; 谈话时间 merged across 年 | 月 | 日.
  const merges = [
    { r1: 2, c1: 6, r2: 2, c2: 8 },
    ...[0, 1, 2, 3, 4, 5, 9, 10].map((c) => ({ r1: 2, c1: c, r2: 3, c2: c })),
  ];
  const SUB = [null, null, null, null, null, null, "年", "月", "日", null, null];

  it("谈话时间 over 年 | 月 | 日 is the date they make, checked as one (2023 | 2 | 30 does not exist)", () => {
    const rows = [
      [...TALK, 2023, 1, 5, "会议室", "谈心谈话"],
      [...TALK.slice(0, 3), "丁", ...TALK.slice(4), "2023", "2", "30", "会议室", "廉政谈话"],
    ];
    const r = read(sheet(HEADER, SUB, rows, merges))!;
    expect(r.rows.map((x) => x.values.date)).toEqual(["2023年1月5日", "2023年2月30日"]);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}.${i.reason}@${i.cell}`)).toEqual([
      "date.day@G6",
    ]);
  });

  it("a text column's header over two cells joins both values; an extra one's second cell is kept too", () => {
    // 谈话地点 over two cells, and a 备注 the form lacks over two more.
    const header = [...TALKS_HEADER.slice(0, 8), null, TALKS_HEADER[8], "备注", null];
    const across = [
      { r1: 1, c1: 7, r2: 1, c2: 8 },
      { r1: 1, c1: 10, r2: 1, c2: 11 },
    ];
    const rows = [[...TALK, "2023-01-05", "机关", "三楼会议室", "谈心谈话", "已整改", "见附件"]];
    const r = read({ name: "附件2", rows: [["填报单位：法规科"], header, ...rows], merges: across })!;
    expect(r.rows[0].values.place).toBe("机关\n三楼会议室");
    expect(r.rows[0].extras).toEqual(["已整改", "见附件"]);
  });
});

describe("a column without a header", () => {
  const header = [...TALKS_HEADER];
  const talk1 = [1, "甲", "科长", "乙", "科员", "丙", "2023-01-05", "机关", "谈心谈话"];
  const talk2 = [2, "甲", "科长", "丁", "科员", "丙", "2023-01-06", "机关", "谈心谈话"];

  it("holding notes beside the form's rows is kept, named by its letter, with a warning", () => {
    const rows = [["填报单位：法规科"], header, [...talk1, "已整改"], [...talk2, null, null, "见附件"]];
    const r = read({ name: "附件2", rows, merges: [] })!;
    expect(r.table.extras).toEqual([
      { header: "J列", col: 9, untitled: true },
      { header: "L列", col: 11, untitled: true },
    ]);
    expect(r.rows.map((x) => x.extras)).toEqual([
      ["已整改", null],
      [null, "见附件"],
    ]);
    expect(r.issues.map((i) => `${i.severity}:${i.code}.${i.reason}@${i.cell}`)).toEqual([
      "warning:header.untitled@J2",
      "warning:header.untitled@L2",
    ]);
    expect(r.issues[0].message).toBe(
      "J列没有表头，但表中的行在这一列写了内容：已原样保留（汇总表中列为「J列」），请核对",
    );
  });

  it("on other lines only (a footer's date, a line of its own below) makes no column and no row", () => {
    const rows = [
      ["填报单位：法规科"],
      header,
      talk1,
      ["填报人：张三", null, "联系电话：0737-1234567", null, null, null, null, null, null, null, "2023年1月10日"],
      [null, null, null, null, null, null, null, null, null, null, "（盖章）"],
    ];
    const r = read({ name: "附件2", rows, merges: [] })!;
    expect(r.table.extras).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.issues).toEqual([]);
  });
});

describe("two forms side by side on one sheet", () => {
  const rows: CellValue[][] = [
    ["学习宣传贯彻党的二十大精神·提建议清单", null, null, null, "学习宣传贯彻党的二十大精神·办实事征集表"],
    ["填报单位：法规科", null, null, null, "填报单位：法规科"],
    ["序号", "建议内容", null, null, "序号", "办实事事项", "主要内容", "参与部门", "牵头领导"],
    [1, "加强培训", null, null, 1, "改善饮水", "更换管网", "水科", null],
    [2, "完善制度"],
  ];

  it("are read apart, each with its own rows, cells named where they stand", () => {
    const readings = readSheets({ name: "报表", rows, merges: [] }, BUILTIN_ANNEXES);
    expect(readings.map((r) => [r.table.schema.id, r.unit.name, r.rows.length])).toEqual([
      ["suggestions", "法规科", 2],
      ["practical", "法规科", 1],
    ]);
    expect(readings[0].issues.filter((i) => i.code === "header")).toEqual([]);
    expect(readings[1].issues.map((i) => `${i.code}@${i.cell}`)).toEqual(["required@I4"]);
  });

  it("two extra columns that are no form stay the form's extra columns", () => {
    const sheet: SheetData = {
      name: "附件4",
      rows: [["填报单位：法规科"], ["序号", "建议内容", "联系电话", "备注"], [1, "加强培训", "123", "无"]],
      merges: [],
    };
    const readings = readSheets(sheet, BUILTIN_ANNEXES);
    expect(readings).toHaveLength(1);
    expect(readings[0].table.extras.map((x) => x.header)).toEqual(["联系电话", "备注"]);
  });
});
