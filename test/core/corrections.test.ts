import { describe, expect, it } from "@jest/globals";
import { corrections, correctionText } from "../../src/core/corrections/corrections";
import { correctionWorkbook } from "../../src/app/corrections";
import { merge } from "../../src/core/merge/merge";
import { FORMS, talk, talksSheet } from "../helpers/sheets";
import { withEnglish } from "../helpers/english";

withEnglish();

const sheet = talksSheet([talk(1, { date: "2023年2月30日" }), talk(2, { type: "谈心", talker: "乙" })], "办公室");
const clean = talksSheet([talk(1)], "法规科");
const result = merge(
  [
    { file: "办公室.xlsx", sheets: [sheet] },
    { file: "法规科.xlsx", sheets: [clean] },
  ],
  { schemas: FORMS, roster: ["办公室", "法规科"] },
);

describe("corrections (退回修改)", () => {
  it("lists, for units with errors only, each cell, what is wrong and what to write", () => {
    const list = corrections(result);
    expect(list.map((c) => c.unit)).toEqual(["办公室"]);
    expect(list[0].items.map((i) => [i.cell, i.severity, i.hint])).toEqual([
      ["G5", "error", "请写成 2023-01-05 或 2023年1月5日 这样存在的日期"],
      ["I6", "error", "请从下拉列表中选择谈话类型"],
    ]);
  });

  it("as a message to paste into a chat", () => {
    const text = correctionText(corrections(result)[0]);
    expect(text.split("\n")).toEqual([
      "办公室：报送的表格有 2 处错误，请按下列说明修改后重新报送：",
      "【附件2 大谈话统计表】文件「办公室.xlsx」工作表「附件2」",
      "  G5（错误）：「2023年2月30日」不存在：2023年2月只有 28 天。请写成 2023-01-05 或 2023年1月5日 这样存在的日期",
      "  I6（错误）：谈话类型「谈心」不在可选范围内，是否为「谈心谈话」？应为：谈心谈话、任前谈话、提醒谈话、廉政谈话。请从下拉列表中选择谈话类型",
      "请在原表中修改后，保存并重新发送整个文件。",
    ]);
  });

  it("lists 10 of a kind a sheet, then says how many more of that kind and where (a slip pasted into 25 rows)", () => {
    const rows = Array.from({ length: 25 }, (_, i) =>
      talk(i + 1, { date: `2023年13月${i + 1}日`, talkee: `对象${i}` }),
    );
    rows[3] = talk(4, { type: "谈心", talkee: "对象3" });
    const r = merge([{ file: "宣教科.xlsx", sheets: [talksSheet(rows, "宣教科")] }], {
      schemas: FORMS,
      roster: ["宣教科"],
    });
    const lines = correctionText(corrections(r)[0]).split("\n");
    expect(lines[0]).toBe("宣教科：报送的表格有 25 处错误，请按下列说明修改后重新报送：");
    const dates = lines.filter((l) => l.includes("月份 13 不存在"));
    expect(dates).toHaveLength(10);
    expect(lines.filter((l) => l.includes("谈心"))).toHaveLength(1);
    // Rows 5-29 of the sheet; the fourth talk (row 8) is the talk type's: the 11th to 24th dates are G16 to G29.
    expect(lines).toContain("  ……同类问题还有 14 处（G16 至 G29），请一并修改");
    expect(lines[lines.length - 1]).toBe("请在原表中修改后，保存并重新发送整个文件。");
    expect(correctionText(corrections(r)[0], "en")).toContain(
      "  … 14 more of the same (G16 to G29): please correct them too",
    );
  });

  it("says how many warnings there are, and asks to check them, only when there are some", () => {
    // The same talk twice (a warning) beside a date that does not exist (an error).
    const twice = talksSheet([talk(1, { date: "2023年2月30日" }), talk(2), talk(3)], "人事科");
    const r = merge([{ file: "人事科.xlsx", sheets: [twice] }], { schemas: FORMS, roster: ["人事科"] });
    const [c] = corrections(r);
    expect(c.items.map((i) => i.severity)).toEqual(["error", "warning"]);
    expect(correctionText(c).split("\n")[0]).toBe(
      "人事科：报送的表格有 1 处错误、1 处提醒，请按下列说明修改后重新报送（提醒项请核对）：",
    );
    expect(correctionText(c, "en").split("\n")[0]).toBe(
      "人事科: errors in the returned forms: 1, warnings: 1. Please correct them as below and return the files again (check the warnings):",
    );
  });

  it("as a workbook: 修改说明 first, then the unit's own sheet with the cells marked and noted", () => {
    const c = corrections(result)[0];
    const wb = correctionWorkbook(c, [{ file: "办公室.xlsx", sheet }]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["修改说明", "附件2"]);
    expect(wb.sheets[0].rows.slice(2).map((r) => r[1]?.v)).toEqual(["G5", "I6"]);
    const own = wb.sheets[1];
    // The layout as sent: the same values in the same cells.
    const trim = (r: unknown[]) => {
      const out = [...r];
      while (out.length && out[out.length - 1] === null) out.pop();
      return out;
    };
    expect(own.rows.map((r) => trim(r.map((x) => x?.v ?? null)))).toEqual(
      sheet.rows.map((r) => trim(r.map((v) => v ?? null))),
    );
    expect(own.rows[4][6]?.s).toBe("errorCell");
    expect(own.rows[5][8]?.s).toBe("errorCell");
    expect(own.rows[4][1]?.s).toBeUndefined();
    expect(own.notes?.map((n) => [n.r, n.c])).toEqual([
      [4, 6],
      [5, 8],
    ]);
  });
});
