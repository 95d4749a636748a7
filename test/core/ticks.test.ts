/**
 * 谈话内容类型 drawn as a column per type, ticked (src/core/locate/ticks.ts): under a header merged
 * over the four, as a two-row header, or as four headers of their own.
 */
import { describe, expect, it } from "@jest/globals";
import { readSheet } from "../../src/core/validate/validate";
import type { CellRange, CellValue, SheetData } from "../../src/core/sheet/types";
import { FORMS, TALKS_HEADER } from "../helpers/sheets";

const TYPES = ["谈心谈话", "任前谈话", "提醒谈话", "廉政谈话"];
const BEFORE = TALKS_HEADER.slice(0, 8);
const row = (n: number, ...marks: CellValue[]): CellValue[] => [
  n,
  "张三",
  "科长",
  `干部${n}`,
  "科员",
  "王五",
  "2023-01-05",
  "会议室",
  ...marks,
];

/** The header over rows 3-4 (A3), one of three ways; the rows from the data row on. */
function sheet(layout: "merged" | "two-row" | "flat", rows: CellValue[][], choices = TYPES): SheetData {
  const title = [["学习宣传贯彻党的二十大精神·大谈话统计表"], ["填报单位：人事科"]];
  const span = choices.length;
  const over = (r: number, c: number): CellRange => ({ r1: r, c1: c, r2: r, c2: c + span - 1 });
  const down = BEFORE.map((_, c) => ({ r1: 2, c1: c, r2: 3, c2: c }));
  if (layout === "flat") return { name: "附件2", rows: [...title, [...BEFORE, ...choices], ...rows], merges: [] };
  if (layout === "merged")
    return {
      name: "附件2",
      rows: [...title, [...BEFORE, "谈话内容类型"], [...BEFORE.map(() => null), ...choices], ...rows],
      merges: [...down, over(2, 8)],
    };
  const top = ["序号", "谈话人", null, "谈话对象", null, "记录人", "谈话时间", "谈话地点", "谈话内容类型"];
  const sub = [null, "姓名", "单位及职务", "姓名", "单位及职务", null, null, null, ...choices];
  return {
    name: "附件2",
    rows: [...title, top, sub, ...rows],
    merges: [
      { r1: 2, c1: 1, r2: 2, c2: 2 },
      { r1: 2, c1: 3, r2: 2, c2: 4 },
      ...[0, 5, 6, 7].map((c) => ({ r1: 2, c1: c, r2: 3, c2: c })),
      over(2, 8),
    ],
  };
}

const read = (s: SheetData) => readSheet(s, FORMS)!;

describe.each(["merged", "two-row", "flat"] as const)("谈话内容类型 as a column per type (%s header)", (layout) => {
  it("reads each row as the type it ticks, whatever the mark; a mark of no is no tick", () => {
    const r = read(
      sheet(layout, [
        row(1, "√"),
        row(2, null, "✓"),
        row(3, null, null, "是"),
        row(4, "×", "否", "0", 1),
        row(5, null, "●", null, "/"),
        // Boxes as a Word form draws them: empty □ ☐, checked ☑ ☒ (Word's checkbox shows ☒).
        row(6, "□", "☐", "☑", "□"),
        row(7, "☐", "☐", "☐", "☒"),
      ]),
    );
    expect(r.rows.map((x) => x.values.type)).toEqual([
      "谈心谈话",
      "任前谈话",
      "提醒谈话",
      "廉政谈话",
      "任前谈话",
      "提醒谈话",
      "廉政谈话",
    ]);
    const notes = r.issues.filter((i) => i.severity !== "info");
    expect(notes).toEqual([]);
    const said = r.issues.filter((i) => i.code === "header" && i.field === "type").map((i) => i.message);
    expect(said).toEqual([
      "「谈话内容类型」分成了几列（谈心谈话 | 任前谈话 | 提醒谈话 | 廉政谈话），每行按打勾（√）的一列读作该类型",
    ]);
  });

  it("no tick is a missing type; two ticks are two types in one cell", () => {
    const r = read(sheet(layout, [row(1, "√", "√"), row(2), row(3, null, null, null, "√")]));
    const first = layout === "flat" ? 4 : 5;
    expect(r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}.${i.reason}@${i.cell}`)).toEqual([
      `talk-type.several@I${first}`,
      `required.undefined@I${first + 1}`,
    ]);
    expect(r.rows).toHaveLength(3);
  });

  it("a 其他 column ticked is another kind of talk, kept", () => {
    const r = read(sheet(layout, [row(1, null, null, null, null, "√")], [...TYPES, "其他"]));
    expect(r.rows.map((x) => x.values.type)).toEqual(["其他"]);
  });
});

describe("columns that are not a choice each stay what they were", () => {
  it("谈话内容类型 over two cells, a note in the second: joined as before", () => {
    const s = sheet("merged", [row(1, "谈心谈话", "一对一")], ["类型", "备注"]);
    const r = read(s);
    expect(r.rows.map((x) => x.values.type)).toEqual(["谈心谈话\n一对一"]);
  });

  it("one type's own header beside 谈话内容类型 is an extra column", () => {
    const s: SheetData = {
      name: "附件2",
      rows: [["填报单位：人事科"], [...TALKS_HEADER, "廉政谈话"], [...row(1, "谈心谈话"), "√"]],
      merges: [],
    };
    const r = read(s);
    expect(r.rows[0].values.type).toBe("谈心谈话");
    expect(r.table.extras.map((x) => x.header)).toEqual(["廉政谈话"]);
  });
});
