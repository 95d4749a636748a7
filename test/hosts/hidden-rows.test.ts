import { describe, expect, it } from "@jest/globals";
import { HIDDEN_ROW_PARTS, hiddenRowsRound, type RowSpan } from "../../src/hosts/shared/hidden-rows";

/** All rounds against a sheet hiding `hidden`, answering as Range.rowHidden does; the rounds taken. */
function find(span: RowSpan, hidden: ReadonlySet<number>): { rows: number[]; rounds: number } {
  const answer = ({ r1, r2 }: RowSpan) => {
    let n = 0;
    for (let r = r1; r <= r2; r++) if (hidden.has(r)) n++;
    return n === 0 ? false : n === r2 - r1 + 1 ? true : null;
  };
  const rows: number[] = [];
  let rounds = 1;
  for (let pending = hiddenRowsRound([span], [answer(span)], rows); pending.length; rounds++)
    pending = hiddenRowsRound(pending, pending.map(answer), rows);
  return { rows: rows.sort((a, b) => a - b), rounds };
}

describe("finding hidden rows by asking all, none or some", () => {
  it.each<[string, RowSpan, number[], number]>([
    ["none hidden: one question", { r1: 4, r2: 20_004 }, [], 1],
    ["all hidden: one question", { r1: 4, r2: 9 }, [4, 5, 6, 7, 8, 9], 1],
    ["one row of 20,001", { r1: 4, r2: 20_004 }, [12_345], 5],
    ["the first and the last", { r1: 0, r2: 99 }, [0, 99], 3],
    ["every other row (a filter)", { r1: 0, r2: 999 }, Array.from({ length: 500 }, (_, i) => 2 * i), 4],
  ])("%s", (_, span, hidden, rounds) => {
    expect(find(span, new Set(hidden))).toEqual({ rows: hidden, rounds });
  });

  it("an answer that is neither true nor false (ET's Null, or undefined) is asked about in parts", () => {
    const hidden: number[] = [];
    const next = hiddenRowsRound([{ r1: 0, r2: 99 }], [undefined], hidden);
    expect(hidden).toEqual([]);
    expect(next.length).toBeLessThanOrEqual(HIDDEN_ROW_PARTS);
    // The parts tile the span: each begins where the one before ended.
    expect(next[0].r1).toBe(0);
    expect(next[next.length - 1].r2).toBe(99);
    next.slice(1).forEach((part, i) => expect(part.r1).toBe(next[i].r2 + 1));
  });
});
