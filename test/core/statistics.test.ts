import { describe, expect, it } from "@jest/globals";
import { merge } from "../../src/core/merge/merge";
import { statistics } from "../../src/core/merge/statistics";
import { statisticsSheet } from "../../src/core/merge/statistics-sheet";
import { FORMS, talk, talksSheet } from "../helpers/sheets";

describe("statistics", () => {
  const result = merge(
    [
      {
        file: "a.xlsx",
        sheets: [
          talksSheet([
            talk(1, { type: "谈心谈话", date: "2023-01-05" }),
            talk(2, { type: "廉政谈话", date: "2023-02-05", talker: "乙" }),
            talk(3, { type: "家访谈话", date: "上周", talker: "丙" }),
          ]),
        ],
      },
      { file: "b.xlsx", sheets: [talksSheet([talk(1, { type: "谈心谈话", date: "2023-01-20" })], "法规科")] },
    ],
    { schemas: FORMS, roster: ["办公室", "法规科", "人事科"] },
  );

  it("talks by unit and type (the plan's four, then 其他), by month, undated apart; progress over the roster", () => {
    const st = statistics(result);
    expect(st.talkTypes).toEqual(["谈心谈话", "任前谈话", "提醒谈话", "廉政谈话", "其他"]);
    expect(st.talksByUnit.filter((u) => u.total)).toEqual([
      { unit: "办公室", byType: [1, 0, 0, 1, 1], total: 3 },
      { unit: "法规科", byType: [1, 0, 0, 0, 0], total: 1 },
    ]);
    expect(st.talksByMonth).toEqual([
      { month: "2023-01", count: 2 },
      { month: "2023-02", count: 1 },
    ]);
    expect(st.talksUndated).toBe(1);
    expect(st.progress).toEqual({ requested: 3, returned: 2, complete: 2, withErrors: 1, late: 0 });
  });

  it("a type with its occasion before it, as the plan writes 「民主生活会前谈心谈话」, counts as that type, and stays as written", () => {
    const r = merge(
      [
        {
          file: "c.xlsx",
          sheets: [
            talksSheet(
              [
                talk(1, { type: "民主生活会前谈心谈话", date: "2023-01-05" }),
                talk(2, { type: "集体廉政谈话", date: "2023-01-06", talker: "乙" }),
                talk(3, { type: "谈心廉政谈话", date: "2023-01-07", talker: "丙" }),
              ],
              "人事科",
            ),
          ],
        },
      ],
      { schemas: FORMS, roster: ["人事科"] },
    );
    expect(statistics(r).talksByUnit).toEqual([{ unit: "人事科", byType: [1, 0, 0, 1, 1], total: 3 }]);
    expect(r.annexes[0].rows.map((x) => x.values.type)).toEqual([
      "民主生活会前谈心谈话",
      "集体廉政谈话",
      "谈心廉政谈话",
    ]);
    expect(r.returns[0].reading.issues.map((i) => `${i.cell}:${i.code}.${i.reason}`)).toEqual([
      `I${talksSheet([]).rows.length + 3}:talk-type.other`,
    ]);
  });

  it("the 统计 sheet: numbers in cells, and a chart over the talks table", () => {
    const sheet = statisticsSheet(result);
    const texts = sheet.rows.map((r) => r.map((c) => c?.v));
    const header = texts.findIndex((r) => r[0] === "单位" && r.includes("其他"));
    expect(texts[header + 1]).toEqual(["办公室", 1, 0, 0, 1, 1, 3]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts![0].categories).toEqual({ r1: header + 1, c1: 0, r2: header + 2, c2: 0 });
    expect(sheet.charts![0].series.map((s) => s.name)).toEqual([
      "谈心谈话",
      "任前谈话",
      "提醒谈话",
      "廉政谈话",
      "其他",
    ]);
  });
});
