import { a1 } from "../../sheet/address";
import { originRow } from "../../locate/extract";
import { labelKey } from "../../text/normalize";
import { isPlaceholder, shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * Enumerated columns (谈话内容类型) hold a listed value; padding, full-width forms and a note in
 * brackets after it (谈心谈话（一对一）) count as the value.
 */
export function enumerationRule({ table, rows, enumerations }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  table.schema.columns.forEach((col, i) => {
    const c = table.columns[i];
    if (col.type !== "enum" || c < 0) return;
    const code = col.enumCode ?? "enum";
    const allowed = enumerations[code] ?? col.enumeration ?? [];
    const reported = new Set<number>();
    for (const row of rows) {
      const v = row.values[col.key];
      const at = originRow(row, col.key);
      if (v === null || canonicalEnum(shown(v), allowed) !== null || isPlaceholder(v) || reported.has(at)) continue;
      reported.add(at);
      const where = { severity: "error", cell: a1(at, c), value: shown(v), field: col.key, row: row.row } as const;
      const params = { column: col.header, allowed: allowed.join("、") };
      const several = severalListed(shown(v), allowed);
      const similar = several ? null : similarListed(shown(v), allowed);
      issues.push(
        several
          ? issue(code === "talk-type" ? "talk-type.several" : "enum.several", { ...params, values: several }, where)
          : similar === null
            ? issue(code, params, where)
            : issue(code === "talk-type" ? "talk-type.similar" : "enum.similar", { ...params, similar }, where),
      );
    }
  });
  return issues;
}

/**
 * The listed value a cell means (trimmed, half-width, a bracketed note after it aside), or null when
 * it is not listed; with `withNote` false, only a value of the same words (no note) is matched.
 */
export function canonicalEnum(value: string, allowed: readonly string[], withNote = true): string | null {
  const map = listed(allowed);
  const key = labelKey(value);
  const found = map.get(key);
  if (found !== undefined || !withNote) return found ?? null;
  const note = NOTE.exec(key);
  return note && note.index > 0 ? (map.get(key.slice(0, note.index)) ?? null) : null;
}

/** The one listed value that begins with what was written (谈心 → 谈心谈话), or null. */
function similarListed(value: string, allowed: readonly string[]): string | null {
  const key = labelKey(value);
  if ([...key].length < 2) return null;
  const found = allowed.filter((a) => labelKey(a).startsWith(key));
  return found.length === 1 ? found[0] : null;
}

/** What lists several values in one cell: 谈心谈话、廉政谈话 / 谈心谈话和廉政谈话. */
const LIST = /[、,，/／;；+＋&]|和|及|与|\s+/;

/** Two or more listed values written in one cell, joined by 、 and the like (as 「A、B」), or null. */
function severalListed(value: string, allowed: readonly string[]): string | null {
  const parts = value.split(LIST).filter((p) => p.trim() !== "");
  if (parts.length < 2) return null;
  const found = parts.map((p) => canonicalEnum(p, allowed));
  return found.every((f) => f !== null) ? found.join("、") : null;
}

/** A note in brackets at the end of a label key (labelKey makes （） into ()). */
const NOTE = /\([^()]*\)$/;

/** Each list's values by their labelKey (the first of equal keys), made once per list: the merge asks for every row. */
const BY_KEY = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

function listed(allowed: readonly string[]): ReadonlyMap<string, string> {
  let map = BY_KEY.get(allowed);
  if (!map) {
    const m = new Map<string, string>();
    for (const a of allowed) if (!m.has(labelKey(a))) m.set(labelKey(a), a);
    BY_KEY.set(allowed, (map = m));
  }
  return map;
}
