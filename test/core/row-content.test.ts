import { describe, expect, it } from "@jest/globals";
import { random } from "../../src/app/demo/samples";
import type { DataRow } from "../../src/core/locate/extract";
import type { CellValue } from "../../src/core/sheet/types";
import { labelKey } from "../../src/core/text/normalize";
import { shown } from "../../src/core/validate/context";
import { earlierTwins } from "../../src/core/validate/row-content";

const KEYS = ["a", "b"];
const row = (n: number, a: CellValue, b: CellValue = null, extras: CellValue[] = []): DataRow => ({
  row: n,
  values: { a, b },
  extras,
});

/** A row's content as one string: each cell's labelKey, then (when asked) its extra cells'. */
const signature = (r: DataRow, extras = true) =>
  JSON.stringify([...KEYS.map((k) => r.values[k]), ...(extras ? r.extras : [])].map((v) => labelKey(shown(v))));

/** What earlierTwins must give: the first earlier row of the same signature, by a map of signatures. */
function bySignatures(rows: readonly DataRow[], extras: boolean): number[] {
  const first = new Map<string, number>();
  return rows.map((r, i) => {
    const s = signature(r, extras);
    const j = first.get(s);
    if (j === undefined) first.set(s, i);
    return j ?? -1;
  });
}

describe("earlierTwins: each row's first earlier row of the same content", () => {
  it("finds each repeat's first row, not its latest", () => {
    const rows = [row(0, "甲"), row(1, "乙"), row(2, "乙"), row(3, "甲"), row(4, "乙"), row(5, "丙")];
    expect([...earlierTwins(rows, KEYS, true)]).toEqual([-1, -1, 1, 0, 1, -1]);
  });

  it.each([
    ["spacing and full-width forms", row(0, "张 三", "ＡＢ"), row(1, "张三", "AB")],
    ["a trailing colon", row(0, "谈心谈话："), row(1, "谈心谈话")],
    ["a date cell and the same date written", row(0, { kind: "date", serial: 44944 }), row(1, "2023-01-18")],
    ["a number and its digits", row(0, 12), row(1, "12")],
  ])("counts %s as the same content, as the signature does", (_, first, second) => {
    expect(signature(first)).toBe(signature(second));
    expect([...earlierTwins([first, second], KEYS, true)]).toEqual([-1, 0]);
  });

  it("does not run cells together, and reads extra columns only when asked", () => {
    const rows = [row(0, "张三", "李四"), row(1, "张三李", "四"), row(2, "张三", "李四", ["多写的"])];
    expect([...earlierTwins(rows, KEYS, true)]).toEqual([-1, -1, -1]);
    expect([...earlierTwins(rows, KEYS, false)]).toEqual([-1, -1, 0]);
  });

  it("tells a row without an extra cell from one whose extra cell is empty, as the signature does", () => {
    const rows = [row(0, "张三", null, []), row(1, "张三", null, [""]), row(2, "张三", null, [null])];
    expect(signature(rows[0])).not.toBe(signature(rows[1]));
    expect([...earlierTwins(rows, KEYS, true)]).toEqual([-1, -1, 1]);
  });

  it("agrees with a map of signatures on 5,000 random rows with many repeats", () => {
    const rnd = random(11);
    const texts = ["张三", "张 三", "ＡＢ", "AB", "谈心谈话：", "谈心谈话", "", "/", "2023.1.5", "a\u200bb", "ab"];
    const cell = (): CellValue => {
      const k = Math.floor(rnd() * (texts.length + 3));
      if (k === texts.length) return null;
      if (k === texts.length + 1) return Math.floor(rnd() * 4);
      if (k === texts.length + 2) return { kind: "date", serial: 44940 + Math.floor(rnd() * 3) };
      return texts[k];
    };
    const rows = Array.from({ length: 5000 }, (_, i) => row(i, cell(), cell(), rnd() < 0.3 ? [cell()] : []));
    for (const extras of [true, false]) {
      const expected = bySignatures(rows, extras);
      expect(expected.filter((j) => j >= 0).length).toBeGreaterThan(4000);
      expect([...earlierTwins(rows, KEYS, extras)]).toEqual(expected);
    }
  });

  it("gives nothing to compare for no rows or one", () => {
    expect([...earlierTwins([], KEYS, true)]).toEqual([]);
    expect([...earlierTwins([row(0, "张三")], KEYS, true)]).toEqual([-1]);
  });
});
