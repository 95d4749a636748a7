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
