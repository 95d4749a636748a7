import { describe, expect, it } from "@jest/globals";
import { merge } from "../../src/core/merge/merge";
import { changesText } from "../../src/core/merge/summary-model";
import { FORMS, talk, talksSheet } from "../helpers/sheets";
import { withEnglish } from "../helpers/english";

withEnglish();

describe("what a re-submission changed", () => {
  it.each([
    [
      "one cell corrected",
      [talk(1), talk(2, { talker: "乙", date: "2023-02-30" })],
      [talk(1), talk(2, { talker: "乙", date: "2023-02-28" })],
      0,
      0,
      [["2", "谈话时间", "2023-02-30", "2023-02-28"]],
    ],
    [
      "a date cell corrected: said as dates, not serials",
      [talk(1, { date: { kind: "date", serial: 44931 } })],
      [talk(1, { date: { kind: "date", serial: 44932 } })],
      0,
      0,
      [["1", "谈话时间", "2023-01-05", "2023-01-06"]],
    ],
    ["a row added", [talk(1)], [talk(1), talk(2, { talker: "乙" })], 1, 0, []],
    ["a row removed", [talk(1), talk(2, { talker: "乙" })], [talk(1)], 0, 1, []],
    [
      "rows moved, nothing changed",
      [talk(1), talk(2, { talker: "乙" })],
      [talk(1, { talker: "乙" }), talk(2)],
      0,
      0,
      [],
    ],
  ])("%s", (_, before, after, added, removed, changed) => {
    const r = merge(
      [
        { file: "初稿.xlsx", savedAt: 1, sheets: [talksSheet(before)] },
        { file: "修改稿.xlsx", savedAt: 2, sheets: [talksSheet(after)] },
      ],
      { schemas: FORMS, roster: ["办公室"] },
    );
    expect(r.replaced).toHaveLength(1);
    const c = r.replaced[0].changes!;
    expect([c.added, c.removed, c.changed.map((x) => [x.index, x.column, x.from, x.to])]).toEqual([
      added,
      removed,
      changed,
    ]);
  });

  it("nothing changed is said as such, not as 0 of everything", () => {
    expect(changesText({ added: 0, removed: 0, changed: [] })).toBe("内容与被替换的报送相同");
    expect(changesText({ added: 0, removed: 0, changed: [] }, "en")).toBe("same content as the replaced return");
    expect(changesText({ added: 1, removed: 0, changed: [] })).toBe("新增 1 行，删除 0 行，改动 0 处");
  });

  it("said in words, in the report and the overview", () => {
    const r = merge(
      [
        { file: "初稿.xlsx", savedAt: 1, sheets: [talksSheet([talk(1)])] },
        {
          file: "修改稿.xlsx",
          savedAt: 2,
          sheets: [talksSheet([talk(1, { type: "廉政谈话" }), talk(2, { talker: "乙" })])],
        },
      ],
      { schemas: FORMS, roster: ["办公室"] },
    );
    expect(changesText(r.replaced[0].changes!)).toBe("新增 1 行，删除 0 行，改动 1 处");
  });
});
