import type { Roster } from "../roster/roster";
import type { SheetReturn } from "./returns";

/**
 * How far a unit has returned what was asked, in one vocabulary for the pane, the summary and the
 * CLI: 已报 (everything expected), 部分未报 (some annexes missing), 未报 (nothing), 不在名单中 (not on
 * the roster), 无法确定单位 (neither the form nor the file name says who sent it).
 */
export type ReturnState = "returned" | "partial" | "missing" | "unlisted" | "unknown";

export interface AnnexTally {
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly files: readonly string[];
  /** No rows, but a line saying there is nothing to report (本季度未开展谈话): returned all the same. */
  readonly nothing?: boolean;
}

export interface UnitStatus {
  /** The unit's name ("" when no return says who sent it). */
  readonly unit: string;
  readonly inRoster: boolean;
  readonly state: ReturnState;
  /** Rows, errors and warnings per annex id, for the annexes this unit returned. */
  readonly annexes: Readonly<Record<string, AnnexTally>>;
  /**
   * Expected annex ids this unit has not returned (a form sent back empty counts as not returned,
   * unless a line in it says there is nothing to report).
   */
  readonly missing: readonly string[];
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  /** Files of this unit saved after the deadline (逾期报送: reported, never dropped). */
  readonly late: readonly string[];
  /** For a unit not on the roster, the roster unit its returns may be from (法规科 for 法规处; ResolvedUnit.likely). */
  readonly likely?: string;
}

/** Each unit's status: roster order first, then other named units by name, then unknown senders. */
export function unitStatus(
  kept: readonly SheetReturn[],
  roster: Roster,
  expected: readonly string[],
  isLate: (file: string) => boolean = () => false,
): UnitStatus[] {
  const listed = new Set(roster);
  const named = [...new Set(kept.map((r) => r.unit).filter((u) => u && !listed.has(u)))].sort();
  const units = [...roster, ...named, ...(kept.some((r) => !r.unit) ? [""] : [])];
  // Each unit's returns, in order (one pass: 3,000 units × 3,000 returns would be 9 million steps).
  const byUnit = groupByUnit(kept);
  return units.map((unit) => {
    const annexes: Record<string, { -readonly [K in keyof AnnexTally]: AnnexTally[K] } & { files: string[] }> = {};
    for (const r of byUnit.get(unit) ?? []) {
      const a = (annexes[r.annex.id] ??= { rows: 0, errors: 0, warnings: 0, files: [] });
      a.rows += r.reading.rows.length;
      // 「本季度未开展谈话」 across an empty form: returned, with nothing in it.
      if (r.reading.nothing) a.nothing = true;
      for (const i of r.reading.issues)
        if (i.severity === "error") a.errors++;
        else if (i.severity === "warning") a.warnings++;
      if (!a.files.includes(r.file)) a.files.push(r.file);
    }
    const tallies = Object.values(annexes);
    const missing = expected.filter((id) => !annexes[id]?.rows && !annexes[id]?.nothing);
    const inRoster = listed.has(unit);
    const likely = inRoster ? undefined : byUnit.get(unit)?.find((r) => r.reading.unit.likely)?.reading.unit.likely;
    return {
      unit,
      inRoster,
      state: stateOf(
        unit,
        inRoster,
        tallies.some((a) => a.rows > 0 || a.nothing) && missing.length < expected.length,
        missing.length,
      ),
      annexes,
      missing,
      rows: tallies.reduce((n, a) => n + a.rows, 0),
      errors: tallies.reduce((n, a) => n + a.errors, 0),
      warnings: tallies.reduce((n, a) => n + a.warnings, 0),
      late: [...new Set(tallies.flatMap((a) => a.files))].filter(isLate).sort(),
      ...(likely ? { likely } : {}),
    };
  });
}

/** Returns grouped by unit, each group in the order given. */
export function groupByUnit<T extends { readonly unit: string }>(returns: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of returns) {
    const group = out.get(r.unit);
    if (group) group.push(r);
    else out.set(r.unit, [r]);
  }
  return out;
}

function stateOf(unit: string, inRoster: boolean, returnedSome: boolean, missing: number): ReturnState {
  if (!unit) return "unknown";
  if (!inRoster) return "unlisted";
  if (!returnedSome) return "missing";
  return missing ? "partial" : "returned";
}
