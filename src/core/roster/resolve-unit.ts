import { cleanText, labelKey } from "../text/normalize";
import { UNIT_ENDING, type Roster } from "./roster";

/**
 * Which unit a return is from: the 填报单位 line matched to the roster (as written, or as units
 * shorten and lengthen their names), else the form's title, the sheet's name, the file's name and
 * its folders; and, for a name on no roster line, the roster unit it is likely to be, to ask about.
 */

export interface ResolvedUnit {
  /** The unit's name: the roster's spelling where it matched one. */
  readonly name: string;
  /**
   * line: from 填报单位; title: from the form's title (大谈话统计表（法规科）); file: from the file
   * name; folder: from a folder the file is in (办公室/附件2.xlsx); sheet: from the 填报单位 line
   * of another sheet of the same file (validate/file-unit.ts); sheet-name: from the name of the
   * sheet the form is on (a sheet renamed 法规科); none: unknown.
   */
  readonly source: "line" | "title" | "file" | "folder" | "sheet" | "sheet-name" | "none";
  readonly inRoster: boolean;
  /** Other roster units the 填报单位 line names too (a joint return: 大气环境科、水生态环境科). */
  readonly alsoNamed?: readonly string[];
  /**
   * What 填报单位 said when it is not the roster's name but only one roster name holds it (宣教 for
   * 宣教科, 赫山分局 for 益阳市生态环境局赫山分局): the unit is taken as that one, and this is said.
   */
  readonly written?: string;
  /**
   * Another roster unit the file's name names, when 填报单位 says one and the name another
   * (法规科-附件2.xlsx saying 办公室: a colleague's filled form copied?). The unit stays the line's;
   * this is said, and such a file never replaces the named unit's own return.
   */
  readonly fileSays?: string;
  /**
   * For a 填报单位 not on the roster, the roster unit it may be, to ask about (never taken for it):
   * the one of the same name but another kind (法规处, 财务室 for 法规科, 财务科), else the one the
   * file's name names (法规科-附件2.xlsx).
   */
  readonly likely?: string;
}

/**
 * Who filled a form in: the 填报单位 line, matched to the roster (exactly, or the roster name it
 * contains: 市生态环境局法规科 is 法规科; of several, the first written, the others noted); where
 * the line is empty, a unit the title names besides the form's own name (`titleRest`: the longest
 * roster name in it, else a name in brackets), then the longest roster name in the name of the sheet
 * the form is on (a unit that renamed 附件2's sheet 法规科, or a 分局 that sent a sheet per office),
 * then in the file name, then in the folders the file is in (nearest first).
 */
export function resolveUnit(
  declared: string,
  fileName: string,
  roster: Roster,
  titleRest = "",
  sheetName = "",
): ResolvedUnit {
  const text = cleanText(declared)
    .replace(/[（(]?\s*盖\s*章\s*[)）]?/g, "")
    .trim();
  if (text) {
    const k = labelKey(text);
    const exact = roster.find((u) => labelKey(u) === k);
    if (exact) return withFileSays({ name: exact, source: "line", inRoster: true }, fileName, roster);
    const [first, ...others] = namedUnits(text, roster);
    if (first)
      return withFileSays(
        { name: first, source: "line", inRoster: true, ...(others.length ? { alsoNamed: others } : {}) },
        fileName,
        roster,
      );
    const similar =
      similarUnit(text, roster) ?? namedUnits(text, roster, branchKey)[0] ?? abbreviatedUnit(text, roster);
    if (similar)
      return withFileSays({ name: similar, source: "line", inRoster: true, written: text }, fileName, roster);
    const likely = otherKindOf(text, roster) ?? nameIn(baseName(fileName), roster);
    return { name: text, source: "line", inRoster: false, ...(likely ? { likely } : {}) };
  }
  const inTitle = containedUnit(titleRest, roster) ?? bracketed(titleRest);
  if (inTitle) {
    const listed = roster.find((u) => labelKey(u) === labelKey(inTitle));
    return { name: listed ?? inTitle, source: "title", inRoster: listed !== undefined };
  }
  const fromSheet = nameIn(sheetName, roster);
  if (fromSheet) return { name: fromSheet, source: "sheet-name", inRoster: true };
  const parts = fileName.split(/[\\/]/);
  const base = parts.pop()!.replace(/\.[^.]+$/, "");
  const fromFile = nameIn(base, roster);
  if (fromFile) return { name: fromFile, source: "file", inRoster: true };
  // Returns filed in a folder per unit (as an OA system downloads them): the nearest folder that names one.
  for (const folder of parts.reverse()) {
    const fromFolder = nameIn(folder, roster);
    if (fromFolder) return { name: fromFolder, source: "folder", inRoster: true };
  }
  // No roster to match against (a first merge, before the list is at hand): a word of the file's
  // name that reads as a unit's name (人事科 in 人事科-学习宣传贯彻二十大精神报表(1).xlsx).
  const guessed = roster.length === 0 ? unitWord(base) : null;
  if (guessed) return { name: guessed, source: "file", inRoster: false };
  return { name: "", source: "none", inRoster: false };
}

/**
 * The unit a line holding a name alone names (the 填报单位 line typed over: 南县分局（盖章）,
 * 益阳市生态环境局南县分局, 南县): a short text, no sentence, that is a roster unit's name, holds one
 * with little else (the longest), or is held by one only; without a roster, a word that reads as a
 * unit's name. A subtitle naming the bureau itself (益阳市生态环境局) is none.
 */
export function unitNamedAlone(text: string, roster: Roster): string | null {
  const t = cleanText(text)
    .replace(/[（(]?\s*盖\s*章\s*[)）]?/g, "")
    .replace(/[:：]\s*$/, "")
    .trim();
  // A colon left inside is another label's (参与部门：法规科, 负责人：张三): not a name alone.
  if (!t || [...t].length > 30 || /[。，,；;！!？?:：]/.test(t) || isFormWords(t)) return null;
  // Without a roster, the bureau's own name (益阳市生态环境局, as a subtitle) is no unit of it.
  if (!roster.length) return unitWord(t) === t && !BUREAU.test(t) ? t : null;
  // Or a short name only one roster unit holds (南县 for 南县分局), as on a labelled line.
  const unit = containedUnit(t, roster) ?? (BUREAU.test(t) ? undefined : similarUnit(t, roster));
  if (!unit) return null;
  // What is left once the unit's name is taken out: a prefix such as 益阳市生态环境局, not a phrase.
  return [...labelKey(t)].length - [...labelKey(unit)].length <= 10 ? unit : null;
}

/** The name of a whole bureau, which the units are part of (益阳市生态环境局, 某县环境保护局). */
const BUREAU = /(?:生态环境|环境保护|环保)局$/;

/** Whether a text is a form's words (附件2, 大谈话统计表, 报表) rather than a unit's name. */
const isFormWords = (t: string) => FORM_WORDS.test(t) || /表$/.test(t);

/**
 * The unit the line gives, with the other roster unit the file's own name names when it names
 * one and not this one (folders are left out: a coordinator files returns by sender or by form).
 */
function withFileSays(unit: ResolvedUnit, fileName: string, roster: Roster): ResolvedUnit {
  const base = baseName(fileName);
  const named = nameIn(base, roster);
  if (!named || named === unit.name || labelKey(base).includes(labelKey(unit.name))) return unit;
  if (unit.alsoNamed?.includes(named)) return unit;
  return { ...unit, fileSays: named };
}

/** A file's name without its folders and extension (法规科-附件2 for 回收/法规科-附件2.xlsx). */
const baseName = (fileName: string) =>
  fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, "");

/**
 * The one roster unit of the same name as the text but another kind (法规科 for 法规处, 财务科 for
 * 财务室, 监测站 for 监测中心): the names the same once their endings are taken off, two characters
 * at least left. Asked about, not taken: 大气办 and 大气科 may be two offices.
 */
function otherKindOf(text: string, roster: Roster): string | undefined {
  const stem = (s: string) => labelKey(s).replace(UNIT_ENDING, "");
  const k = stem(text);
  if ([...k].length < 2 || k === labelKey(text)) return undefined;
  const same = roster.filter((u) => stem(u) === k && labelKey(u) !== labelKey(text));
  return same.length === 1 ? same[0] : undefined;
}

/**
 * The roster units a text names, in the order written; a name inside a longer one found at the same
 * place (办公室 in 局办公室) is not counted apart.
 */
function namedUnits(text: string, roster: Roster, key: (s: string) => string = labelKey): string[] {
  const k = key(text);
  const found: { unit: string; at: number; end: number }[] = [];
  for (const u of roster) {
    const uk = key(u);
    const at = uk ? k.indexOf(uk) : -1;
    if (at >= 0) found.push({ unit: u, at, end: at + uk.length });
  }
  const outer = found.filter(
    (f) => !found.some((g) => g !== f && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at),
  );
  return outer.sort((a, b) => a.at - b.at).map((f) => f.unit);
}

/**
 * A unit's name as two lists may write it differently: the county, district or city dropped before
 * 分局 (a branch is 赫山分局 on one list and 赫山区分局 in its own letterhead; 沅江市分局, 桃江县分局
 * likewise), and its number in Chinese numerals (第3分局 for 第三分局, 1大队 for 一大队). Used only
 * once the names as written matched nothing, and said as a match to check.
 */
function branchKey(s: string): string {
  // No lookbehind (?<=…): WPS's older Chromium lacks it (ES2018).
  return labelKey(s)
    .replace(/\d{1,2}/g, (n) => chineseNumber(Number(n)))
    .replace(/([\u4e00-\u9fff])[区县市](?=分局)/g, "$1");
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (0 → 〇). */
function chineseNumber(n: number): string {
  const digit = "〇一二三四五六七八九";
  if (n < 10) return digit[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digit[tens] : ""}十${n % 10 ? digit[n % 10] : ""}`;
}

/** The one roster unit whose name holds the text (宣教 → 宣教科), when there is exactly one. */
function similarUnit(text: string, roster: Roster): string | undefined {
  const k = labelKey(text);
  if ([...k].length < 2) return undefined;
  const holding = roster.filter((u) => labelKey(u).includes(k));
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * The one roster unit the text is a short form of, as units shorten their names: the name's first
 * character, some of the rest in order, and its last (大气科 for 大气环境科, 水生态科 for 水生态环境科,
 * 核与辐射科 for 核与辐射安全科, 执法队 for 执法支队). Three characters at least, ending as units'
 * names end; none when two roster names would fit (环境科 for 大气环境科 and 水生态环境科).
 */
function abbreviatedUnit(text: string, roster: Roster): string | undefined {
  const k = [...labelKey(text)];
  if (k.length < 3 || !UNIT_ENDING.test(k.join(""))) return undefined;
  const fitting = roster.filter((u) => {
    const uk = [...labelKey(u)];
    if (uk.length <= k.length || uk[0] !== k[0] || uk[uk.length - 1] !== k[k.length - 1]) return false;
    let at = 0;
    for (const ch of uk) if (ch === k[at]) at++;
    return at === k.length;
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Words a file name is made of: 人事科-报表(1), 【法规科】附件2, 办公室_大谈话统计表. */
const NAME_WORDS = /[-_—–\s\u3000()（）【】[\]、，,.。+]+/;

/**
 * The first word of a file name that reads as a unit's name: three to twenty letters, no digits,
 * ending as units' names end (人事科, 机关党委, 赫山分局); not 附件… nor the form's own words.
 */
function unitWord(base: string): string | null {
  for (const word of cleanText(base)
    .split(NAME_WORDS)
    .flatMap((w) => w.split(FORM_WORDS))) {
    const n = [...word].length;
    if (n >= 3 && n <= 20 && !/[\d０-９]/.test(word) && !/^附件/.test(word) && UNIT_ENDING.test(word)) return word;
  }
  return null;
}

/** A unit's name in brackets (法规科 in 「…统计表（法规科）」): not 第一季度, 样表 or a date. */
function bracketed(text: string): string | null {
  const m = /[（(]\s*([^（）()]{2,20}?)\s*[)）]/.exec(cleanText(text));
  return m && UNIT_ENDING.test(m[1]) && !/\d/.test(m[1]) ? m[1] : null;
}

/**
 * What a file's name says besides its unit, written on to it without a space (监测站附件2,
 * 监测站报送, 大谈话统计表监测站): the name is also cut there, so the unit's own word stands alone.
 */
const FORM_WORDS = /附件\s*[\d０-９一二三四五]*|报送|上报|填报|回执|统计表|申报表|征集表|清单|汇总表?/;

/**
 * The roster unit a file or folder name names: the longest roster name in it, else the one roster
 * name that holds a word of it (赫山分局 in 「赫山分局-报表」 for 益阳市生态环境局赫山分局; 监测站 in
 * 「监测站附件2」 for 生态环境监测站).
 */
function nameIn(text: string, roster: Roster): string | null {
  const contained = containedUnit(text, roster);
  if (contained) return contained;
  for (const word of text.split(NAME_WORDS).flatMap((w) => w.split(FORM_WORDS))) {
    // Three characters at least: a word such as 分局 alone says little of which unit.
    const held = [...word].length >= 3 ? (similarUnit(word, roster) ?? abbreviatedUnit(word, roster)) : undefined;
    if (held) return held;
  }
  return namedUnits(text, roster, branchKey)[0] ?? null;
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
