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
  /** Other roster units the 填报单位 line names too (a joint return: 大气环境科、水生态环境科). */
  readonly alsoNamed?: readonly string[];
  /** Not on the roster, but a roster unit whose name holds it (宣教 for 宣教科): what was likely meant. */
  readonly similar?: string;
}

/**
 * Who filled a form in: the 填报单位 line, matched to the roster (exactly, or the roster name it
 * contains: 市生态环境局法规科 is 法规科; of several, the first written, the others noted); where
 * the line is empty, the longest roster name in the file name.
 */
export function resolveUnit(declared: string, fileName: string, roster: Roster): ResolvedUnit {
  const text = cleanText(declared)
    .replace(/[（(]?\s*盖\s*章\s*[)）]?/g, "")
    .trim();
  if (text) {
    const k = labelKey(text);
    const exact = roster.find((u) => labelKey(u) === k);
    if (exact) return { name: exact, source: "line", inRoster: true };
    const [first, ...others] = namedUnits(text, roster);
    if (first) return { name: first, source: "line", inRoster: true, ...(others.length ? { alsoNamed: others } : {}) };
    const similar = similarUnit(text, roster);
    return { name: text, source: "line", inRoster: false, ...(similar ? { similar } : {}) };
  }
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const fromFile = containedUnit(base, roster);
  if (fromFile) return { name: fromFile, source: "file", inRoster: true };
  return { name: "", source: "none", inRoster: false };
}

/**
 * The roster units a text names, in the order written; a name inside a longer one found at the same
 * place (办公室 in 局办公室) is not counted apart.
 */
function namedUnits(text: string, roster: Roster): string[] {
  const k = labelKey(text);
  const found: { unit: string; at: number; end: number }[] = [];
  for (const u of roster) {
    const uk = labelKey(u);
    const at = uk ? k.indexOf(uk) : -1;
    if (at >= 0) found.push({ unit: u, at, end: at + uk.length });
  }
  const outer = found.filter(
    (f) => !found.some((g) => g !== f && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at),
  );
  return outer.sort((a, b) => a.at - b.at).map((f) => f.unit);
}

/** The one roster unit whose name holds the text (宣教 → 宣教科), when there is exactly one. */
function similarUnit(text: string, roster: Roster): string | undefined {
  const k = labelKey(text);
  if ([...k].length < 2) return undefined;
  const holding = roster.filter((u) => labelKey(u).includes(k));
  return holding.length === 1 ? holding[0] : undefined;
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
