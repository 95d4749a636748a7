import { describe, expect, it } from "@jest/globals";
import { parseRoster, rosterFromRows, rosterSize } from "../../src/core/roster/roster";
import { resolveUnit } from "../../src/core/roster/resolve-unit";

describe("the roster as coordinators write it", () => {
  it.each<[string, string, string[]]>([
    [
      "one unit a line, a BOM, blank lines and a comment",
      "\uFEFF办公室\r\n\n法规科\n# 暂不报送\n人事科\n",
      ["办公室", "法规科", "人事科"],
    ],
    [
      "numbered: 1. 2、 (3) （四） ⑤ 六、",
      "1. 办公室\n2、法规科\n(3) 人事科\n（四）宣教科\n⑤赫山分局\n六、资阳分局",
      ["办公室", "法规科", "人事科", "宣教科", "赫山分局", "资阳分局"],
    ],
    ["punctuation after a name", "办公室，\n法规科。\n人事科、\n宣教科;", ["办公室", "法规科", "人事科", "宣教科"]],
    [
      "pasted from Excel: 序号 and 单位名称 columns, with a header",
      "序号\t单位名称\t联系人\n1\t办公室\t张三\n2\t法规科\t李四",
      ["办公室", "法规科"],
    ],
    [
      "pasted from Excel without a header: the first cell that is more than a number",
      "1\t办公室\n2\t法规科",
      ["办公室", "法规科"],
    ],
    [
      "headings: a title, a group with a colon, a kind of unit alone",
      "2023年报送单位名单\n一、科室：\n办公室\n（二）分局\n赫山分局",
      ["办公室", "赫山分局"],
    ],
    ["a CSV line, full-width commas", "办公室,张三\n法规科，李四", ["办公室", "法规科"]],
    [
      "pasted from Excel, a cell of two lines beside a name (in quotes, as Excel copies it)",
      '序号\t单位名称\t联系人\r\n1\t办公室\t"张三\r\n电话：0737-1234567"\r\n2\t法规科\t李四\r\n',
      ["办公室", "法规科"],
    ],
    ["repeats, spelled with other spaces or widths, once", "办公室\n 办公室 \n法规科\n法 规 科", ["办公室", "法规科"]],
    ["a name that begins with figures is kept", "110指挥中心\n12369热线", ["110指挥中心", "12369热线"]],
    [
      "numbering followed by a space only (a list typed in a message or a document)",
      "1 办公室\n2\u3000法规科\n12 宣教科\n12369 热线",
      ["办公室", "法规科", "宣教科", "12369 热线"],
    ],
    [
      "several units on a line, as typed in a message: 、，, and a heading before them",
      "宣教科、财务科、监测站\n执法支队，赫山分局,资阳分局\n一、科室：办公室、法规科\n2. 人事科、\n宣教科",
      ["宣教科", "财务科", "监测站", "执法支队", "赫山分局", "资阳分局", "办公室", "法规科", "人事科"],
    ],
    [
      "a name with 、 in it that is not a list stays whole",
      "财务、审计科\n法规科、李四",
      ["财务、审计科", "法规科、李四"],
    ],
  ])("%s", (_, text, units) => {
    expect(parseRoster(text)).toEqual(units);
  });

  it("reads a sheet's rows: numbers, dates and empty cells are not names", () => {
    const rows = [
      ["单位名单"],
      ["序号", "科室", "备注"],
      [1, "办公室", null],
      [2, "法规科", { kind: "date", serial: 44990 }],
      [3, null, "空行"],
    ];
    expect(rosterFromRows(rows)).toEqual(["办公室", "法规科"]);
  });
});

describe("a roster among the returns, told from other tables", () => {
  it.each<[string, unknown[][], number]>([
    [
      "units under 单位名称",
      [
        ["序号", "单位名称"],
        [1, "办公室"],
        [2, "法规科"],
        [3, "赫山分局"],
      ],
      3,
    ],
    [
      "under 科室, with a contact column",
      [
        ["科室", "联系人"],
        ["办公室", "张三"],
        ["人事科", "李四"],
      ],
      2,
    ],
    [
      "a price list under 名称 is none",
      [
        ["名称", "价格"],
        ["打印纸", 30],
        ["墨盒", 200],
      ],
      0,
    ],
    [
      "names that are not units' under 部门",
      [
        ["部门", "备注"],
        ["张三", "x"],
        ["李四", "y"],
        ["王五", "z"],
      ],
      0,
    ],
    ["no header at all", [["办公室"], ["法规科"]], 0],
  ])("%s", (_, rows, size) => {
    expect(rosterSize(rows)).toBe(size);
  });
});

describe("a roster kept as a Word document's table", () => {
  it("takes the table's unit column and the lines of their own after it; not a heading or a note", () => {
    const rows = [
      ["附件：单位名单"],
      ["序号", "单位名称", "联系人"],
      ["1", "办公室", "张三"],
      ["2", "法规科", null],
      [],
      ["二、分局"],
      ["赫山分局"],
      [null, null, "空行"],
    ];
    expect(rosterFromRows(rows)).toEqual(["办公室", "法规科", "赫山分局"]);
  });
});

describe("the unit named in the form's title when 填报单位 is empty", () => {
  const roster = ["办公室", "法规科", "人事科"];

  it.each<[string, string, string, { name: string; source: string; inRoster: boolean }]>([
    ["a roster unit in the title", "(法规科)", "x.xlsx", { name: "法规科", source: "title", inRoster: true }],
    ["before the file name", "(法规科)", "人事科.xlsx", { name: "法规科", source: "title", inRoster: true }],
    [
      "a bracketed name not on the roster",
      "(执法支队)",
      "x.xlsx",
      { name: "执法支队", source: "title", inRoster: false },
    ],
    [
      "a bracketed date is no unit: the file name then",
      "(2023年3月)",
      "人事科.xlsx",
      { name: "人事科", source: "file", inRoster: true },
    ],
    ["nor a bracketed period", "(第一季度)", "人事科.xlsx", { name: "人事科", source: "file", inRoster: true }],
    ["nor 样表", "(样表)", "人事科.xlsx", { name: "人事科", source: "file", inRoster: true }],
    ["nothing in the title", "", "x.xlsx", { name: "", source: "none", inRoster: false }],
  ])("%s", (_, titleRest, file, expected) => {
    expect(resolveUnit("", file, roster, titleRest)).toMatchObject(expected);
  });

  it("the 填报单位 line wins over the title", () => {
    expect(resolveUnit("办公室", "x.xlsx", roster, "(法规科)")).toMatchObject({ name: "办公室", source: "line" });
  });

  it.each<[string, string, string, string | undefined]>([
    ["a file named for another unit: said", "办公室", "法规科-附件2.xlsx", "法规科"],
    ["in a folder of that unit: the name only counts", "办公室", "法规科/附件2.xlsx", undefined],
    ["named for both (a joint return)", "办公室", "办公室、法规科联合报送.xlsx", undefined],
    ["named for the same unit", "法规科", "市局法规科-附件2.xlsx", undefined],
    ["named for no unit", "办公室", "附件2（定稿）.xlsx", undefined],
    ["the line naming both units", "办公室、法规科", "法规科.xlsx", undefined],
  ])("the 填报单位 line against the file's name: %s", (_, line, file, fileSays) => {
    const u = resolveUnit(line, file, roster);
    expect(u.source).toBe("line");
    expect(u.fileSays).toBe(fileSays);
  });
});

describe("the unit from the folder a return is filed in (办公室/附件2.xlsx)", () => {
  const roster = ["办公室", "法规科", "人事科"];

  it.each<[string, string, { name: string; source: string }]>([
    ["a folder per unit", "办公室/附件2.xlsx", { name: "办公室", source: "folder" }],
    ["the nearest folder that names one", "回收/法规科/2月/报表.xlsx", { name: "法规科", source: "folder" }],
    ["Windows separators", "回收\\人事科\\附件2.xlsx", { name: "人事科", source: "folder" }],
    ["the file's own name first", "办公室/法规科-附件2.xlsx", { name: "法规科", source: "file" }],
    ["no folder names one", "回收/附件2.xlsx", { name: "", source: "none" }],
  ])("%s", (_, file, expected) => {
    expect(resolveUnit("", file, roster)).toMatchObject(expected);
  });
});

describe("the unit from the name of the sheet the form is on (a sheet renamed 法规科)", () => {
  const roster = ["办公室", "法规科", "人事科", "赫山分局"];

  it.each<[string, string, string, string, { name: string; source: string }]>([
    ["the sheet names a unit, the file none", "", "附件2.xlsx", "法规科", { name: "法规科", source: "sheet-name" }],
    ["the sheet's name holds it", "", "附件2.xlsx", "法规科附件2", { name: "法规科", source: "sheet-name" }],
    [
      "before the file's name (a 分局 sending a sheet per office)",
      "",
      "赫山分局.xlsx",
      "人事科",
      { name: "人事科", source: "sheet-name" },
    ],
    ["the 填报单位 line wins", "办公室", "附件2.xlsx", "法规科", { name: "办公室", source: "line" }],
    ["a sheet named for no unit: the file's name", "", "人事科.xlsx", "Sheet1", { name: "人事科", source: "file" }],
    ["a form's name is no unit's", "", "附件2.xlsx", "大谈话统计表", { name: "", source: "none" }],
  ])("%s", (_, line, file, sheet, expected) => {
    expect(resolveUnit(line, file, roster, "", sheet)).toMatchObject(expected);
  });

  it("without a roster a sheet's name is not guessed at (Sheet1, 1月 and 汇总 are no units)", () => {
    expect(resolveUnit("", "附件2.xlsx", [], "", "法规科")).toMatchObject({ name: "", source: "none" });
  });
});

describe("a roster of full names, and the short names in file and folder names", () => {
  const roster = ["益阳市生态环境局赫山分局", "益阳市生态环境局办公室", "益阳市生态环境局机关党委办公室"];

  it.each<[string, { name: string; source: string }]>([
    ["赫山分局-报表.xlsx", { name: "益阳市生态环境局赫山分局", source: "file" }],
    ["【赫山分局】附件2.xlsx", { name: "益阳市生态环境局赫山分局", source: "file" }],
    ["赫山分局/附件2.xlsx", { name: "益阳市生态环境局赫山分局", source: "folder" }],
    // The short name written on to the form's words, no space between.
    ["赫山分局附件2.xlsx", { name: "益阳市生态环境局赫山分局", source: "file" }],
    ["赫山分局报送.xlsx", { name: "益阳市生态环境局赫山分局", source: "file" }],
    ["大谈话统计表赫山分局(1).xlsx", { name: "益阳市生态环境局赫山分局", source: "file" }],
    // 办公室 is in two roster names: neither is guessed.
    ["办公室-报表.xlsx", { name: "", source: "none" }],
    ["报表.xlsx", { name: "", source: "none" }],
    // Two characters say too little: 分局 is no unit's name, even when one roster name holds it.
    ["报送-分局.xlsx", { name: "", source: "none" }],
  ])("%s", (file, expected) => {
    expect(resolveUnit("", file, roster)).toMatchObject(expected);
  });
});

describe("without a roster, a unit's name read from the file's name when 填报单位 is empty", () => {
  it.each<[string, string, { name: string; source: string; inRoster: boolean }]>([
    [
      "a download's copy",
      "人事科-学习宣传贯彻二十大精神报表(1).xlsx",
      { name: "人事科", source: "file", inRoster: false },
    ],
    ["in brackets", "【机关党委】附件2.xlsx", { name: "机关党委", source: "file", inRoster: false }],
    ["after the form's name", "大谈话统计表_赫山分局.xlsx", { name: "赫山分局", source: "file", inRoster: false }],
    ["written on to 附件2", "监测站附件2.xlsx", { name: "监测站", source: "file", inRoster: false }],
    [
      "not 附件… nor the form's words",
      "附件2 大谈话统计表（修改稿）.xlsx",
      { name: "", source: "none", inRoster: false },
    ],
    ["two characters say too little", "分局-附件2.xlsx", { name: "", source: "none", inRoster: false }],
    ["nor a word with digits", "2023年第1季度报送处.xlsx", { name: "", source: "none", inRoster: false }],
  ])("%s: %s", (_, file, expected) => {
    expect(resolveUnit("", file, [])).toMatchObject(expected);
  });

  it("a roster given: only its names are taken from a file's name", () => {
    expect(resolveUnit("", "档案室-附件2.xlsx", ["办公室", "法规科"])).toMatchObject({ name: "", source: "none" });
  });

  it("the 填报单位 line and the title still come first", () => {
    expect(resolveUnit("法规科", "人事科-附件2.xlsx", [])).toMatchObject({ name: "法规科", source: "line" });
    expect(resolveUnit("", "人事科-附件2.xlsx", [], "(法规科)")).toMatchObject({ name: "法规科", source: "title" });
  });
});

/** The unit a 填报单位 line and file name resolve to, `written` only where the line was not the roster's name. */
function expectResolved(
  line: string,
  file: string,
  roster: string[],
  expected: { name: string; inRoster: boolean; written?: string },
): void {
  const u = resolveUnit(line, file, roster);
  expect(u).toMatchObject(expected);
  if (!expected.written) expect(u.written).toBeUndefined();
}

describe("a branch named with its county, district or city (赫山区分局 for 赫山分局)", () => {
  const roster = ["办公室", "赫山分局", "沅江分局", "南县分局", "安化县分局"];

  it.each<[string, string, string, { name: string; inRoster: boolean; written?: string }]>([
    ["区 in the line", "赫山区分局", "x.xlsx", { name: "赫山分局", inRoster: true, written: "赫山区分局" }],
    [
      "in the bureau's full name",
      "益阳市生态环境局赫山区分局",
      "x.xlsx",
      { name: "赫山分局", inRoster: true, written: "益阳市生态环境局赫山区分局" },
    ],
    ["市 in the line", "沅江市分局（盖章）", "x.xlsx", { name: "沅江分局", inRoster: true, written: "沅江市分局" }],
    ["the roster's 县 left out", "安化分局", "x.xlsx", { name: "安化县分局", inRoster: true, written: "安化分局" }],
    ["南县 is the county's whole name", "南县分局", "x.xlsx", { name: "南县分局", inRoster: true }],
    ["another branch stays another", "资阳区分局", "x.xlsx", { name: "资阳区分局", inRoster: false }],
    ["in the file's name, the line empty", "", "赫山区分局-附件2.xlsx", { name: "赫山分局", inRoster: true }],
  ])("%s", (_, line, file, expected) => expectResolved(line, file, roster, expected));
});

describe("a unit's number in figures where the roster writes it in words (第3分局 for 第三分局)", () => {
  const roster = ["办公室", "第三分局", "第十二分局", "执法支队一大队", "执法支队二大队", "第二十监测站"];

  it.each<[string, string, string, { name: string; inRoster: boolean; written?: string }]>([
    ["the line", "第3分局", "x.xlsx", { name: "第三分局", inRoster: true, written: "第3分局" }],
    ["full-width figures", "第３分局（盖章）", "x.xlsx", { name: "第三分局", inRoster: true, written: "第3分局" }],
    [
      "a two-figure number",
      "市生态环境局第12分局",
      "x.xlsx",
      { name: "第十二分局", inRoster: true, written: "市生态环境局第12分局" },
    ],
    ["twenty", "第20监测站", "x.xlsx", { name: "第二十监测站", inRoster: true, written: "第20监测站" }],
    [
      "one of two 大队 told apart",
      "执法支队2大队",
      "x.xlsx",
      { name: "执法支队二大队", inRoster: true, written: "执法支队2大队" },
    ],
    ["in the file's name, the line empty", "", "第3分局-附件2.xlsx", { name: "第三分局", inRoster: true }],
    ["another number stays another unit", "第4分局", "x.xlsx", { name: "第4分局", inRoster: false }],
  ])("%s", (_, line, file, expected) => expectResolved(line, file, roster, expected));
});

describe("a unit's name shortened as units shorten it (大气科 for 大气环境科)", () => {
  const roster = ["办公室", "大气环境科", "水生态环境科", "核与辐射安全科", "执法支队", "自然生态科", "人事科"];

  it.each<[string, string, string, { name: string; source: string; inRoster: boolean; written?: string }]>([
    ["the line", "大气科", "x.xlsx", { name: "大气环境科", source: "line", inRoster: true, written: "大气科" }],
    [
      "the line",
      "核与辐射科",
      "x.xlsx",
      { name: "核与辐射安全科", source: "line", inRoster: true, written: "核与辐射科" },
    ],
    ["the line", "执法队（盖章）", "x.xlsx", { name: "执法支队", source: "line", inRoster: true, written: "执法队" }],
    ["the file's name", "", "附件2-水生态科.xlsx", { name: "水生态环境科", source: "file", inRoster: true }],
    ["two roster names fit: neither", "环境科", "x.xlsx", { name: "环境科", source: "line", inRoster: false }],
    ["another kind of unit: none", "大气办", "x.xlsx", { name: "大气办", source: "line", inRoster: false }],
    ["two characters say too little", "人科", "x.xlsx", { name: "人科", source: "line", inRoster: false }],
    ["not in the name's order: none", "气大科", "x.xlsx", { name: "气大科", source: "line", inRoster: false }],
  ])("%s: 「%s」 %s", (_, line, file, expected) => {
    const u = resolveUnit(line, file, roster);
    expect(u).toMatchObject(expected);
    if (!expected.written) expect(u.written).toBeUndefined();
  });
});
