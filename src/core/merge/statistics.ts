import { parseDate } from "../dates/parse-date";
import { serialDayText } from "../dates/serial";
import { TALK_TYPES } from "../schema/annexes";
import { isDateCell, type CellValue } from "../sheet/types";
import { canonicalEnum } from "../validate/rules/enumeration";
import type { MergeResult } from "./merge";

/** What the leadership's report counts, from a merge: talks by unit and type and by month, items per unit, progress. */
export interface Statistics {
  /** The talk types counted (the plan's four, then others as written), and 其他 when any. */
  readonly talkTypes: readonly string[];
  /** Per unit (status order): talks of each type (same order as talkTypes) and in all. */
  readonly talksByUnit: readonly {
    readonly unit: string;
    readonly byType: readonly number[];
    readonly total: number;
  }[];
  /** Talks per month (「2023-01」), in order; talks without a valid date are counted apart. */
  readonly talksByMonth: readonly { readonly month: string; readonly count: number }[];
  readonly talksUndated: number;
  /** Research topics, suggestions and practical items per unit. */
  readonly itemsByUnit: readonly {
    readonly unit: string;
    readonly research: number;
    readonly suggestions: number;
    readonly practical: number;
  }[];
  /** The round's progress over the roster. */
  readonly progress: {
    /** Units on the roster; null when none was given. */
    readonly requested: number | null;
    readonly returned: number;
    readonly complete: number;
    readonly withErrors: number;
    readonly late: number;
  };
}

const OTHER = "其他";

/**
 * The day (or the month's end) a talk is counted in: a date cell, or a date kept as written in the
 * summary, with a note (2023年3月5日（线上）) or as a month (2023年3月); null for none, or a year alone.
 */
function talkSerial(date: CellValue | undefined): number | null {
  if (isDateCell(date)) return date.serial;
  if (typeof date !== "string") return null;
  const parsed = parseDate(date);
  return parsed?.ok && parsed.precision !== "year" ? parsed.serial : null;
}

/** Counts for the 统计 sheet and the pane; pure. */
export function statistics(result: MergeResult): Statistics {
  const talks = result.annexes.find((a) => a.schema.id === "talks");
  const types: string[] = [...TALK_TYPES];
  const units = result.status.map((s) => s.unit);
  const byUnit = new Map(units.map((u) => [u, new Map<string, number>()]));
  const byMonth = new Map<string, number>();
  let undated = 0;
  let other = false;
  // Each day's month once: talks fall on a few hundred days, not on as many as there are rows.
  const monthOf = new Map<number, string>();
  for (const row of talks?.rows ?? []) {
    const raw = row.values.type;
    // A listed type with a note after it (谈心谈话（一对一）) counts as that type.
    const type =
      typeof raw === "string" ? (types.includes(raw) ? raw : (canonicalEnum(raw, TALK_TYPES) ?? OTHER)) : OTHER;
    if (type === OTHER) other = true;
    const counts = byUnit.get(row.unit) ?? new Map<string, number>();
    byUnit.set(row.unit, counts);
    counts.set(type, (counts.get(type) ?? 0) + 1);
    const serial = talkSerial(row.values.date);
    if (serial !== null) {
      let month = monthOf.get(serial);
      if (month === undefined) monthOf.set(serial, (month = serialDayText(serial).slice(0, 7)));
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    } else undated++;
  }
  if (other) types.push(OTHER);
  const count = (id: string, unit: string) => result.annexes.find((a) => a.schema.id === id)?.units[unit] ?? 0;
  const listed = result.status.filter((s) => s.inRoster);
  return {
    talkTypes: types,
    talksByUnit: [...byUnit.entries()].map(([unit, counts]) => {
      const byType = types.map((t) => counts.get(t) ?? 0);
      return { unit, byType, total: byType.reduce((a, b) => a + b, 0) };
    }),
    talksByMonth: [...byMonth.entries()]
      // "YYYY-MM" sorts as plain text (no collator: loading one costs ~5 ms of every merge).
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, n]) => ({ month, count: n })),
    talksUndated: undated,
    itemsByUnit: units.map((unit) => ({
      unit,
      research: count("research", unit),
      suggestions: count("suggestions", unit),
      practical: count("practical", unit),
    })),
    progress: {
      requested: result.rosterGiven ? listed.length : null,
      returned: listed.filter((s) => s.state === "returned" || s.state === "partial").length,
      complete: listed.filter((s) => s.state === "returned").length,
      withErrors: listed.filter((s) => s.errors > 0).length,
      late: listed.filter((s) => s.late.length > 0).length,
    },
  };
}
