/**
 * The scan for header-like rows skips a cell by its first character when no known name starts
 * with it. It must find exactly the rows the full test finds: checked here against the full test
 * (the scan as it was written first, with its one rule since: a row that opens with a number or a
 * date is data) on rows of real names mixed with the spellings units add.
 */
import { describe, expect, it } from "@jest/globals";
import { allNames } from "../../src/core/locate/header-match";
import { headerLikeRows, SCAN_ROWS } from "../../src/core/locate/locate";
import { Grid } from "../../src/core/sheet/grid";
import type { CellValue } from "../../src/core/sheet/types";
import { labelKey, looseKey } from "../../src/core/text/normalize";
import { cellText } from "../../src/core/sheet/grid";
import { FORMS } from "../helpers/sheets";

const LOOSE = /[()（）【】[\]〔〕<>《》、，,;；/／\\|·.。_\-—]/;

function reference(grid: Grid): number[] {
  const known = allNames(FORMS);
  const likely = Array.from({ length: Math.min(grid.rowCount, SCAN_ROWS) }, (_, r) => r).filter((r) => {
    const first = grid.sheet.rows[r]?.find((v) => v !== null && v !== "");
    if (typeof first === "number" || (first !== null && typeof first === "object")) return false;
    let hits = 0;
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.header(r, c);
      const k = v === null ? "" : labelKey(cellText(v));
      if (!k || !/\D/.test(k)) continue;
      const loose = LOOSE.test(k) ? looseKey(k) : k;
      const bracket = k.indexOf("(");
      if ((known.has(loose) || (bracket > 0 && known.has(looseKey(k.slice(0, bracket))))) && ++hits >= 2) return true;
    }
    return false;
  });
  const out = new Set<number>();
  for (const r of likely) {
    if (r > 0) out.add(r - 1);
    out.add(r);
  }
  return [...out].sort((a, b) => a - b);
}

describe("the scan for header-like rows", () => {
  const names = [...allNames(FORMS)];
  const affixes = [
    "",
    "",
    "（",
    "(",
    "【",
    "《",
    "、",
    "·",
    "*",
    " ",
    "：",
    ":",
    "１",
    "1",
    "—",
    "-",
    "\n",
    "　",
    "Ａ",
    "\ufeff",
    "\u200b",
    "\u00a0",
    "ｓ",
  ];
  const fillers = ["张三", "办公室", "2023-01-05", "123", "单位001", "谈心谈话", "", "（空）", "备注", "序"];

  it("finds the same rows as the full test, whatever the cells start or end with", () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    let found = 0;
    for (let n = 0; n < 300; n++) {
      const rows: CellValue[][] = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => {
          if (rnd() < 0.15) return rnd() < 0.5 ? null : Math.floor(rnd() * 50000);
          const core = rnd() < 0.55 ? pick(names) : pick(fillers);
          return pick(affixes) + core + (rnd() < 0.3 ? pick(affixes) + pick(fillers) : "");
        }),
      );
      const grid = new Grid({ name: "s", rows, merges: [] });
      const expected = reference(grid);
      found += expected.length;
      expect(headerLikeRows(grid, FORMS)).toEqual(expected);
    }
    // The rows are header-like often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(300);
  });

  it("a row that opens with a number or a date is data, whatever names follow; blank cells before a header do not matter", () => {
    const rows: CellValue[][] = [
      [1, "谈话人", "谈话对象", "谈话时间"],
      [{ kind: "date", serial: 44931 }, "谈话人", "谈话对象"],
      [null, "", "谈话人", "谈话对象"],
    ];
    expect(headerLikeRows(new Grid({ name: "s", rows, merges: [] }), FORMS)).toEqual([1, 2]);
  });
});
