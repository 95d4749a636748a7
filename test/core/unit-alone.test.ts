import { describe, expect, it } from "@jest/globals";
import { readSheet } from "../../src/core/validate/validate";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { talk, talksSheet } from "../helpers/sheets";

/**
 * The 填报单位 line typed over: a unit clicks the cell of 「填报单位（盖章）：」 and types its name,
 * the label gone (南县分局（盖章）). The row between the title and the header then holds the unit's
 * name alone.
 */
const ROSTER = ["办公室", "法规科", "南县分局", "益阳市生态环境局赫山分局"];

/** 附件2 with row 3 (the 填报单位 line) holding `line` in its cells, one talk below the header. */
function typedOver(line: CellValue[]): SheetData {
  const base = talksSheet([talk(1)]);
  return { ...base, rows: [base.rows[0], base.rows[1], line, ...base.rows.slice(3)] };
}

const read = (sheet: SheetData, fileName: string, roster: readonly string[]) =>
  readSheet(sheet, BUILTIN_ANNEXES, { fileName, roster })!;

const unitIssues = (sheet: SheetData, fileName: string, roster: readonly string[]) =>
  read(sheet, fileName, roster)
    .issues.filter((i) => i.code === "unit")
    .map((i) => `${i.reason}@${i.cell}`);

describe("a 填报单位 line whose label was typed over", () => {
  it.each<[string, CellValue[], readonly string[], string]>([
    ["the roster's name with 盖章", ["南县分局（盖章）"], ROSTER, "南县分局"],
    ["the name in the merged cell's second column", [null, "南县分局"], ROSTER, "南县分局"],
    ["the full name holding the roster's", ["益阳市生态环境局南县分局"], ROSTER, "南县分局"],
    ["the name and the date in one cell", ["南县分局（盖章）    2023年3月5日"], ROSTER, "南县分局"],
    ["the name, then 填报人 in another cell", ["法规科", null, null, null, "填报人：张三"], ROSTER, "法规科"],
    ["no roster: a name as units' names end", ["南县分局（盖章）"], [], "南县分局"],
    ["a short name only one roster unit holds", ["南县（盖章）"], ROSTER, "南县分局"],
  ])("takes the unit from %s", (_, line, roster, unit) => {
    const r = read(typedOver(line), "附件2.xlsx", roster);
    expect(r.unit).toMatchObject({ name: unit, source: "line" });
    expect(r.table.unitLine).toMatchObject({ row: 2 });
    expect(r.issues.filter((i) => i.code === "unit" && i.severity === "error")).toEqual([]);
  });

  it.each<[string, CellValue[], readonly string[], string, string]>([
    // The bureau's own name as a subtitle is not the unit that filled the form in.
    ["the bureau's name (not on the roster)", ["益阳市生态环境局"], ROSTER, "附件2.xlsx", "missing@A3"],
    // Held by one roster name only (益阳市生态环境局赫山分局), but the bureau's, not that unit's.
    [
      "the bureau's name held by one roster name",
      ["益阳市生态环境局"],
      ["办公室", "益阳市生态环境局赫山分局"],
      "附件2.xlsx",
      "missing@A3",
    ],
    ["a title-like line", ["某某单位报表"], ROSTER, "附件2.xlsx", "missing@A3"],
    ["a sentence", ["请各单位于3月5日前报送办公室。"], ROSTER, "附件2.xlsx", "missing@A3"],
    ["another label's line", ["参与部门：法规科"], ROSTER, "附件2.xlsx", "missing@A3"],
    ["the unit of measure", ["单位：人"], ROSTER, "附件2.xlsx", "unknown@A3"],
    ["the bureau's name, with no roster", ["益阳市生态环境局"], [], "附件2.xlsx", "missing@A3"],
  ])("does not take %s", (_, line, roster, file, issue) => {
    expect(unitIssues(typedOver(line), file, roster)).toEqual([issue]);
  });

  it("says a short name was taken for the roster's (南县 → 南县分局), as on a labelled line", () => {
    expect(unitIssues(typedOver(["南县（盖章）"]), "附件2.xlsx", ROSTER)).toEqual(["similar@A3"]);
  });

  it("takes a name off the roster where nothing else names a unit, and says it is not on the roster", () => {
    const r = read(typedOver(["南湖分局（盖章）"]), "附件2.xlsx", ROSTER);
    expect(r.unit).toMatchObject({ name: "南湖分局", source: "line", inRoster: false });
    expect(unitIssues(typedOver(["南湖分局（盖章）"]), "附件2.xlsx", ROSTER)).toEqual(["unknown@A3"]);
    // The file's name naming a roster unit says more than a name alone that is on no list.
    expect(read(typedOver(["南湖分局"]), "法规科-附件2.xlsx", ROSTER).unit).toMatchObject({
      name: "法规科",
      source: "file",
    });
  });

  it("without a roster, leaves a subtitle to the file's name (法规科-附件2.xlsx with 益阳市生态环境局)", () => {
    const r = read(typedOver(["益阳市生态环境局"]), "法规科-附件2.xlsx", []);
    expect(r.unit).toMatchObject({ name: "法规科", source: "file" });
  });

  it("keeps a labelled line's value over a name alone in the row above", () => {
    const base = talksSheet([talk(1)], "办公室");
    const rows = [base.rows[0], base.rows[1], ["南县分局"], ...base.rows.slice(2)];
    const r = read({ ...base, rows }, "附件2.xlsx", ROSTER);
    expect(r.unit).toMatchObject({ name: "办公室", source: "line" });
  });

  it("points the missing-unit error at the line's cell when the typed name is no unit", () => {
    // Unlabelled and unknown: the line is not found, so the error stands where the line would be.
    expect(unitIssues(typedOver(["张三"]), "附件2.xlsx", ROSTER)).toEqual(["missing@A3"]);
  });
});
