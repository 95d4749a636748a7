import { describe, expect, it } from "@jest/globals";
import { merge, type ReturnedWorkbook } from "../../src/core/merge/merge";
import { SOURCE_HEADERS } from "../../src/core/merge/summary-text";
import { text } from "../../src/core/i18n/text";
import { EN } from "../../src/core/i18n/en";
import { withEnglish } from "../helpers/english";
import { summaryModel, OVERVIEW_SHEET } from "../../src/core/merge/summary-model";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { practicalRows, random, talkRows } from "../../src/app/demo/samples";
import { CHECK, FORMS, schema, talk, talksSheet, TALKS_HEADER } from "../helpers/sheets";
import { statistics } from "../../src/core/merge/statistics";
import type { CellValue, SheetData } from "../../src/core/sheet/types";

const roster = ["办公室", "法规科", "人事科", "宣教科"];
const rnd = random(7);
const wb = (
  file: string,
  unit: string,
  n: number,
  extra: Partial<ReturnedWorkbook> = {},
  unitLineEmpty = false,
): ReturnedWorkbook => ({
  file,
  sheets: [returnSheet(schema("talks"), talkRows(rnd, unit, n), { unit, unitLineEmpty })],
  ...extra,
});

/** A unit's form sent again: the same talks, the first `n` of them (a correction that removed some). */
const again = (file: string, earlier: ReturnedWorkbook, n: number, extra: Partial<ReturnedWorkbook> = {}) => {
  const sheet = earlier.sheets[0];
  const header = sheet.rows.findIndex((r) => r[0] === "序号");
  return { file, sheets: [{ ...sheet, rows: sheet.rows.slice(0, header + 1 + n) }], ...extra };
};

describe("merge", () => {
  it("stacks rows in roster order, then source order, with unit and file on every row", () => {
    const r = merge([wb("b.xlsx", "法规科", 2), wb("a.xlsx", "办公室", 3)], { schemas: FORMS, roster });
    const talks = r.annexes.find((a) => a.schema.id === "talks")!;
    expect(talks.rows.map((x) => [x.unit, x.file])).toEqual([
      ["办公室", "a.xlsx"],
      ["办公室", "a.xlsx"],
      ["办公室", "a.xlsx"],
      ["法规科", "b.xlsx"],
      ["法规科", "b.xlsx"],
    ]);
    expect(talks.units).toEqual({ 办公室: 3, 法规科: 2 });
    expect(r.missing).toEqual({ talks: ["人事科", "宣教科"] });
  });

  it("a later return of the same unit and annex replaces the earlier: saved time first, then file time", () => {
    const old = wb("old.xlsx", "办公室", 5, { savedAt: 1000, modifiedAt: 9 });
    const r = merge([again("new.xlsx", old, 2, { savedAt: 2000, modifiedAt: 1 }), old], { schemas: FORMS, roster });
    expect(r.replaced).toMatchObject([{ unit: "办公室", annex: "talks", file: "old.xlsx", by: "new.xlsx" }]);
    expect(r.annexes[0].rows).toHaveLength(2);
    expect(r.supplemented).toEqual([]);
    const y = wb("y.xlsx", "办公室", 4, { modifiedAt: 3 });
    const byFileTime = merge([again("x.xlsx", y, 2, { modifiedAt: 5 }), y], { schemas: FORMS, roster });
    expect(byFileTime.replaced).toMatchObject([{ file: "y.xlsx", by: "x.xlsx" }]);
  });

  it("two returns that came by mail: the one sent later replaces the other, however the workbooks were saved", () => {
    // The unit sent its corrected form, then by mistake an older copy saved before it: the mail sent last counts.
    const fixed = wb("一.eml/附件2.xlsx", "办公室", 5, { savedAt: 2000, sentAt: 100 });
    const older = again("二.eml/附件2.xlsx", fixed, 3, { savedAt: 1000, sentAt: 200 });
    const r = merge([fixed, older], { schemas: FORMS, roster });
    expect(r.replaced).toMatchObject([{ file: "一.eml/附件2.xlsx", by: "二.eml/附件2.xlsx" }]);
    // One by mail and one not: the saved times decide, as before.
    const loose = again("附件2.xlsx", fixed, 3, { savedAt: 1000 });
    expect(merge([fixed, loose], { schemas: FORMS, roster }).replaced).toMatchObject([
      { file: "附件2.xlsx", by: "一.eml/附件2.xlsx" },
    ]);
  });

  it("keeps rows with errors and marks them; loses no row", () => {
    const sheet = returnSheet(
      schema("talks"),
      [
        ...talkRows(rnd, "办公室", 3),
        { talker: "甲", talkerPost: "x", talkee: null, talkeePost: "y", date: "2023年23月1日", type: "谈心" },
      ],
      { unit: "办公室" },
    );
    const r = merge([{ file: "a.xlsx", sheets: [sheet] }], { schemas: FORMS, roster });
    const rows = r.annexes[0].rows;
    expect(rows).toHaveLength(4);
    expect(rows[3].issues.map((i) => i.code).sort()).toEqual(["date", "required", "talk-type"]);
    expect(rows[3].values.date).toBe("2023年23月1日");
    expect(rows[0].values.date).toMatchObject({ kind: "date" });
    expect(r.issues.errors).toBe(3);
  });

  it("normalises valid dates to date cells and listed values to their canonical spelling", () => {
    const sheet = returnSheet(
      schema("talks"),
      [{ ...talkRows(rnd, "办公室", 1)[0], date: "２０２３年１月５日", type: " 廉政谈话 " }],
      { unit: "办公室" },
    );
    const row = merge([{ file: "a.xlsx", sheets: [sheet] }], CHECK).annexes[0].rows[0];
    expect(row.values.date).toEqual({ kind: "date", serial: 44931 });
    expect(row.values.type).toBe("廉政谈话");
  });

  it.each([
    ["a day", "2023.3.5", { kind: "date", serial: 44990 }, []],
    ["a day and a time", "2023/3/5 10:00", { kind: "date", serial: 44990 }, []],
    ["a month only: no day is made up (a talk's day is asked for)", "2023年3月", "2023年3月", ["warning"]],
    ["a deadline", "2023年6月底前", "2023年6月底前", ["warning"]],
    ["a year", "2023年", "2023年", ["error"]],
  ])("writes %s in the summary as %j", (_, date, expected, severities) => {
    const sheet = returnSheet(schema("talks"), [{ ...talkRows(rnd, "办公室", 1)[0], date }], { unit: "办公室" });
    const row = merge([{ file: "a.xlsx", sheets: [sheet] }], CHECK).annexes[0].rows[0];
    expect(row.values.date).toEqual(expected);
    expect(row.issues.map((i) => i.severity)).toEqual(severities);
    for (const i of row.issues) expect(`${i.code}.${i.reason}`).toBe("date.no-day");
  });

  it("takes the unit from the file name when 填报单位 is empty; unknown units are kept, not dropped", () => {
    const r = merge([wb("附件2-人事科.xlsx", "人事科", 2, {}, true), wb("无名.xlsx", "?", 1, {}, true)], {
      schemas: FORMS,
      roster,
    });
    expect(r.annexes[0].units).toEqual({ 人事科: 2, "": 1 });
    expect(r.status.find((s) => s.unit === "")).toBeDefined();
  });

  it("an empty form neither replaces a filled one nor counts as returned", () => {
    const empty = (file: string, unit: string, modifiedAt: number): ReturnedWorkbook => ({
      file,
      modifiedAt,
      sheets: [returnSheet(schema("talks"), [], { unit, trailingBlank: 10 })],
    });
    const r = merge(
      [
        wb("full.xlsx", "办公室", 3, { modifiedAt: 1 }),
        empty("later-empty.xlsx", "办公室", 2),
        empty("blank.xlsx", "法规科", 1),
      ],
      { schemas: FORMS, roster },
    );
    expect(r.annexes[0].units).toEqual({ 办公室: 3 });
    expect(r.replaced).toEqual([]);
    expect(r.missing.talks).toEqual(["法规科", "人事科", "宣教科"]);
  });

  it("counts a form that only says there is nothing to report (本季度未开展谈话) as returned, empty", () => {
    const nothing: ReturnedWorkbook = {
      file: "法规科.xlsx",
      sheets: [
        {
          name: "附件2",
          rows: [["大谈话统计表"], ["填报单位：法规科"], [...TALKS_HEADER], ["本季度本单位未开展谈话"]],
          merges: [{ r1: 3, c1: 0, r2: 3, c2: 8 }],
        },
      ],
    };
    const r = merge([nothing, wb("a.xlsx", "办公室", 1)], { schemas: FORMS, roster });
    expect(r.missing.talks).toEqual(["人事科", "宣教科"]);
    const fagui = r.status.find((u) => u.unit === "法规科")!;
    expect([fagui.state, fagui.rows, fagui.warnings]).toEqual(["returned", 0, 1]);
    // A blank form, without such a line, is still not returned.
    const blank = { ...nothing, sheets: [{ ...nothing.sheets[0], rows: nothing.sheets[0].rows.slice(0, 3) }] };
    expect(merge([blank], { schemas: FORMS, roster }).missing.talks).toContain("法规科");
  });

  describe("a form that says there is nothing to report, in a file of its own beside filled ones", () => {
    const said = (file: string, modifiedAt: number): ReturnedWorkbook => ({
      file,
      modifiedAt,
      sheets: [
        {
          name: "附件2",
          rows: [["大谈话统计表"], ["填报单位：办公室"], [...TALKS_HEADER], ["本季度未开展谈话"]],
          merges: [],
        },
      ],
    });
    const note = (r: ReturnType<typeof merge>) => {
      const overview = summaryModel(r).sheets.find((s) => s.name === OVERVIEW_SHEET)!;
      const line = overview.rows.find((row) => row[1]?.v === "办公室")!;
      return String(line[line.length - 1]?.v);
    };

    it("after them: the rows are kept, and the line is said beside them (not taken as nothing to report)", () => {
      const r = merge([wb("a.xlsx", "办公室", 2, { modifiedAt: 1 }), said("更正.xlsx", 2)], { schemas: FORMS, roster });
      expect(r.annexes[0].units).toEqual({ 办公室: 2 });
      expect(r.nothingAfter).toEqual([
        { unit: "办公室", annex: "talks", file: "更正.xlsx", says: "本季度未开展谈话", with: ["a.xlsx"] },
      ]);
      expect(r.replaced).toEqual([]);
      expect(note(r)).toBe(
        "附件2：较晚的「更正.xlsx」只写了「本季度未开展谈话」，但较早的「a.xlsx」有内容，已按较早的汇总；如该单位确实没有内容可报，请删去较早的文件后重新汇总",
      );
      // Its own 「视为本单位没有内容可报」 would contradict the rows merged: not said.
      expect(r.returns.find((x) => x.file === "更正.xlsx")!.reading.issues.map((i) => i.code)).not.toContain(
        "required",
      );
    });

    it("another form of the same file that says it has nothing keeps its own warning", () => {
      const later = said("更正.xlsx", 2);
      const none4 = {
        name: "附件4",
        rows: [["提建议清单"], ["填报单位：办公室"], ["序号", "建议内容"], ["本单位暂无建议"]],
        merges: [],
      };
      const r = merge([wb("a.xlsx", "办公室", 2, { modifiedAt: 1 }), { ...later, sheets: [...later.sheets, none4] }], {
        schemas: FORMS,
        roster,
      });
      const codes = (id: string) =>
        r.returns
          .find((x) => x.file === "更正.xlsx" && x.annex.id === id)!
          .reading.issues.map((i) => `${i.code}.${i.reason}`);
      expect(codes("talks")).not.toContain("required.none");
      expect(codes("suggestions")).toContain("required.none");
    });

    it("before them: the filled form that follows replaces it", () => {
      const r = merge([said("先.xlsx", 1), wb("后.xlsx", "办公室", 2, { modifiedAt: 2 })], { schemas: FORMS, roster });
      expect(r.annexes[0].units).toEqual({ 办公室: 2 });
      expect(r.nothingAfter).toEqual([]);
      expect(r.replaced.map((x) => [x.file, x.by])).toEqual([["先.xlsx", "后.xlsx"]]);
      expect(note(r)).toContain("附件2：「后.xlsx」替换了「先.xlsx」");
      expect(r.reconciliation.dropped).toBe(0);
    });

    it("alone, it is the unit's return, as before", () => {
      const r = merge([said("先.xlsx", 1)], { schemas: FORMS, roster });
      expect([r.nothingAfter, r.replaced]).toEqual([[], []]);
      expect(r.status.find((u) => u.unit === "办公室")!.state).toBe("returned");
    });
  });

  it("leaves 附件1 (the coordinator's task list, sent back unchanged) out unless asked for", () => {
    const tasks = schema("tasks");
    const sheet = returnSheet(tasks, tasks.prefilled!.slice(0, 3), { unit: "办公室" });
    const withTasks: ReturnedWorkbook = { file: "a.xlsx", sheets: [sheet, ...wb("a.xlsx", "办公室", 1).sheets] };
    expect(merge([withTasks], { schemas: FORMS, roster }).annexes.map((a) => a.schema.id)).toEqual(["talks"]);
    expect(merge([withTasks], { schemas: FORMS, roster, expect: ["tasks"] }).annexes.map((a) => a.schema.id)).toEqual([
      "tasks",
      "talks",
    ]);
    const onlyTasks = merge([{ file: "t.xlsx", sheets: [sheet] }], { schemas: FORMS, roster });
    expect(onlyTasks.rejected).toMatchObject([{ file: "t.xlsx" }]);
    expect(onlyTasks.rejected[0].reason).toContain("只含附件1 任务清单");
  });

  it("rejects a workbook with no annex, and goes on with the rest", () => {
    const r = merge(
      [{ file: "memo.xlsx", sheets: [{ name: "s", rows: [["会议纪要"]], merges: [] }] }, wb("a.xlsx", "办公室", 1)],
      { schemas: FORMS, roster },
    );
    expect(r.rejected).toMatchObject([{ file: "memo.xlsx" }]);
    expect(r.annexes[0].rows).toHaveLength(1);
  });

  it("expects the collected annexes found in the returns, or those asked for", () => {
    const withPractical: ReturnedWorkbook = {
      file: "p.xlsx",
      sheets: [returnSheet(schema("practical"), practicalRows(rnd, "法规科", 1), { unit: "法规科" })],
    };
    const r = merge([wb("a.xlsx", "办公室", 1), withPractical], { schemas: FORMS, roster });
    expect(r.expected).toEqual(["talks", "practical"]);
    expect(r.missing.practical).toEqual(["办公室", "人事科", "宣教科"]);
    expect(
      merge([wb("a.xlsx", "办公室", 1)], { schemas: FORMS, roster, expect: ["talks", "research"] }).missing.research,
    ).toEqual(roster);
  });

  it("is deterministic, and its summary has an overview and a sheet per annex", () => {
    const inputs = [wb("a.xlsx", "办公室", 3), wb("b.xlsx", "法规科", 2)];
    const a = summaryModel(merge(inputs, { schemas: FORMS, roster }));
    expect(JSON.stringify(summaryModel(merge(inputs, { schemas: FORMS, roster })))).toBe(JSON.stringify(a));
    expect(a.sheets.map((s) => s.name)).toEqual([OVERVIEW_SHEET, "统计", "汇总 附件2 大谈话统计表"]);
    const header = a.sheets[2].rows[2].map((c) => c?.v);
    expect(header.slice(-4)).toEqual(["填报单位", "来源文件", "来源行", "校验问题"]);
    expect(a.sheets[2].rows.length).toBe(3 + 5);
  });

  it("writes each warning or error that belongs to no row in the overview's 说明, where its count stands", () => {
    const hidden = returnSheet(schema("talks"), talkRows(rnd, "法规科", 1), { unit: "法规科", sheetName: "旧表" });
    const inputs = [
      wb("办公室.xlsx", "办公室", 2, {}, true),
      { file: "b.xlsx", sheets: [...wb("b.xlsx", "法规科", 2).sheets, { ...hidden, hidden: true }] },
    ];
    const result = merge(inputs, { schemas: FORMS, roster });
    const overview = summaryModel(result).sheets[0];
    const header = overview.rows.findIndex((r) => r[0]?.v === "序号");
    const at = (unit: string) => overview.rows.find((r, i) => i > header && r[1]?.v === unit)!;
    const remarks = (unit: string) => String(at(unit)[at(unit).length - 1]?.v ?? "");
    expect(at("办公室")[4]?.v).toBe(1);
    expect(remarks("办公室")).toMatch(
      /^「办公室\.xlsx」›「附件2」[A-Z]\d+：未填写填报单位，已按文件名认定为「办公室」$/,
    );
    expect(at("法规科")[4]?.v).toBe(1);
    expect(remarks("法规科")).toMatch(/^「b\.xlsx」›「旧表」A\d+：工作表「旧表」是隐藏的.*其中 1 行也会被汇总/);
    expect(remarks("人事科")).toBe("");
    // A row's issue stays on its row (校验问题), not in the overview.
    const bad = merge([{ file: "c.xlsx", sheets: [talksSheet([talk(1, { date: "2023年23月5日" })], "宣教科")] }], {
      schemas: FORMS,
      roster,
    });
    const row = summaryModel(bad).sheets[0].rows.find((r) => r[1]?.v === "宣教科")!;
    expect(row[3]?.v).toBe(1);
    expect(row.at(-1)?.v).toBe("");
  });

  it("says in the overview's 说明 how many rows a file hides and which (each also on its row)", () => {
    const sheet = returnSheet(schema("talks"), talkRows(rnd, "法规科", 14), { unit: "法规科" });
    const first = sheet.rows.findIndex((r) => r[0] === 1);
    const hiddenRows = Array.from({ length: 12 }, (_, k) => first + k);
    const result = merge([{ file: "法规科.xlsx", sheets: [{ ...sheet, hiddenRows }] }], { schemas: FORMS, roster });
    expect(result.annexes[0].rows).toHaveLength(14);
    const row = summaryModel(result).sheets[0].rows.find((r) => r[1]?.v === "法规科")!;
    expect(row[4]?.v).toBe(12);
    const n = (k: number) => first + k + 1;
    expect(row.at(-1)?.v).toBe(
      `「法规科.xlsx」›「附件2」有 12 行在报送的文件里是隐藏的（第 ${Array.from({ length: 10 }, (_, k) => n(k)).join("、")} 行等，另有 2 行），已照常汇总：请核对这些行是否应由该单位报送`,
    );
  });

  it("warns of rows repeated in a second sheet of the same form (a copied sheet), keeping both", () => {
    const rows = talkRows(rnd, "法规科", 3);
    const sheet = (name: string, r = rows) => returnSheet(schema("talks"), r, { unit: "法规科", sheetName: name });
    const copied = merge([{ file: "法规科.xlsx", sheets: [sheet("附件2"), sheet("附件2 (2)", rows.slice(1))] }], {
      schemas: FORMS,
      roster,
    });
    const talks = copied.annexes[0];
    expect(talks.rows).toHaveLength(5);
    const repeats = talks.rows.flatMap((r) => r.issues.filter((i) => i.code === "duplicate"));
    expect(repeats.map((i) => [i.reason, i.message])).toEqual([
      ["other-sheet", expect.stringMatching(/^与工作表「附件2」第 \d+ 行内容完全相同/)],
      ["other-sheet", expect.stringMatching(/^与工作表「附件2」第 \d+ 行内容完全相同/)],
    ]);
    expect(talks.rows.filter((r) => r.sheet === "附件2").every((r) => r.issues.length === 0)).toBe(true);
    expect(copied.status.find((s) => s.unit === "法规科")!.warnings).toBe(2);
    // The summary's 来源文件 names the sheet of each row where the file gave the form on two sheets.
    const sheetModel = summaryModel(copied).sheets.find((s) => s.name.includes("大谈话"))!;
    const header = sheetModel.rows.findIndex((r) => r.some((c) => c?.v === "来源文件"));
    const column = sheetModel.rows[header].findIndex((c) => c?.v === "来源文件");
    expect(sheetModel.rows.slice(header + 1).map((r) => r[column]?.v)).toEqual([
      ...Array(3).fill("法规科.xlsx › 附件2"),
      ...Array(2).fill("法规科.xlsx › 附件2 (2)"),
    ]);
    // Other rows in the second sheet, or the same rows from another unit, are no repeat.
    const other = merge(
      [
        { file: "法规科.xlsx", sheets: [sheet("附件2"), sheet("附件2 (2)", talkRows(rnd, "法规科", 2))] },
        { file: "办公室.xlsx", sheets: [returnSheet(schema("talks"), rows, { unit: "办公室" })] },
      ],
      { schemas: FORMS, roster },
    );
    expect(other.annexes[0].rows.flatMap((r) => r.issues)).toEqual([]);
    // One sheet a file: the file alone.
    const single = summaryModel(merge([{ file: "办公室.xlsx", sheets: [sheet("附件2")] }], { schemas: FORMS, roster }));
    const singleSheet = single.sheets.find((s) => s.name.includes("大谈话"))!;
    expect(singleSheet.rows.at(-1)!.at(-3)?.v).toBe("办公室.xlsx");
  });

  it.each([
    ["the workbook's saved time", { savedAt: new Date(2023, 2, 5, 12).getTime() }],
    ["else the file's time", { modifiedAt: new Date(2023, 2, 5, 12).getTime() }],
  ])("warns of a talk dated after the return was saved, by %s", (_, times) => {
    const sheets = [talksSheet([talk(1, { date: "2023-03-05" }), talk(2, { date: "2023-03-06", talker: "甲" })])];
    const r = merge([{ file: "办公室.xlsx", sheets, ...times }], { schemas: FORMS, roster });
    const issues = r.annexes[0].rows.map((row) => row.issues.map((i) => `${i.code}.${i.reason}`));
    expect(issues).toEqual([[], ["date.future"]]);
    expect(merge([{ file: "办公室.xlsx", sheets }], { schemas: FORMS, roster }).issues.warnings).toBe(0);
  });

  it("never reads its own summary as a return: by its tag, or by the columns only a summary has", () => {
    const inputs = [wb("a.xlsx", "办公室", 3), wb("b.xlsx", "法规科", 2)];
    const first = merge(inputs, { schemas: FORMS, roster });
    const asRead = (tagged: boolean, summary = summaryModel(first)): ReturnedWorkbook => ({
      file: "汇总.xlsx",
      sheets: summary.sheets.map((s) => ({
        name: s.name,
        rows: s.rows.map((row) => row.map((c) => (c ? c.v : null))),
        merges: s.merges,
        ...(tagged && s.tag ? { tag: s.tag } : {}),
      })),
    });
    for (const tagged of [true, false]) {
      const again = merge([...inputs, asRead(tagged)], { schemas: FORMS, roster });
      expect(again.annexes[0].rows).toHaveLength(5);
      expect(again.rejected).toMatchObject([{ file: "汇总.xlsx", why: { key: "merge.own-summary" } }]);
      expect(again.reconciliation).toEqual(first.reconciliation);
    }
    // One written in English, merged where English was never loaded (the CLI's Chinese run).
    withEnglish();
    const english = summaryModel(merge(inputs, { schemas: FORMS, roster, locale: "en" }), "en");
    expect(english.sheets.flatMap((s) => s.rows.flat()).map((c) => c?.v)).toContain("Source file");
    expect(merge([...inputs, asRead(false, english)], { schemas: FORMS, roster }).rejected).toMatchObject([
      { file: "汇总.xlsx", why: { key: "merge.own-summary" } },
    ]);
  });

  it("knows a summary's 来源文件 and 来源行 headers as the catalogs write them", () => {
    expect(SOURCE_HEADERS).toEqual([
      [text("zh-CN", "summary.source-file"), text("zh-CN", "summary.source-row")],
      [EN["summary.source-file"], EN["summary.source-row"]],
    ]);
  });

  it("reconciles: rows read = merged + replaced + 附件1 not collected + dropped (0), and the overview says so", () => {
    const tasks = schema("tasks");
    const withTasks: ReturnedWorkbook = {
      file: "t.xlsx",
      sheets: [
        returnSheet(tasks, tasks.prefilled!.slice(0, 3), { unit: "人事科" }),
        ...wb("t.xlsx", "人事科", 1).sheets,
      ],
    };
    const old4 = wb("old.xlsx", "办公室", 4, { savedAt: 1 });
    const r = merge([old4, again("new.xlsx", old4, 2, { savedAt: 2 }), withTasks], { schemas: FORMS, roster });
    expect(r.reconciliation).toEqual({ read: 4 + 2 + 3 + 1, summarized: 3, replaced: 4, uncollected: 3, dropped: 0 });
    const overview = summaryModel(r).sheets[0];
    expect(overview.rows[2][0]?.v).toBe(
      "核对：读到数据 10 行 = 汇总 3 行 + 被替换的重复报送 4 行 + 不汇总的附件1 3 行 + 丢弃 0 行。",
    );
  });
});

describe("dates with a note", () => {
  it("a date with a note in brackets is kept as written, its talk counted in its month; a full stop after a date is dropped", () => {
    const sheet = talksSheet([
      talk(1, { date: "2023年3月5日（线上）" }),
      talk(2, { date: "2023年4月6日。", talker: "甲" }),
    ]);
    const r = merge([{ file: "a.xlsx", sheets: [sheet] }], { schemas: FORMS });
    expect(r.annexes[0].rows.map((x) => x.values.date)).toEqual([
      "2023年3月5日（线上）",
      { kind: "date", serial: 45022 },
    ]);
    expect(r.annexes[0].rows.flatMap((x) => x.issues)).toEqual([]);
    expect(statistics(r).talksByMonth).toEqual([
      { month: "2023-03", count: 1 },
      { month: "2023-04", count: 1 },
    ]);
  });

  it.each<[string, CellValue]>([
    ["a number (a cell formatted h:mm, read as no date)", 0.6041666666666666],
    ["a date cell (a time format a reader took for a date)", { kind: "date", serial: 0.6041666666666666 }],
  ])("a time of day alone in 谈话时间 is written as the time the cell showed: %s", (_, date) => {
    const r = merge([{ file: "a.xlsx", sheets: [talksSheet([talk(1, { date })])] }], { schemas: FORMS });
    expect(r.annexes[0].rows[0].values.date).toBe("14:30");
    expect(r.annexes[0].rows[0].issues.map((i) => `${i.code}.${i.reason}`)).toEqual(["date.time-only"]);
  });

  it("a talk dated with its month only is counted in that month; with a year alone, as undated", () => {
    const sheet = talksSheet([talk(1, { date: "2023年2月" }), talk(2, { date: "2023年", talker: "甲" })]);
    const st = statistics(merge([{ file: "a.xlsx", sheets: [sheet] }], { schemas: FORMS }));
    expect([st.talksByMonth, st.talksUndated]).toEqual([[{ month: "2023-02", count: 1 }], 1]);
  });
});

describe("talk types with a note", () => {
  it("the summary keeps the note as written (a full stop after the type is dropped); the statistics count the listed type", () => {
    const sheet = talksSheet([
      talk(1, { type: "谈心谈话（一对一）" }),
      talk(2, { type: " 廉政谈话　", talker: "甲" }),
      talk(3, { type: "提醒谈话。", talker: "乙" }),
    ]);
    const r = merge([{ file: "a.xlsx", sheets: [sheet] }], { schemas: FORMS });
    expect(r.annexes[0].rows.map((x) => x.values.type)).toEqual(["谈心谈话（一对一）", "廉政谈话", "提醒谈话"]);
    const st = statistics(r);
    const i = st.talkTypes.indexOf("谈心谈话");
    expect(st.talksByUnit[0].byType[i]).toBe(1);
    expect(st.talksByUnit[0].byType[st.talkTypes.indexOf("提醒谈话")]).toBe(1);
    expect(st.talkTypes).not.toContain("其他");
  });

  it("the list printed with boxes, one ticked, is that type in the summary and the statistics", () => {
    const sheet = talksSheet([
      talk(1, { type: "☑谈心谈话 □任前谈话 □提醒谈话 □廉政谈话" }),
      talk(2, { type: "□谈心谈话 □任前谈话 □提醒谈话 √廉政谈话", talker: "甲" }),
    ]);
    const r = merge([{ file: "a.xlsx", sheets: [sheet] }], { schemas: FORMS });
    expect(r.annexes[0].rows.map((x) => x.values.type)).toEqual(["谈心谈话", "廉政谈话"]);
    const st = statistics(r);
    expect(st.talksByUnit[0].byType[st.talkTypes.indexOf("廉政谈话")]).toBe(1);
    expect(r.issues).toEqual({ errors: 0, warnings: 0 });
  });
});

describe("merge without a roster", () => {
  const withPractical: ReturnedWorkbook = {
    file: "p.xlsx",
    sheets: [returnSheet(schema("practical"), practicalRows(rnd, "法规科", 1), { unit: "法规科" })],
  };
  const inputs = [wb("a.xlsx", "办公室", 2), wb("b.xlsx", "法规科", 1), withPractical, wb("c.xlsx", "", 1)];

  it.each([
    ["none", undefined],
    ["empty", []],
  ])(
    "roster %s: the senders stand in for it (已报 or 部分未报, never 不在名单中), and the summary says who cannot be known",
    (_, given) => {
      const r = merge(inputs, { schemas: FORMS, roster: given });
      expect(r.rosterGiven).toBe(false);
      expect(r.status.map((s) => [s.unit, s.state])).toEqual([
        ["办公室", "partial"],
        ["法规科", "returned"],
        ["", "unknown"],
      ]);
      // Only what the returns themselves show is missing: 办公室 sent 附件2 but not 附件5.
      expect(r.missing).toEqual({ talks: [], practical: ["办公室"] });
      const [overview, stats] = summaryModel(r).sheets;
      const texts = overview.rows.flat().map((c) => c?.v);
      expect(texts).toContain(
        "未提供单位名单：2 个单位报送，无法判断哪些单位未报（请提供单位名单后再汇总）；错误 1 处，提醒 0 处；被替换的重复报送 0 份；无法读取或未识别的文件 0 份。",
      );
      expect(texts).toContain("未报送单位（未提供单位名单：只列出报了其他附件、缺这一附件的单位）");
      expect(texts).not.toContain("不在名单中");
      expect(stats.rows.find((row) => row[0]?.v === "名单内单位")?.[1]?.v).toBe("未提供名单");
    },
  );

  it("with a roster, units not on it are 不在名单中 and the overview counts the roster", () => {
    const r = merge(inputs, { schemas: FORMS, roster: ["办公室", "人事科"] });
    expect(r.rosterGiven).toBe(true);
    expect(r.status.map((s) => [s.unit, s.state])).toEqual([
      ["办公室", "partial"],
      ["人事科", "missing"],
      ["法规科", "unlisted"],
      ["", "unknown"],
    ]);
    const texts = summaryModel(r)
      .sheets[0].rows.flat()
      .map((c) => c?.v);
    expect(texts.some((v) => typeof v === "string" && v.startsWith("名单内单位 2 个，已报 1 个，未报 1 个"))).toBe(
      true,
    );
  });
});

describe("填报单位 written on one sheet of a file only", () => {
  const suggestions = (unit: string | null) =>
    returnSheet(
      schema("suggestions"),
      [{ content: "建议加强学习" }],
      unit === null ? { unit: "", unitLineEmpty: true } : { unit },
    );
  const file = (...sheets: SheetData[]): ReturnedWorkbook => ({ file: "报表.xlsx", sheets });
  const codesOf = (r: ReturnType<typeof merge>, annex: string) =>
    r.returns.filter((x) => x.annex.id === annex).flatMap((x) => x.reading.issues.map((i) => `${i.code}.${i.reason}`));

  it("the other sheets are that unit's, said as a warning in place of the error", () => {
    const r = merge([file(talksSheet([talk(1)], "办公室"), suggestions(null))], { schemas: FORMS, roster });
    expect(r.annexes.map((a) => [a.schema.id, a.units])).toEqual([
      ["talks", { 办公室: 1 }],
      ["suggestions", { 办公室: 1 }],
    ]);
    expect(codesOf(r, "suggestions")).toEqual(["unit.from-sheet"]);
    const overview = summaryModel(r)
      .sheets[0].rows.flat()
      .map((c) => String(c?.v ?? ""));
    expect(overview.some((t) => t.includes("已按同一文件中「附件2」的填报单位认定为「办公室」"))).toBe(true);
  });

  it("the blank form left beside the filled copy (附件2, 附件2 (2)) is that unit's, with nothing said of it", () => {
    const blank = talksSheet([], null);
    const r = merge([file(blank, talksSheet([talk(1)], "宣教科", "附件2 (2)"))], {
      schemas: FORMS,
      roster: [...roster, "宣教科"],
    });
    expect(r.returns.map((x) => [x.sheet, x.reading.unit.name, x.reading.rows.length])).toEqual([
      ["附件2", "宣教科", 0],
      ["附件2 (2)", "宣教科", 1],
    ]);
    expect(r.returns.flatMap((x) => x.reading.issues.map((i) => `${i.code}.${i.reason}`))).toEqual([]);
  });

  it("two sheets naming two units: the empty one is left unknown, its error kept", () => {
    const r = merge(
      [
        file(talksSheet([talk(1)], "办公室"), suggestions(null), {
          ...talksSheet([talk(2)], "法规科"),
          name: "附件2(2)",
        }),
      ],
      { schemas: FORMS, roster },
    );
    expect(r.annexes.find((a) => a.schema.id === "suggestions")!.units).toEqual({ "": 1 });
    expect(codesOf(r, "suggestions")).toEqual(["unit.missing"]);
  });

  it("the file's own 填报单位 line says more than its name: 法规科-报表.xlsx writing 办公室 on 附件2 is 办公室's", () => {
    const r = merge([{ ...file(talksSheet([talk(1)], "办公室"), suggestions(null)), file: "法规科-报表.xlsx" }], {
      schemas: FORMS,
      roster,
    });
    expect(r.annexes.find((a) => a.schema.id === "suggestions")!.units).toEqual({ 办公室: 1 });
    expect(codesOf(r, "suggestions")).toEqual(["unit.from-sheet"]);
  });

  it("a sheet whose title names its unit keeps that", () => {
    const titled = returnSheet(schema("suggestions"), [{ content: "建议加强学习" }], { unit: "", unitLineEmpty: true });
    const rows = titled.rows.map((r) =>
      r.some((v) => typeof v === "string" && v.includes("提建议清单")) ? [`${r.find((v) => v)}（法规科）`] : r,
    );
    const r = merge([file(talksSheet([talk(1)], "办公室"), { ...titled, rows })], { schemas: FORMS, roster });
    expect(r.annexes.find((a) => a.schema.id === "suggestions")!.units).toEqual({ 法规科: 1 });
  });
});

describe("a roster dropped among the returns", () => {
  it("is said to be a roster, with how many units and where they go", () => {
    const rosterBook: ReturnedWorkbook = {
      file: "单位名单.xlsx",
      sheets: [
        {
          name: "名单",
          rows: [
            ["序号", "单位名称"],
            [1, "办公室"],
            [2, "法规科"],
            [3, "人事科"],
          ],
          merges: [],
        },
      ],
    };
    const r = merge([rosterBook, wb("a.xlsx", "办公室", 1)], { schemas: FORMS, roster });
    expect(r.rejected).toMatchObject([
      { file: "单位名单.xlsx", why: { key: "merge.roster-file", params: { count: 3 } } },
    ]);
    expect(r.rejected[0].reason).toContain("这是单位名单（3 个单位），不是报送文件");
  });
});

describe("returns that name no unit", () => {
  const unnamed = talksSheet([talk(1), talk(2, { talkee: "赵六" })], null);

  it("a downloaded copy of one (附件2(1).xlsx) is that form again, not its rows twice", () => {
    const r = merge(
      [
        { file: "附件2.xlsx", sheets: [unnamed] },
        { file: "附件2(1).xlsx", sheets: [unnamed] },
      ],
      { schemas: FORMS },
    );
    expect(r.reconciliation).toMatchObject({ read: 4, summarized: 2, replaced: 2, dropped: 0 });
    expect(r.replaced).toMatchObject([{ unit: "", annex: "talks", file: "附件2.xlsx", by: "附件2(1).xlsx" }]);
    const overview = summaryModel(r).sheets[0].rows.map((row) => row.map((c) => c?.v));
    expect(overview).toContainEqual([
      "（未识别单位）",
      "附件2",
      "附件2.xlsx",
      "附件2(1).xlsx",
      "内容与被替换的报送相同",
    ]);
  });

  it("a blank template among the returns (no unit, nothing filled in) is no one's return: said, and no form is expected by it", () => {
    const template: ReturnedWorkbook = {
      file: "模板.xlsx",
      sheets: [
        talksSheet([], null),
        returnSheet(schema("practical"), [], { unit: "", unitLineEmpty: true, trailingBlank: 5 }),
      ],
    };
    const r = merge([template, wb("a.xlsx", "办公室", 2)], { schemas: FORMS, roster });
    expect(r.rejected).toMatchObject([{ file: "模板.xlsx", why: { key: "merge.blank" } }]);
    expect(r.rejected[0].reason).toContain("空白模板");
    expect(r.expected).toEqual(["talks"]);
    expect(r.status.map((s) => s.unit)).toEqual(roster);
    expect(r.reconciliation).toMatchObject({ read: 2, summarized: 2, dropped: 0 });
    // Filled in, or naming its unit, it is a return as before.
    const named = merge([{ file: "模板.xlsx", sheets: [talksSheet([], "法规科")] }], { schemas: FORMS, roster });
    expect(named.rejected).toEqual([]);
    expect(named.status.find((s) => s.unit === "法规科")?.state).toBe("missing");
  });

  it("two that differ are both kept, each its rows", () => {
    const other = talksSheet([talk(1, { talker: "钱七" })], null);
    const r = merge(
      [
        { file: "a.xlsx", sheets: [unnamed] },
        { file: "b.xlsx", sheets: [other] },
      ],
      { schemas: FORMS },
    );
    expect(r.reconciliation).toMatchObject({ read: 3, summarized: 3, replaced: 0, dropped: 0 });
  });

  it("without a roster, a unit's name in the file's name is taken (said as a warning on the sheet)", () => {
    const r = merge([{ file: "回收/人事科-学习宣传贯彻二十大精神报表(1).xlsx", sheets: [unnamed] }], {
      schemas: FORMS,
    });
    expect(r.status.map((s) => [s.unit, s.state])).toEqual([["人事科", "returned"]]);
    const texts = summaryModel(r)
      .sheets[0].rows.flat()
      .map((c) => String(c?.v ?? ""));
    expect(texts.some((t) => t.includes("未填写填报单位，已按文件名认定为「人事科」"))).toBe(true);
  });
});

describe("a summary never runs past the last column", () => {
  it("20,000 extra header columns across returns: the sheet stays within XFD, every value kept", () => {
    // Twenty returns, each with 1,000 columns of its own (what one file may hold is limited to 1,024).
    const returns: ReturnedWorkbook[] = Array.from({ length: 20 }, (_, f) => {
      const sheet = returnSheet(schema("talks"), talkRows(rnd, `单位${f}`, 1), { unit: `单位${f}` });
      const header = sheet.rows.findIndex((r) => r[0] === "序号");
      const rows = sheet.rows.map((r, i) => {
        if (i === header) return [...r, ...Array.from({ length: 1000 }, (_, k) => `列${f}-${k}`)];
        if (i === header + 1) return [...r, ...Array.from({ length: 1000 }, (_, k) => `值${f}-${k}`)];
        return r;
      });
      return { file: `${f}.xlsx`, sheets: [{ ...sheet, rows }] };
    });
    const result = merge(returns, { schemas: FORMS });
    expect(result.annexes[0].extraHeaders).toHaveLength(20_000);
    const sheet = summaryModel(result).sheets.find((s) => s.name.startsWith("汇总 附件2"))!;
    const header = sheet.rows[2].map((c) => c?.v);
    expect(header.length).toBeLessThanOrEqual(16_384);
    expect(header).toContain("其他列");
    const text = JSON.stringify(sheet.rows.slice(3));
    for (const probe of ["值0-0", "值19-999", "值10-500"]) expect(text).toContain(probe);
  });
});

describe("a sheet titled as a form whose header is not the form's", () => {
  const suggestions = (header: string[], hidden = false) => ({
    name: "附件4",
    rows: [["学习宣传贯彻党的二十大精神·提建议清单"], ["填报单位：法规科"], header, [1, "加强培训", "张三"]],
    merges: [],
    ...(hidden ? { hidden: true } : {}),
  });

  it("is reported with the file and sheet, the rest of the file merged", () => {
    const result = merge(
      [{ file: "法规科.xlsx", sheets: [talksSheet([talk(1)], "法规科"), suggestions(["序号", "意见内容", "提出人"])] }],
      { schemas: FORMS },
    );
    expect(result.annexes.find((a) => a.schema.id === "talks")!.rows).toHaveLength(1);
    expect(result.rejected.map((r) => [r.file, r.why.key])).toEqual([["法规科.xlsx › 附件4", "sheet.unread"]]);
    expect(result.rejected[0].reason).toBe(
      "工作表「附件4」的标题是附件4 提建议清单，但找不到这张表的表头（应有：建议内容），这张表没有汇总：请对方按下发的模板填写表头后重新发送",
    );
    // The unit the rest of the file is from: its line of the overview says so.
    expect(result.rejected[0].unit).toBe("法规科");
    const overview = summaryModel(result).sheets.find((s) => s.name === OVERVIEW_SHEET)!;
    const line = overview.rows.find((r) => r[1]?.v === "法规科")!;
    expect(String(line[line.length - 1]?.v)).toContain("未汇总「法规科.xlsx › 附件4」：工作表「附件4」的标题是附件4");
  });

  it("alone in a file: that is the reason the file gives, said once", () => {
    const result = merge([{ file: "法规科.xlsx", sheets: [suggestions(["序号", "意见内容"])] }], { schemas: FORMS });
    expect(result.rejected.map((r) => [r.file, r.why.key])).toEqual([["法规科.xlsx › 附件4", "sheet.unread"]]);
  });

  it.each([
    ["hidden (an old copy nobody sees)", suggestions(["序号", "意见内容"], true)],
    ["with nothing below its title", { name: "附件4", rows: [["学习宣传贯彻党的二十大精神·提建议清单"]], merges: [] }],
    ["read as the form it is", suggestions(["序号", "建议内容", "提出人"])],
  ])("not reported when %s", (_, sheet) => {
    const result = merge([{ file: "法规科.xlsx", sheets: [talksSheet([talk(1)], "法规科"), sheet] }], {
      schemas: FORMS,
    });
    expect(result.rejected).toEqual([]);
  });
});

describe("a unit's form sent again, or sent in parts (补报)", () => {
  const jan = [
    talk(1, { talkee: "甲", date: "2023-01-05" }),
    talk(2, { talkee: "乙", date: "2023-01-09" }),
    talk(3, { talkee: "丙", date: "2023-01-12" }),
  ];
  const send = (...files: CellValue[][][]) =>
    merge(
      files.map((rows, i) => ({ file: `第${i + 1}份.xlsx`, savedAt: i + 1, sheets: [talksSheet(rows)] })),
      { schemas: FORMS, roster: ["办公室"] },
    );
  const talkees = (r: ReturnType<typeof send>) => r.annexes[0].rows.map((x) => x.values.talkee);

  it.each<[string, CellValue[][], (string | null)[], "replaced" | "supplemented"]>([
    [
      "February's talks after January's: both merged",
      [talk(1, { talkee: "丁", date: "2023-02-03" }), talk(2, { talkee: "戊", date: "2023-02-08" })],
      ["甲", "乙", "丙", "丁", "戊"],
      "supplemented",
    ],
    [
      "February's, with a person talked to again: both merged",
      [
        talk(1, { talkee: "甲", date: "2023-02-03" }),
        talk(2, { talkee: "戊", date: "2023-02-08" }),
        talk(3, { talkee: "己", date: "2023-02-10" }),
      ],
      ["甲", "乙", "丙", "甲", "戊", "己"],
      "supplemented",
    ],
    ["the same form again", jan, ["甲", "乙", "丙"], "replaced"],
    [
      "corrected: one date",
      [jan[0], jan[1], talk(3, { talkee: "丙", date: "2023-01-13" })],
      ["甲", "乙", "丙"],
      "replaced",
    ],
    [
      "corrected: one name",
      [jan[0], talk(2, { talkee: "乙乙", date: "2023-01-09" }), jan[2]],
      ["甲", "乙乙", "丙"],
      "replaced",
    ],
    [
      "corrected: every date (a wrong year), the same people",
      jan.map((r, i) => talk(i + 1, { talkee: r[3], date: `2022-01-0${i + 5}` })),
      ["甲", "乙", "丙"],
      "replaced",
    ],
    [
      "completed: January's again with February's added",
      [...jan, talk(4, { talkee: "丁", date: "2023-02-03" })],
      ["甲", "乙", "丙", "丁"],
      "replaced",
    ],
  ])("%s", (_, later, merged, how) => {
    const r = send(jan, later);
    expect(talkees(r)).toEqual(merged);
    expect(r.reconciliation.dropped).toBe(0);
    expect({ replaced: r.replaced.length, supplemented: r.supplemented.length }).toEqual(
      how === "replaced" ? { replaced: 1, supplemented: 0 } : { replaced: 0, supplemented: 1 },
    );
  });

  it("February's, with one of January's talks written in again: both merged, the repeat warned of where it is", () => {
    const feb = [jan[2], talk(2, { talkee: "丁", date: "2023-02-03" }), talk(3, { talkee: "戊", date: "2023-02-08" })];
    const r = send(jan, feb);
    expect(r.supplemented).toHaveLength(1);
    expect(talkees(r)).toEqual(["甲", "乙", "丙", "丙", "丁", "戊"]);
    const repeat = r.annexes[0].rows[3].issues.find((i) => i.code === "duplicate");
    expect(repeat).toMatchObject({ severity: "warning", reason: "other-file", cell: "B5" });
    expect(repeat?.message).toBe(
      "与「第1份.xlsx」工作表「附件2」第 7 行内容完全相同，可能重复填报（补报时又填了一次？）",
    );
  });

  it.each([
    ["one date", { date: "2023-01-06" }],
    ["one name", { talkee: "李思" }],
  ])("%s corrected in a form of one talk replaces it", (_, fix) => {
    const r = send([talk(1, { date: "2023-01-05" })], [talk(1, { date: "2023-01-05", ...fix })]);
    expect(r.replaced).toHaveLength(1);
    expect(r.annexes[0].rows).toHaveLength(1);
  });

  it("January, February, then February corrected: January and the corrected February are merged", () => {
    const feb = [talk(1, { talkee: "丁", date: "2023-02-03" }), talk(2, { talkee: "戊", date: "2023-02-08" })];
    const fixed = [feb[0], talk(2, { talkee: "戊", date: "2023-02-09" })];
    const r = send(jan, feb, fixed);
    expect(talkees(r)).toEqual(["甲", "乙", "丙", "丁", "戊"]);
    expect(r.annexes[0].rows.map((x) => x.file)).toEqual([...Array(3).fill("第1份.xlsx"), "第3份.xlsx", "第3份.xlsx"]);
    expect(r.supplemented).toEqual([{ unit: "办公室", annex: "talks", file: "第2份.xlsx", with: ["第1份.xlsx"] }]);
    expect(r.replaced).toMatchObject([{ file: "第2份.xlsx", by: "第3份.xlsx" }]);
  });

  it("is said in the overview, where the unit's row is, with what to do if it was the whole form again", () => {
    const feb = [talk(1, { talkee: "丁", date: "2023-02-03" })];
    const overview = summaryModel(send(jan, feb)).sheets[0];
    const row = overview.rows.find((r) => r[1]?.v === "办公室")!;
    expect(row[row.length - 1]?.v).toBe(
      "附件2：「第2份.xlsx」的行大多不在「第1份.xlsx」中，看作补报，一并汇总；如果它是重新填写的整张表，请删去较早的文件后重新汇总",
    );
  });
});

describe("a per-unit quota over a form sent in parts", () => {
  const topics = (names: string[]) =>
    returnSheet(
      schema("research"),
      names.map((n) => ({ topic: n, purpose: "摸清底数", arrangement: "3月走访", lead: "王局长" })),
      { unit: "办公室" },
    );
  it.each([
    ["two topics, then one more in a later file: 3 against 1-2, at the third", [["课题甲", "课题乙"], ["课题丙"]], 1],
    ["one, then one: within the quota", [["课题甲"], ["课题乙"]], 0],
  ])("%s", (_, files, errors) => {
    const r = merge(
      files.map((names, i) => ({ file: `第${i + 1}份.xlsx`, savedAt: i + 1, sheets: [topics(names)] })),
      { schemas: FORMS, roster: ["办公室"] },
    );
    expect(r.supplemented).toHaveLength(1);
    const over = r.annexes
      .find((a) => a.schema.id === "research")!
      .rows.flatMap((x) => x.issues.filter((i) => i.code === "count").map((i) => [x.file, i.cell, i.message]));
    expect(over).toEqual(errors ? [["第2份.xlsx", "A5", "本单位填报了 3 项，每个单位限报 1-2 项"]] : []);
  });
});

describe("a file named for one unit whose 填报单位 says another (a colleague's form copied?)", () => {
  it("is counted for the unit the form names, never replaces that unit's own return, and is said on both rows", () => {
    const own = talksSheet([talk(1, { talkee: "甲" }), talk(2, { talkee: "乙" })], "办公室");
    const copied = talksSheet([talk(1, { talkee: "丙" }), talk(2, { talkee: "丁" })], "办公室");
    const r = merge(
      [
        { file: "办公室-附件2.xlsx", savedAt: 1, sheets: [own] },
        { file: "法规科-附件2.xlsx", savedAt: 2, sheets: [copied] },
      ],
      { schemas: FORMS, roster: ["办公室", "法规科"] },
    );
    expect(r.replaced).toEqual([]);
    expect(r.supplemented).toEqual([]);
    expect(r.annexes[0].rows.map((x) => [x.unit, x.values.talkee])).toEqual([
      ["办公室", "甲"],
      ["办公室", "乙"],
      ["办公室", "丙"],
      ["办公室", "丁"],
    ]);
    expect(r.missing.talks).toEqual(["法规科"]);
    const overview = summaryModel(r).sheets[0];
    const note = (unit: string) => {
      const row = overview.rows.find((x) => x[1]?.v === unit)!;
      return row[row.length - 1]?.v;
    };
    expect(note("法规科")).toBe(
      "「法规科-附件2.xlsx」的文件名是本单位的，但填报单位写的是「办公室」，已计入「办公室」：请核对",
    );
    expect(note("办公室")).toContain("填报单位写的是「办公室」，文件名却是「法规科」的");
  });
});
