import type { ReturnedWorkbook, SheetReturn } from "./returns";

/** What deciding between re-submissions needs of a file: its name and times. */
export type ReturnMeta = Pick<ReturnedWorkbook, "file" | "savedAt" | "modifiedAt">;

/**
 * For each unit and annex, the latest file wins: the workbook's saved time, then the file's time,
 * then input order. An empty form never replaces a filled one (a unit re-sending the whole
 * workbook to fix one sheet loses nothing). Returns the sheets kept, in input order, and for each
 * replaced one the file that replaced it.
 */
export function resolveResubmissions(found: readonly SheetReturn[], returns: readonly ReturnMeta[]) {
  const order = new Map(returns.map((wb, i) => [wb.file, i]));
  const meta = new Map(returns.map((wb) => [wb.file, wb]));
  const groups = new Map<string, SheetReturn[]>();
  for (const r of found) {
    const key = `${r.annex.id}\u0000${r.unit || `?${r.file}`}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const kept: SheetReturn[] = [];
  const replaced = new Map<SheetReturn, string>();
  for (const group of groups.values()) {
    const filled = group.filter((r) => r.reading.rows.length > 0);
    const candidates = filled.length ? filled : group;
    const files = [...new Set(candidates.map((r) => r.file))];
    files.sort((a, b) => compareTime(meta.get(a)!, meta.get(b)!) || order.get(a)! - order.get(b)!);
    const winner = files[files.length - 1];
    for (const r of group) {
      if (r.file === winner) kept.push(r);
      else if (candidates.includes(r)) replaced.set(r, winner);
    }
  }
  kept.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { kept, replaced };
}

function compareTime(a: ReturnMeta, b: ReturnMeta): number {
  const saved = (a.savedAt ?? -Infinity) - (b.savedAt ?? -Infinity);
  if (saved !== 0 && !Number.isNaN(saved)) return saved;
  const modified = (a.modifiedAt ?? -Infinity) - (b.modifiedAt ?? -Infinity);
  return Number.isNaN(modified) ? 0 : modified;
}
