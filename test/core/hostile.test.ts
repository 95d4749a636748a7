/**
 * The core on sheets no form would hold but a damaged or hostile file can: it answers (validate
 * never throws), and its work follows the content, not the declared extent.
 */
import { describe, expect, it } from "@jest/globals";
import { validate } from "../../src/core/validate/validate";
import { Grid, MERGE_ROW_BUDGET } from "../../src/core/sheet/grid";
import type { CellRange, CellValue, SheetData } from "../../src/core/sheet/types";
import { schema, talk, talksSheet } from "../helpers/sheets";

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
