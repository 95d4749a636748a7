/**
 * The core on sheets no form would hold but a damaged or hostile file can: it answers (validate
 * never throws), and its work follows the content, not the declared extent.
 */
import { describe, expect, it } from "@jest/globals";
import { readSheets, validate } from "../../src/core/validate/validate";
import { merge } from "../../src/core/merge/merge";
import { OVERVIEW_SHEET, summaryModel } from "../../src/core/merge/summary-model";
import { Grid, MERGE_ROW_BUDGET } from "../../src/core/sheet/grid";
import type { CellRange, CellValue, SheetData } from "../../src/core/sheet/types";
import { FORMS, schema, talk, talksSheet } from "../helpers/sheets";

const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
};

describe("merged areas far beyond the data", () => {
  it("A1:XFD1048576 over a form: read in milliseconds, values carried as for any merge", () => {
    const sheet = talksSheet([talk(1), talk(2, { talker: "赵六" })]);
    const huge: SheetData = { ...sheet, merges: [{ r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 }] };
    const [issues, ms] = timed(() => validate(huge, schema("talks")));
    expect(Array.isArray(issues)).toBe(true);
    expect(ms).toBeLessThan(2_000);
    const grid = new Grid(huge);
    expect(grid.header(3, 5)).toBe("附件2"); // covered: reads the merge's first cell
    expect(grid.raw(3, 5)).toBe("记录人");
  });

  it("a merge starting outside the data carries nothing and costs nothing", () => {
    const sheet = talksSheet([talk(1)]);
    const grid = new Grid({ ...sheet, merges: [{ r1: 100_000, c1: 0, r2: 1_048_575, c2: 16_383 }] });
    expect(grid.data(4, 1)).toBe("张三");
  });

  it("overlapping merges (a damaged file) stop at the budget instead of exhausting memory", () => {
    const rows: CellValue[][] = Array.from({ length: 200_000 }, (_, r) => [r]);
    const merges: CellRange[] = Array.from({ length: 10_000 }, () => ({ r1: 0, c1: 0, r2: 199_999, c2: 0 }));
    const [grid, ms] = timed(() => new Grid({ name: "S", rows, merges }));
    expect(grid.data(150_000, 0)).toBe(150_000);
    expect(ms).toBeLessThan(5_000);
    expect(MERGE_ROW_BUDGET).toBeGreaterThanOrEqual(200_000 * 10); // a legitimate sheet's merges fit
  });

  it("values merged down are still carried to every row they cover", () => {
    const sheet = talksSheet([talk(1), [2, null, null, "钱七", "科员", "王五", "2023-01-06", "会议室", "谈心谈话"]]);
    const grid = new Grid({ ...sheet, merges: [{ r1: 4, c1: 1, r2: 5, c2: 2 }] });
    expect(grid.data(5, 1)).toBe("张三");
    expect(grid.dataOrigin(5, 1)).toBe(4);
    expect(grid.data(5, 2)).toBeNull(); // across, not down: only the first column carries down
  });
});

describe("many rows, many issues", () => {
  it("30,000 rows with only 序号 and 谈话人 give well over 120,000 issues without overflowing the stack", () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [i + 1, `谈话人${i}`]);
    const issues = validate(talksSheet(rows), schema("talks"));
    expect(issues.length).toBeGreaterThan(120_000);
    expect(issues.every((i) => i.cell && i.code && i.message)).toBe(true);
  });

  it("a million blank rows under a wide row cost what the content costs", () => {
    const wide: CellValue[] = Array.from({ length: 1_024 }, (_, c) => (c === 1_023 ? "x" : null));
    const sheet = talksSheet([talk(1), wide]);
    const rows = [...sheet.rows, ...Array.from({ length: 1_000_000 }, () => [] as CellValue[]), ["备注：无"]];
    const [issues, ms] = timed(() => validate({ ...sheet, rows }, schema("talks")));
    expect(Array.isArray(issues)).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });
});

describe("values a reader left aside far to the right (SheetData.beyond: a stray entry in XFD5)", () => {
  const sheet: SheetData = {
    ...talksSheet([talk(1), talk(2, { talker: "赵六" })]),
    beyond: [
      { r: 4, c: 16_383, value: "备注：另有一人外出" },
      { r: 9, c: 2_000, value: 1 },
    ],
  };

  it("are said once, on the sheet's first form, as a warning at the first of them", () => {
    const readings = readSheets(sheet, FORMS);
    const said = readings.flatMap((r) => r.issues).filter((i) => i.code === "sheet");
    expect(said.map((i) => [i.severity, i.reason, i.cell, i.row])).toEqual([
      ["warning", "far-cells", "XFD5", undefined],
    ]);
    expect(said[0].message).toBe(
      "工作表「附件2」第 16384 列的「备注：另有一人外出」远在表格右侧，没有汇总（远在右侧有内容的单元格共 2 个）：如有用，请移到表格中后重新报送；没用可不理会",
    );
  });

  it("leave the form's rows as they are, and reach the summary's overview (not a row's issues)", () => {
    const r = merge([{ file: "a.xlsx", sheets: [sheet] }], { schemas: FORMS });
    expect(r.annexes[0].rows.map((x) => x.values.talker)).toEqual(["张三", "赵六"]);
    expect(r.annexes[0].rows.flatMap((x) => x.issues)).toEqual([]);
    expect(r.issues.warnings).toBe(1);
    const overview = summaryModel(r).sheets.find((s) => s.name === OVERVIEW_SHEET)!;
    expect(JSON.stringify(overview.rows)).toContain("第 16384 列的「备注：另有一人外出」远在表格右侧");
  });
});
