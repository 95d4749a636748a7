/**
 * Forms filled in standing up (headers down a column, an item a column), as 申报表 are often laid
 * out in Word and copied into a sheet: read like any return, cells named where they are.
 */
import { describe, expect, it } from "@jest/globals";
import { readSheets } from "../../src/core/validate/validate";
import { merge } from "../../src/core/merge/merge";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { random } from "../../src/app/demo/samples";

const standing = (items: CellValue[][], extra: CellValue[][] = [], merges: SheetData["merges"] = []): SheetData => {
  const labels = ["课题名称", "调研目的", "调研安排", "牵头领导", "牵头部门、参与部门"];
  return {
    name: "附件3",
    rows: [
      ["附件3"],
      ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
      ["填报单位：水生态环境科"],
      ...labels.map((l, i) => [l, ...items.map((it) => it[i])]),
      ...extra,
    ],
    merges,
  };
};

const topic1 = ["洞庭湖水质提升路径调研", "摸清入湖污染负荷", "3月走访，4月座谈", "王局长", "水生态环境科"];
const topic2 = ["黑臭水体整治成效调研", null, "5月成文", "李局长", "监测站"];

describe("a form filled in standing up", () => {
  it("is read an item a column, with its unit, and says so (information)", () => {
    const [r] = readSheets(standing([topic1, topic2]), BUILTIN_ANNEXES);
    expect(r.table.schema.id).toBe("research");
    expect(r.unit.name).toBe("水生态环境科");
    expect(r.rows.map((x) => x.values.topic)).toEqual([topic1[0], topic2[0]]);
    expect(r.rows.map((x) => x.values.lead)).toEqual(["王局长\n水生态环境科", "李局长\n监测站"]);
    const info = r.issues.find((i) => i.code === "header" && i.reason === "vertical")!;
    expect(info).toMatchObject({ severity: "info", cell: "A4" });
    expect(info.message).toBe("这张表是竖着填的（表头在 A 列）：已按表头逐项读取，共 2 项");
  });

  it("names the cell as sent: the second topic's empty 调研目的 is C5", () => {
    const [r] = readSheets(standing([topic1, topic2]), BUILTIN_ANNEXES);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.cell}`)).toEqual(["required@C5"]);
  });

  it("a value merged across the page (B4:D4) is one item, not three", () => {
    const merges = topic1.map((_, i) => ({ r1: 3 + i, c1: 1, r2: 3 + i, c2: 3 }));
    const [r] = readSheets(standing([topic1]), BUILTIN_ANNEXES);
    const [m] = readSheets({ ...standing([topic1]), merges }, BUILTIN_ANNEXES);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0].values).toEqual(r.rows[0].values);
  });

  it.each([
    ["above the headers", 0],
    ["among them", 2],
  ])("申报单位 | 水生态环境科 %s is the unit, not an item's column", (_, at) => {
    const labels: CellValue[][] = [
      ["课题名称", topic1[0]],
      ["调研目的", topic1[1]],
      ["调研安排", topic1[2]],
      ["牵头领导", topic1[3]],
    ];
    labels.splice(at, 0, ["申报单位", "水生态环境科"]);
    const [r] = readSheets({ name: "S", rows: [[standing([]).rows[1][0]], ...labels], merges: [] }, BUILTIN_ANNEXES);
    expect(r.unit).toMatchObject({ name: "水生态环境科", source: "line" });
    expect(r.rows.map((x) => [x.values.topic, x.extras])).toEqual([[topic1[0], []]]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("two topics' blocks one below the other are two items, cells named in each block", () => {
    const labels = ["课题名称", "调研目的", "调研安排", "牵头领导"];
    const second = [...topic2.slice(0, 4)];
    const rows: CellValue[][] = [
      ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
      ...labels.map((l, i) => [l, topic1[i]]),
      [],
      ...labels.map((l, i) => [l, second[i]]),
      ["填报单位：水生态环境科"],
    ];
    const [r] = readSheets({ name: "S", rows, merges: [] }, BUILTIN_ANNEXES);
    expect(r.rows.map((x) => x.values.topic)).toEqual([topic1[0], topic2[0]]);
    expect(r.unit.name).toBe("水生态环境科");
    // The second topic's 调研目的 is empty: row 8 of the sheet (its block begins on row 7).
    expect(r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.cell}`)).toEqual(["required@B8"]);
  });

  it("a Word form of pairs on a row (牵头领导 | 王局长 | 牵头部门、参与部门 | …) is one item, each value beside its label", () => {
    const rows: CellValue[][] = [
      ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
      ["填报单位：水生态环境科"],
      ["课题名称", "洞庭湖水质提升路径调研"],
      ["牵头领导", "王局长", "牵头部门、参与部门", "水生态环境科、监测站"],
      ["调研目的", null],
      ["调研安排", "3月走访，5月成文"],
    ];
    const merges = [2, 4, 5].map((r) => ({ r1: r, c1: 1, r2: r, c2: 3 }));
    const [r] = readSheets({ name: "S", rows, merges }, BUILTIN_ANNEXES);
    expect(r.rows.map((x) => x.values)).toEqual([
      {
        index: null,
        topic: "洞庭湖水质提升路径调研",
        purpose: null,
        arrangement: "3月走访，5月成文",
        lead: "王局长\n水生态环境科、监测站",
      },
    ]);
    // The empty 调研目的 is named where its value goes: B5.
    expect(r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.cell}`)).toEqual(["required@B5"]);
  });

  it("a topic given twice names the first by its cell (not by its row in the form laid flat)", () => {
    const [r] = readSheets(standing([topic1, topic1]), BUILTIN_ANNEXES);
    const repeat = r.issues.find((i) => i.code === "duplicate")!;
    expect(repeat).toMatchObject({ severity: "warning", cell: "C4", reason: "item" });
    expect(repeat.message).toBe("与 B4 处那一项的内容完全相同，可能重复填报");
  });

  it("the lines below (备注, 填报人) stay lines, not items", () => {
    const [r] = readSheets(standing([topic1], [[], ["填报人：张三", null, "联系电话：0737-1234567"]]), BUILTIN_ANNEXES);
    expect(r.rows).toHaveLength(1);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("in the summary, every row has its unit and the row the form begins on", () => {
    const result = merge([{ file: "水生态环境科.xlsx", sheets: [standing([topic1, topic2])] }], {
      schemas: BUILTIN_ANNEXES,
    });
    const research = result.annexes.find((a) => a.schema.id === "research")!;
    expect(research.rows.map((x) => [x.unit, x.sourceRow, x.values.topic])).toEqual([
      ["水生态环境科", 4, topic1[0]],
      ["水生态环境科", 4, topic2[0]],
    ]);
  });

  it("a form laid out the usual way is read the usual way (nothing is turned)", () => {
    const sheet: SheetData = {
      name: "附件3",
      rows: [
        ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
        ["填报单位：办公室"],
        ["序号", "课题名称", "调研目的", "调研安排", "牵头领导"],
        [1, "课题", "目的", "安排", "王局长"],
      ],
      merges: [],
    };
    const [r] = readSheets(sheet, BUILTIN_ANNEXES);
    expect(r.issues.some((i) => i.reason === "vertical")).toBe(false);
    expect(r.rows.map((x) => x.row)).toEqual([3]);
  });

  it.each<[string, CellValue[][]]>([
    ["one label", [["课题名称", "洞庭湖"]]],
    ["labels with nothing beside them", [["课题名称"], ["调研目的"], ["调研安排"]]],
    ["a note that mentions the headers", [["请填写课题名称、调研目的和调研安排"]]],
  ])("no form: %s", (_, rows) => {
    expect(readSheets({ name: "S", rows, merges: [] }, BUILTIN_ANNEXES)).toEqual([]);
  });
});

describe("standing-up forms from random sheets", () => {
  const words = [
    "课题名称",
    "调研目的",
    "调研安排",
    "牵头领导",
    "办实事事项",
    "主要内容",
    "填报单位",
    "备注",
    "x",
    3,
    null,
  ];
  it.each(Array.from({ length: 40 }, (_, seed) => [seed]))(
    "seed %i: read without throwing, cells within the sheet",
    (seed) => {
      const rnd = random(seed + 1);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
      const rows: CellValue[][] = Array.from({ length: 3 + Math.floor(rnd() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 5) }, (_, c) =>
          c === 0 ? pick(words) : pick([...words, "值", "值2"]),
        ),
      );
      const merges = rnd() < 0.5 ? [{ r1: 0, c1: 1, r2: 1, c2: 3 }] : [];
      const width = Math.max(...rows.map((r) => r.length));
      // (A blank beside a label may be named a column past the last filled one: 填报单位 left empty.)
      for (const reading of readSheets({ name: "S", rows, merges }, BUILTIN_ANNEXES))
        for (const i of reading.issues) {
          const m = /^([A-Z]+)(\d+)$/.exec(i.cell)!;
          expect(Number(m[2])).toBeLessThanOrEqual(Math.max(rows.length, 1));
          expect(m[1].length === 1 && m[1].charCodeAt(0) - 65).toBeLessThanOrEqual(Math.max(width, 1));
        }
    },
  );
});
