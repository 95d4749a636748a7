import { cleanText, labelKey } from "../text/normalize";

/** The units expected to return forms, in the coordinator's order. */
export type Roster = readonly string[];

/** One unit a line; blank lines and lines starting with # are skipped; duplicates collapse. */
export function parseRoster(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n|\r/)) {
    const name = cleanText(line.split(/[,\t]/)[0] ?? "");
    if (!name || name.startsWith("#") || seen.has(labelKey(name))) continue;
    seen.add(labelKey(name));
    out.push(name);
  }
  return out;
}

export interface ResolvedUnit {
  /** The unit's name: the roster's spelling where it matched one. */
  readonly name: string;
  /** line: from 填报单位; file: from the file name; none: unknown. */
  readonly source: "line" | "file" | "none";
  readonly inRoster: boolean;
}

/**
 * Who filled a form in: the 填报单位 line, matched to the roster (exactly, or the longest roster
 * name it contains); where the line is empty, the longest roster name in the file name.
 */
export function resolveUnit(declared: string, fileName: string, roster: Roster): ResolvedUnit {
  const text = cleanText(declared)
    .replace(/[（(]?\s*盖\s*章\s*[)）]?/g, "")
    .trim();
  if (text) {
    const match = findInRoster(text, roster);
    return { name: match ?? text, source: "line", inRoster: match !== null };
  }
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const fromFile = containedUnit(base, roster);
  if (fromFile) return { name: fromFile, source: "file", inRoster: true };
  return { name: "", source: "none", inRoster: false };
}

function findInRoster(text: string, roster: Roster): string | null {
  const k = labelKey(text);
  return roster.find((u) => labelKey(u) === k) ?? containedUnit(text, roster);
}

function containedUnit(text: string, roster: Roster): string | null {
  const k = labelKey(text);
  let best: string | null = null;
  for (const u of roster) {
    const uk = labelKey(u);
    if (uk && k.includes(uk) && (!best || uk.length > labelKey(best).length)) best = u;
  }
  return best;
}
