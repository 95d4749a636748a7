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

/** How the names of units end (法规科, 办公室, 赫山分局, 信息中心, 执法支队, 监测站…). */
export const UNIT_ENDING = /(科|室|局|中心|支队|大队|站|所|队|处|委|办|组|部|院|会|馆)$/;
