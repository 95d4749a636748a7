import type { Locale } from "../i18n/text";
import { issue, type Issue } from "../validate/issue";
import { repeatAt } from "../validate/rules/duplicate";
import { earlierTwins } from "../validate/row-content";
import { overQuotaIssue } from "../validate/rules/count";
import { renderIssue } from "../validate/validate";
import type { SheetReturn } from "./returns";

/**
 * Rows a unit sent twice in one return, in two sheets of the same form (a sheet copied as 「附件2 (2)」
 * and both filled, or left), or in two files merged side by side (补报: see resubmissions.ts):
 * each repeat gets a warning naming the file, sheet and row it repeats, like a repeat within one
 * sheet. Both are kept in the summary (nothing is dropped); the warning is what tells the
 * coordinator the count may be doubled. A per-unit quota is counted over them all. Returns the
 * readings with those issues added, in the same order (unchanged objects where nothing is added).
 */
export function withCrossSheetRepeats(kept: readonly SheetReturn[], locale?: Locale): SheetReturn[] {
  const groups = new Map<string, SheetReturn[]>();
  for (const r of kept) {
    if (!r.unit) continue;
    const key = `${r.annex.id}\u0000${r.unit}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const changed = new Map<SheetReturn, SheetReturn>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const added = new Map<SheetReturn, Issue[]>();
    const keys = group[0].annex.columns.filter((c) => c.type !== "index").map((c) => c.key);
    const all = group.flatMap((r) => r.reading.rows.map((row) => ({ r, row })));
    const twins = earlierTwins(
      all.map((x) => x.row),
      keys,
      false,
    );
    all.forEach(({ r, row }, i) => {
      const first = twins[i] < 0 ? undefined : all[twins[i]];
      if (!first || (first.r.file === r.file && first.r.sheet === r.sheet)) return;
      const at = repeatAt(r.reading.table, row, keys);
      const params = { first: first.row.row + 1, file: first.r.file, sheet: first.r.sheet };
      const found =
        first.r.file !== r.file
          ? issue("duplicate.other-file", params, at)
          : issue("duplicate.other-sheet", { first: params.first, sheet: params.sheet }, at);
      const list = added.get(r) ?? [];
      if (!list.length) added.set(r, list);
      list.push(renderIssue(found, locale));
    });
    for (const [r, issues] of added) changed.set(r, withIssues(r, issues));
    overQuota(group, changed, locale);
  }
  return changed.size ? kept.map((r) => changed.get(r) ?? r) : [...kept];
}

/**
 * A per-unit quota (附件3: 申报1-2个) counted over all the unit's sheets of the form, when it sent
 * them in two sheets or two files (补报): each within the quota, together over it. The error stands
 * where the first entry over the quota is, as the one-sheet rule puts it (rules/count.ts).
 */
function overQuota(group: readonly SheetReturn[], changed: Map<SheetReturn, SheetReturn>, locale?: Locale): void {
  const max = group[0].annex.count?.max;
  const total = group.reduce((n, r) => n + r.reading.rows.length, 0);
  if (max === undefined || total <= max) return;
  if (group.some((r) => r.reading.issues.some((i) => i.code === "count" && i.reason === "max"))) return;
  let before = 0;
  for (const r of group) {
    const rows = r.reading.rows;
    if (before + rows.length > max) {
      const extra = renderIssue(overQuotaIssue(r.reading.table, total, rows[max - before]), locale);
      changed.set(r, withIssues(changed.get(r) ?? r, [extra]));
      return;
    }
    before += rows.length;
  }
}

/** A reading with issues added, in row order. */
function withIssues(r: SheetReturn, added: readonly Issue[]): SheetReturn {
  const issues = [...r.reading.issues, ...added].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  return { ...r, reading: { ...r.reading, issues } };
}
