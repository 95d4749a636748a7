import { a1 } from "../../sheet/address";
import { originRow } from "../../locate/extract";
import { labelKey } from "../../text/normalize";
import { isErrorValue, isPlaceholder, shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import { isDitto } from "../../text/ditto";

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
    // A list the coordinator gave (--talk-types) is the whole list: only the form's own is open.
    const open = col.open === true && enumerations[code] === undefined;
    const reported = new Set<number>();
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const v = row.values[col.key];
      const at = originRow(row, col.key);
      if (
        v === null ||
        canonicalEnum(shown(v), allowed) !== null ||
        isPlaceholder(v) ||
        isDitto(v) ||
        isErrorValue(v) ||
        reported.has(at)
      )
        continue;
      reported.add(at);
      const where = { severity: "error", cell: a1(at, c), value: shown(v), field: col.key, row: row.row } as const;
      const params = { column: col.header, allowed: allowed.join("、") };
      const several = severalListed(shown(v), allowed);
      const near = several ? null : oneCharFrom(shown(v), allowed);
      // In the form's open list a value one character from a listed one (任职谈话) may be another
      // kind of talk: asked about in the warning; in a closed list it is what was meant.
      const similar = several
        ? null
        : (similarListed(shown(v), allowed) ?? reorderedFrom(shown(v), allowed) ?? (open ? null : near));
      const talk = code === "talk-type";
      if (BOXES.test(shown(v)) && tickedInList(shown(v), allowed)?.length === 0)
        issues.push(issue(talk ? "talk-type.unticked" : "enum.unticked", params, where));
      else if (several)
        issues.push(issue(talk ? "talk-type.several" : "enum.several", { ...params, values: several }, where));
      else if (similar !== null)
        issues.push(issue(talk ? "talk-type.similar" : "enum.similar", { ...params, similar }, where));
      else if (open && sameKind(shown(v), allowed) && near !== null)
        issues.push(
          issue(
            talk ? "talk-type.other-near" : "enum.other-near",
            { ...params, similar: near },
            {
              ...where,
              severity: "warning",
            },
          ),
        );
      else if (open && sameKind(shown(v), allowed))
        issues.push(issue(talk ? "talk-type.other" : "enum.other", params, { ...where, severity: "warning" }));
      else issues.push(issue(code, params, where));
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
  if (found !== undefined) return found;
  // The list printed with a box before each value, the one meant ticked (☑谈心谈话 □任前谈话 …):
  // that value, in the summary too.
  const ticked = BOXES.test(value) ? tickedInList(value, allowed) : null;
  if (ticked?.length === 1) return ticked[0];
  // A full stop or comma typed after the value (谈心谈话。), as in a sentence.
  const stop = TRAILING_STOP.exec(key);
  if (stop && stop.index > 0) {
    const bare = map.get(key.slice(0, stop.index));
    if (bare !== undefined) return bare;
  }
  if (!withNote) return null;
  const note = NOTE.exec(key);
  if (note && note.index > 0) return map.get(key.slice(0, note.index)) ?? null;
  return qualifiedListed(key, allowed);
}

/**
 * A listed value with the occasion written before it, as the plan itself writes one
 * (民主生活会前谈心谈话, 集体廉政谈话, 一对一谈心谈话): that value. Not when what comes before
 * could name a value of its own (谈心廉政谈话, 任前提醒谈话: two in one), nor a list or a figure.
 */
function qualifiedListed(key: string, allowed: readonly string[]): string | null {
  const keys = allowed.map(labelKey);
  const ending = commonEnding(keys);
  if (!ending) return null;
  const i = keys.findIndex((k) => k.length > ending.length && key.length > k.length && key.endsWith(k));
  if (i < 0) return null;
  const before = key.slice(0, key.length - keys[i].length);
  if ([...before].length < 2 || before.includes(ending) || LIST.test(before) || /\d/.test(before)) return null;
  // What each listed value says before the shared ending (谈心, 任前…) names a value of its own.
  return keys.some((k) => before.includes(k.slice(0, -ending.length))) ? null : allowed[i];
}

/**
 * The one listed value that what was written differs from in one character, as long (任职谈话 and
 * 任前谈话, 廉洁谈话 and 廉政谈话, 提示谈话 and 提醒谈话), or null; values under three characters have
 * too few to tell a slip from another word.
 */
function oneCharFrom(value: string, allowed: readonly string[]): string | null {
  const key = [...labelKey(value).replace(TRAILING_STOP, "")];
  if (key.length < 3) return null;
  const found = allowed.filter((a) => {
    const listed = [...labelKey(a)];
    return listed.length === key.length && listed.filter((ch, i) => ch !== key[i]).length === 1;
  });
  return found.length === 1 ? found[0] : null;
}

/**
 * The one listed value written with the same characters in another order (谈话谈心 → 谈心谈话,
 * 谈话廉政 → 廉政谈话), or null: a slip, not another kind of talk.
 */
function reorderedFrom(value: string, allowed: readonly string[]): string | null {
  const chars = (text: string) => [...labelKey(text).replace(TRAILING_STOP, "")];
  const key = chars(value);
  // Only a text as long as a listed value is sorted (not a paragraph pasted into the cell).
  const same = allowed.filter((a) => chars(a).length === key.length);
  if (key.length < 3 || !same.length) return null;
  const sorted = key.sort().join("");
  const found = same.filter((a) => chars(a).sort().join("") === sorted);
  return found.length === 1 ? found[0] : null;
}

/** The one listed value that begins with what was written (谈心 → 谈心谈话), or null. */
function similarListed(value: string, allowed: readonly string[]): string | null {
  const key = labelKey(value).replace(TRAILING_STOP, "");
  if ([...key].length < 2) return null;
  const found = allowed.filter((a) => labelKey(a).startsWith(key));
  return found.length === 1 ? found[0] : null;
}

/**
 * One value of the kind an open list holds (诫勉谈话 beside 谈心谈话、廉政谈话…): it ends as every
 * listed value does (谈话) and says more than that ending; a list holding no common ending takes
 * any single value. Nothing with a list's joiners in it (two things in a cell), nor a date or figure.
 */
function sameKind(value: string, allowed: readonly string[]): boolean {
  const key = labelKey(value);
  if (LIST.test(key) || /\d/.test(key)) return false;
  const ending = commonEnding(allowed.map(labelKey));
  return ending.length > 0 ? key.endsWith(ending) && key.length > ending.length : key.length > 0;
}

/** The characters every text ends with (谈话 for the talk types), "" when they share none. */
function commonEnding(keys: readonly string[]): string {
  if (!keys.length) return "";
  let ending = keys[0];
  for (const k of keys) while (ending && !k.endsWith(ending)) ending = ending.slice(1);
  return ending;
}

/** What lists several values in one cell: 谈心谈话、廉政谈话 / 谈心谈话和廉政谈话. */
const LIST = /[、,，/／;；+＋&]|和|及|与|\s+/;

/** A box or tick before a value in a printed list: checked (☑ ☒ ✓ √ ■) or not (□ ☐ ○). */
const BOXES = /[□☐○☑☒✓✔√■▣]/;
const CHECKED = /[☑☒✓✔√■▣]/;

/**
 * The listed values a cell that prints the list with boxes ticks (☑谈心谈话 □任前谈话 □提醒谈话, as
 * a Word form lays the choice out): each value with a checked mark right before it; null when the
 * cell is not such a list (no value with a mark before it).
 */
function tickedInList(value: string, allowed: readonly string[]): string[] | null {
  const text = value.replace(/\s+/g, "");
  let marked = 0;
  const ticked: string[] = [];
  for (const a of allowed) {
    const at = text.indexOf(a.replace(/\s+/g, ""));
    if (at < 1 || !BOXES.test(text[at - 1])) continue;
    marked++;
    if (CHECKED.test(text[at - 1])) ticked.push(a);
  }
  return marked ? ticked : null;
}

/** Two or more listed values written in one cell, joined by 、 and the like (as 「A、B」), or null. */
function severalListed(value: string, allowed: readonly string[]): string | null {
  const boxed = BOXES.test(value) ? tickedInList(value, allowed) : null;
  if (boxed && boxed.length > 1) return boxed.join("、");
  const parts = value.split(LIST).filter((p) => p.trim() !== "");
  if (parts.length < 2) return null;
  // The shared ending written once (谈心、提醒谈话): each part the one listed value it begins.
  const found = parts.map((p) => canonicalEnum(p, allowed) ?? similarListed(p, allowed));
  return found.every((f) => f !== null) ? found.join("、") : null;
}

/** Sentence punctuation after a value, as labelKey leaves it (，；！ made half-width; 。 and 、 as typed). */
const TRAILING_STOP = /[。.,，;；!！、]+$/;

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
