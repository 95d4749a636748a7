import type { SheetData } from "../sheet/types";
import { cleanText, labelKey } from "../text/normalize";

/** The units expected to return forms, in the coordinator's order. */
export type Roster = readonly string[];

/**
 * The roster from text: one unit a line, or a table pasted from Excel or saved as CSV (cells split
 * by tabs or commas). See rosterFromRows for what is taken from each line.
 */
export function parseRoster(text: string): string[] {
  return rosterFromRows(textSheet(text).rows);
}

/**
 * Text (a roster typed, pasted from Excel or saved as CSV) as a sheet: a row a line, cells split by
 * tabs or commas. Cells Excel and WPS put on the clipboard in quotes (a cell holding a line break
 * or a quote: "a\nb", "say ""hi""") stay one cell of one row when the text is tab-separated.
 */
export function textSheet(text: string): SheetData {
  const clean = text.replace(/^\uFEFF/, "");
  if (/(^|\t|\n)"/.test(clean) && clean.includes("\t")) return { name: "", rows: clipboardRows(clean), merges: [] };
  const lines = clean.split(/\r?\n|\r/);
  return { name: "", rows: lines.map((line) => line.split(/[\t,，;；]/)), merges: [] };
}

/** Tab-separated rows as Excel copies them: a cell starting with a quote runs to its closing quote ("" is one). */
function clipboardRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (; i < text.length; i++) {
        if (text[i] !== '"') cell += text[i];
        else if (text[i + 1] === '"')
          cell += text[++i]; // "" inside quotes: one quote
        else break;
      }
      i++; // the closing quote
    }
    while (i < text.length && text[i] !== "\t" && text[i] !== "\n" && text[i] !== "\r") cell += text[i++];
    row.push(cell);
    if (text[i] === "\t") i++;
    else {
      rows.push(row);
      row = [];
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    }
  }
  return rows;
}

/** A header cell over the units' column (单位名称, 科室…). */
const UNIT_HEADER =
  /^(单位|单位名称|单位全称|名称|填报单位|报送单位|责任单位|科室|部门|科室名称|部门名称|科室单位|处室)$/;
/** Numbering, alone in its cell or before the name: 1, 1. 2、 (3) （四） ⑤ 六、 and 4 with a space after it. */
const NUMBERING =
  /^(?:[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.．、)）:：]|\d{1,3}[ \t\u3000]+(?=[^\d\s]))\s*/;
const NUMBER_ONLY = /^\d{1,3}$/;
/** The plan's kinds of unit, which head the groups of a roster (二、分局), never a unit's name. */
const KIND = /^(局?机关)?(各?科室|二级机构|分局|县市区分局|直属单位|局属单位|派出机构|基层单位|机关科室)$/;

/**
 * How many units a sheet lists (a roster kept as a workbook or a Word table, dropped among the
 * returns): a short header row (单位名称 or 科室, perhaps 序号 and 联系人 beside it; not a form's
 * 责任单位 among its columns) with most of the names under it named as units are (办公室, 法规科,
 * 赫山分局); 0 otherwise.
 */
export function rosterSize(rows: readonly (readonly unknown[])[]): number {
  const header = rows.findIndex((row) =>
    row.some(
      (c) => typeof c === "string" && UNIT_HEADER.test(labelKey(cleanText(c))) && !NOT_ROSTER_HEADER.test(labelKey(c)),
    ),
  );
  if (header < 0 || rows[header].filter((c) => c !== null && c !== undefined && c !== "").length > 4) return 0;
  const units = rosterFromRows(rows.slice(header));
  return units.filter((u) => UNIT_ENDING.test(u)).length * 2 >= units.length ? units.length : 0;
}

/** Headers that head units in other tables too: 名称 (of anything), 责任单位 (a task list's). */
const NOT_ROSTER_HEADER = /^(名称|责任单位)$/;

/**
 * The roster from rows of cells (a pasted or saved table, a sheet, a Word document's table): in each
 * row, the cell under a header such as 单位名称 when a row has one (or the first cell of a line that
 * has nothing else), else the first cell that is more than a number;
 * numbering before a name (1. 办公室, 2、法规科, （三）赫山分局) and punctuation after it are taken
 * off; a line listing several units (宣教科、财务科; 执法支队，赫山分局) gives each. Blank rows, rows
 * starting with #, headings (a line ending in a colon, a line ending in 名单, a kind of unit such
 * as 科室 or 分局 alone) and repeats are skipped.
 */
export function rosterFromRows(rows: readonly (readonly unknown[])[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let column = -1;
  for (const row of rows) {
    const cells = row.map((c) => (typeof c === "string" || typeof c === "number" ? cleanText(String(c)).trim() : ""));
    const header = cells.findIndex((c) => UNIT_HEADER.test(labelKey(c)));
    if (header >= 0) {
      column = header;
      continue;
    }
    // Under a header, that column; a line of its own (a paragraph after a Word table: 赫山分局) too.
    const alone = cells[0] && cells.filter(Boolean).length === 1 ? cells[0] : "";
    const cell = column >= 0 ? cells[column] || alone : (cells.find((c) => c && !NUMBER_ONLY.test(c)) ?? "");
    if (
      !cell ||
      cell.startsWith("#") ||
      /[:：]$/.test(cell) ||
      (/名单$/.test(cell) && cells.filter(Boolean).length === 1)
    )
      continue;
    for (const name of (column < 0 && listed(cells)) || [bare(cell)]) {
      if (!name || NUMBER_ONLY.test(name) || KIND.test(name) || seen.has(labelKey(name))) continue;
      seen.add(labelKey(name));
      out.push(name);
    }
  }
  return out;
}

/** A name without the numbering before it and the punctuation after it. */
const bare = (cell: string) =>
  cell
    .replace(NUMBERING, "")
    .replace(/[。.，,、;；]+$/, "")
    .trim();

/**
 * The units of a line that lists several (执法支队，赫山分局; 宣教科、财务科、监测站; 科室：办公室、法规科),
 * when every one of them is named as units are; null otherwise (a CSV line's 办公室,张三 is one unit).
 */
function listed(cells: readonly string[]): string[] | null {
  const parts = cells
    .filter(Boolean)
    .map((c, i) => (i === 0 ? c.replace(NUMBERING, "").replace(/^[^：:]{1,10}[：:]\s*/, "") : c))
    .flatMap((c) => c.split("、"))
    .map(bare)
    .filter(Boolean);
  return parts.length > 1 && parts.every((p) => UNIT_ENDING.test(p) && !KIND.test(p)) ? parts : null;
}

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
 * A unit's name with the county, district or city dropped before 分局: a branch is 赫山分局 on one
 * list and 赫山区分局 in its own letterhead (沅江市分局, 桃江县分局 likewise). Used only once the
 * names as written matched nothing, and said as a match to check.
 */
function branchKey(s: string): string {
  // No lookbehind (?<=…): WPS's older Chromium lacks it (ES2018).
  return labelKey(s).replace(/([\u4e00-\u9fff])[区县市](?=分局)/g, "$1");
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

/** How the names of units end (法规科, 办公室, 赫山分局, 信息中心, 执法支队, 监测站…). */
const UNIT_ENDING = /(科|室|局|中心|支队|大队|站|所|队|处|委|办|组|部|院|会|馆)$/;

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
