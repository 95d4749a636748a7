import type { IssueMark } from "../host";

/** One painted cell: what it looked like before, so clearing restores exactly that. */
export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  /** "#RRGGBB" before painting. */
  readonly color: string;
  /** "None" when the cell had no fill. */
  readonly pattern: string;
  /** True when Huibiao added the cell's note (and so may delete it). */
  readonly note: boolean;
  /**
   * Where notes are missing (the office.js we serve has none), the message is a data-validation
   * input prompt: `added` when Huibiao gave the cell its validation (clearing removes it), otherwise
   * the cell's own prompt, put back on clearing.
   */
  readonly prompt?:
    | { readonly added: true }
    | { readonly added: false; readonly title: string; readonly message: string; readonly show: boolean };
}

export function parseMarks(json: string | undefined): MarkRecord[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? (v as MarkRecord[]) : [];
  } catch {
    // A damaged record (edited by hand) means there is nothing we can restore safely.
    return [];
  }
}

export interface MarkPlan {
  /** Records on sheets left alone. */
  readonly kept: readonly MarkRecord[];
  /** Our marks no longer wanted: give the cells back what they had. */
  readonly restore: readonly MarkRecord[];
  /** Cells still wrong: repaint (the message may have changed), keep the original on record. */
  readonly repaint: readonly { readonly record: MarkRecord; readonly mark: IssueMark }[];
  /** Cells newly wrong: look at them first (fill, note), then paint. */
  readonly fresh: readonly { readonly sheet: string; readonly mark: IssueMark }[];
}

/**
 * What to do to show `target` (marks per sheet; the sheets named are replaced, an empty list clears
 * one) given what is on record; `null` clears every sheet. Pure: each host carries the plan out.
 */
export function planMarks(
  record: readonly MarkRecord[],
  target: ReadonlyMap<string, readonly IssueMark[]> | null,
): MarkPlan {
  const replaced = (sheet: string) => target === null || target.has(sheet);
  const old = record.filter((m) => replaced(m.sheet));
  const oldAt = new Map(old.map((m) => [`${m.sheet}\u0000${m.cell}`, m]));
  const wanted = new Map<string, { sheet: string; mark: IssueMark }>();
  for (const [sheet, marks] of target ?? [])
    for (const mark of marks) wanted.set(`${sheet}\u0000${mark.cell}`, { sheet, mark });
  return {
    kept: record.filter((m) => !replaced(m.sheet)),
    restore: old.filter((m) => !wanted.has(`${m.sheet}\u0000${m.cell}`)),
    repaint: old.flatMap((record) => {
      const w = wanted.get(`${record.sheet}\u0000${record.cell}`);
      return w ? [{ record, mark: w.mark }] : [];
    }),
    fresh: [...wanted].filter(([key]) => !oldAt.has(key)).map(([, w]) => w),
  };
}
