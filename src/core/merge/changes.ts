import { cellText } from "../sheet/grid";
import { isDateCell, type CellValue } from "../sheet/types";
import { dateCellText } from "../dates/serial";
import { cleanText } from "../text/normalize";
import type { SheetReturn } from "./returns";

/** What a re-submission changed against the return it replaces. */
export interface ReturnChanges {
  readonly added: number;
  readonly removed: number;
  /** Cells whose value changed, on rows found in both (matched by 序号, else by position). */
  readonly changed: readonly {
    readonly index: string;
    readonly column: string;
    readonly from: string;
    readonly to: string;
  }[];
}

/** A cell as the coordinator reads it: dates as 2023-01-05, not their serial. */
const show = (v: CellValue | undefined) =>
  v === null || v === undefined ? "" : isDateCell(v) ? dateCellText(v) : cleanText(cellText(v));

/**
 * Rows added, removed and cells changed between an earlier return and the one that replaced it.
 * Rows are matched by 序号 where both have one; the rest by content (an identical row is the
 * same row wherever it moved), then by order.
 */
export function returnChanges(before: SheetReturn, after: SheetReturn): ReturnChanges {
  const cols = after.annex.columns.filter((c) => c.type !== "index");
  const indexKey = after.annex.columns.find((c) => c.type === "index")?.key;
  const sig = (values: Readonly<Record<string, CellValue>>) => cols.map((c) => show(values[c.key])).join("\u0001");
  const old = before.reading.rows.map((r) => ({
    index: indexKey ? show(r.values[indexKey]) : "",
    values: r.values,
    used: false,
  }));
  const changed: { index: string; column: string; from: string; to: string }[] = [];
  let added = 0;
  const unmatched: typeof old = [];
  const next = after.reading.rows.map((r) => ({ index: indexKey ? show(r.values[indexKey]) : "", values: r.values }));
  // Identical rows first (wherever they moved), then rows with the same 序号, then what is left.
  const pending = next.filter((n) => {
    const same = old.find((o) => !o.used && sig(o.values) === sig(n.values));
    if (same) same.used = true;
    return !same;
  });
  for (const n of pending) {
    const match = (n.index && old.find((o) => !o.used && o.index === n.index)) || null;
    if (!match) {
      unmatched.push({ ...n, used: false });
      continue;
    }
    match.used = true;
    for (const c of cols) {
      const from = show(match.values[c.key]);
      const to = show(n.values[c.key]);
      if (from !== to) changed.push({ index: n.index, column: c.header.replace(/\s+/g, " "), from, to });
    }
  }
  const leftover = old.filter((o) => !o.used);
  added = Math.max(0, unmatched.length - leftover.length);
  // Rows without a matching 序号, paired in order: a pair is a changed row, the rest added or removed.
  const pairs = Math.min(unmatched.length, leftover.length);
  for (let i = 0; i < pairs; i++)
    for (const c of cols) {
      const from = show(leftover[i].values[c.key]);
      const to = show(unmatched[i].values[c.key]);
      if (from !== to) changed.push({ index: unmatched[i].index, column: c.header.replace(/\s+/g, " "), from, to });
    }
  return { added, removed: Math.max(0, leftover.length - unmatched.length), changed };
}
