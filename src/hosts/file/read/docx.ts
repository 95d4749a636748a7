/**
 * The tables of a Word document (.docx, as Word and WPS 文字 save it), read as sheets: the plan's
 * forms reach units inside the plan's own document, and some fill them in there (附件4's
 * suggestions are prose). Each table is a sheet (「Word 表格1」, 「Word 表格2」…; 「Word 表格」 when
 * there is one) with the paragraphs before it (附件2, the title, 填报单位：办公室) as rows of one
 * cell above its rows, and those after the last table below it. A table row is a row of cells by
 * the table's grid columns, a cell's paragraphs joined by line breaks (a header of two lines:
 * 牵头领导 / 牵头部门、参与部门); cells spanning columns (w:gridSpan) or merged down (w:vMerge) are
 * merged areas, as a spreadsheet's merged cells are. A form laid out standing up in its own table
 * (课题名称 | … down the first column) is then read as such, as in a sheet of its own.
 * WordprocessingML: ECMA-376 Part 1 §17.3.1.22 (p), §17.4.38 (tbl), §17.4.79 (tr), §17.4.66 (tc),
 * §17.4.17 (gridSpan), §17.4.85 (vMerge), §17.4.15 (gridBefore), §17.3.3.31 (t), §17.3.3.1 (br),
 * §17.3.3.32 (tab). A table inside a table cell gives its text to that cell.
 */
import type { CellRange, CellValue, SheetData } from "../../../core/sheet/types";
import type { ReadWorkbook } from "../../files";
import { LIMITS } from "./limits";
import { attr, unescapeXml } from "./xml-text";
import { packageSavedAt } from "./package";
import { XlsxProblem } from "./xlsx";
import type { Zip } from "./zip";

/** The name of a document's sheets (shown where issues are listed: 「报送.docx ›「Word 表格2」」). */
export const DOCX_SHEET = "Word 表格";

/** Opening, closing or empty tags of the elements read; everything else is passed over. */
const TAG =
  /<(\/?)(?:[A-Za-z][\w.-]*:)?(p|tbl|tr|tc|t|r|rFonts|br|cr|tab|sym|gridSpan|vMerge|gridBefore|sdt|showingPlcHdr)(?=[\s/>])([^>]*)>/g;

/**
 * Characters inserted from a symbol font (Insert › Symbol: w:sym, §17.3.3.30) that forms use for
 * ticks and boxes, by font and the character's code in it, as the Unicode character they show.
 */
const SYMBOLS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  wingdings: { 0xfc: "✓", 0xfb: "✗", 0xfe: "☑", 0xfd: "☒", 0xa8: "□", 0x6f: "□" },
  "wingdings 2": { 0x50: "✓", 0x4f: "✗", 0x52: "☑", 0x53: "☒", 0x54: "☒", 0xa3: "□" },
  symbol: { 0xd6: "√" },
};

/** The character a w:sym shows, where it is a tick or a box; "" for any other symbol. */
export function symbolText(font: string | null, char: string | null): string {
  const code = parseInt(char ?? "", 16) & 0xff;
  return SYMBOLS[(font ?? "").trim().toLowerCase()]?.[code] ?? "";
}

/** Whether text in this font is a symbol font's (R in Wingdings 2 shows ☑: a common way to draw a ticked box). */
function isSymbolFont(font: string | null): font is string {
  return font !== null && font.trim().toLowerCase() in SYMBOLS;
}

/**
 * Text typed in a symbol font, as the characters it shows (R, £ in Wingdings 2: ☑, □). Only the
 * font's own range is its (Latin-1, or the private-use F0xx it is also written in): Chinese in the
 * same run shows in the run's East Asian font, and is kept.
 */
function inSymbolFont(font: string, text: string): string {
  return [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code < 0x100 || (code >= 0xf000 && code <= 0xf0ff) ? symbolText(font, code.toString(16)) : c;
    })
    .join("");
}

/** The document's tables as sheets; null when it has none (a letter, a notice). */
export function readDocx(zip: Zip): ReadWorkbook | null {
  const xml = zip.text("word/document.xml");
  const sheets = xml === null ? [] : documentSheets(xml);
  return sheets.length ? { sheets, savedAt: packageSavedAt(zip) } : null;
}

/** A sheet per table, each with the paragraphs before it (and the last with those after it). */
export function documentSheets(xml: string): SheetData[] {
  const { rows, merges, tables } = documentRows(xml);
  return tables.map((t, i) => {
    const from = i === 0 ? 0 : tables[i - 1].end;
    const to = i === tables.length - 1 ? rows.length : t.end;
    const own = merges.filter((m) => m.r1 >= from && m.r1 < to);
    return {
      name: tables.length === 1 ? DOCX_SHEET : `${DOCX_SHEET}${i + 1}`,
      rows: trimmed(rows.slice(from, to)),
      merges: own.map((m) => ({ ...m, r1: m.r1 - from, r2: Math.min(m.r2, to - 1) - from })),
      word: { table: t.n, start: t.start - from, rows: t.end - t.start },
    };
  });
}

/** Rows without the blank lines at either end (blank paragraphs between the forms). */
function trimmed(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((v) => v === null || v === undefined)) end--;
  return rows.slice(0, end);
}

/** A merge down still open: its last row grows as the cells below continue it. */
type OpenMerge = { -readonly [K in keyof CellRange]: number };

/** The document as rows: paragraphs and table rows, top to bottom; where each table starts and ends. */
function documentRows(xml: string): {
  rows: CellValue[][];
  merges: CellRange[];
  tables: { start: number; end: number; n: number }[];
} {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  // n: the table's place among the document's tables as Word shows them (layout tables counted too).
  const tables: { start: number; end: number; n: number }[] = [];
  let seen = 0;
  let depth = 0; // tables open
  // Paragraphs being read, innermost last (a text box's paragraphs stand inside another's).
  const paragraphs: string[][] = [];
  let cellLines: string[] = [];
  let row: CellValue[] | null = null;
  let col = 0;
  let span = 1;
  let vMerge: "restart" | "continue" | null = null;
  let cells = 0;
  /** Vertical merges still open, by their first column. */
  let open = new Map<number, OpenMerge>();
  let text = false;
  let last = 0;
  /** The font of the run being read, where its properties name one (w:rFonts, §17.3.2.26). */
  let runFont: string | null = null;
  /**
   * Content controls open (w:sdt, §17.5.2.29), innermost last: whether each shows its placeholder
   * (w:showingPlcHdr, §17.5.2.39: 「单击或点击此处输入文字。」 in a field nobody filled in), whose text is no value.
   */
  const controls: boolean[] = [];
  // A text box is written twice, for new and old readers (mc:Choice, mc:Fallback): read once.
  const doc = xml.includes("<mc:Fallback") ? xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, "") : xml;
  const body = doc.indexOf("<w:body");
  TAG.lastIndex = body < 0 ? 0 : body;
  for (let m = TAG.exec(doc); m; m = TAG.exec(doc)) {
    const paragraph = paragraphs.at(-1);
    if (text && paragraph) {
      const t = unescapeXml(doc.slice(last, m.index));
      paragraph.push(isSymbolFont(runFont) ? inSymbolFont(runFont, t) : t);
    }
    text = false;
    last = TAG.lastIndex;
    const closing = m[1] === "/";
    const selfClosing = m[3].endsWith("/");
    const name = m[2];
    if (name === "t") {
      text = !closing && !selfClosing && !controls.includes(true);
      continue;
    }
    if (name === "sdt") {
      if (selfClosing) continue;
      if (closing) controls.pop();
      else controls.push(false);
      continue;
    }
    if (name === "showingPlcHdr") {
      if (controls.length && attr(m[3], "w:val") !== "0" && attr(m[3], "w:val") !== "false")
        controls[controls.length - 1] = true;
      continue;
    }
    if (name === "r") {
      if (!closing) runFont = null;
      continue;
    }
    if (name === "rFonts") {
      runFont = attr(m[3], "w:ascii") ?? attr(m[3], "w:hAnsi");
      continue;
    }
    if (name === "br" || name === "cr") paragraph?.push("\n");
    else if (name === "sym") paragraph?.push(symbolText(attr(m[3], "w:font"), attr(m[3], "w:char")));
    else if (name === "tab") paragraph?.push(depth ? " " : "\t");
    else if (name === "p") {
      if (!closing && !selfClosing) paragraphs.push([]);
      else {
        const line = (closing ? (paragraphs.pop() ?? []) : []).join("");
        if (depth === 0) {
          if (rows.length >= LIMITS.rows) throw new XlsxProblem("too-many-rows", DOCX_SHEET, rows.length);
          rows.push(line.trim() ? [line] : []);
        } else cellLines.push(line);
      }
    } else if (name === "tbl") {
      if (selfClosing) continue;
      depth += closing ? -1 : 1;
      if (depth === 1 && !closing) tables.push({ start: rows.length, end: rows.length, n: ++seen });
      if (depth === 0 && closing) {
        for (const o of open.values()) merges.push({ ...o });
        open = new Map();
        const table = tables[tables.length - 1];
        table.end = rows.length;
        // A table of one cell a row lays out a title or a 填报单位 line: lines, not a form.
        if (rows.slice(table.start).every((r) => r.filter((v) => v !== null && v !== undefined).length <= 1))
          tables.pop();
      }
    } else if (depth !== 1) {
      // A table in a cell: its paragraphs are the cell's lines (above); its rows and cells are not.
      continue;
    } else if (name === "tr") {
      if (rows.length >= LIMITS.rows) throw new XlsxProblem("too-many-rows", DOCX_SHEET, rows.length);
      if (!closing) {
        row = [];
        col = 0;
      } else if (row) {
        rows.push(row);
        row = null;
      }
    } else if (name === "gridBefore" && row) {
      col = Math.max(col, Math.min(LIMITS.columns, Number(attr(m[3], "w:val")) || 0));
    } else if (name === "tc") {
      if (!closing) {
        cellLines = [];
        span = 1;
        vMerge = null;
        continue;
      }
      if (!row) continue;
      const r = rows.length;
      const value = cellLines.join("\n").trim();
      const c2 = col + span - 1;
      if (c2 >= LIMITS.columns) throw new XlsxProblem("too-many-columns", DOCX_SHEET, c2 + 1);
      const above = open.get(col);
      if (vMerge === "continue" && above && above.c2 === c2) above.r2 = r;
      else {
        if (above) {
          merges.push({ ...above });
          open.delete(col);
        }
        row[col] = value === "" ? null : value;
        if (value !== "" && ++cells > LIMITS.cells) throw new XlsxProblem("too-many-cells", DOCX_SHEET, cells);
        if (vMerge === "restart") open.set(col, { r1: r, c1: col, c2, r2: r });
        else if (span > 1) merges.push({ r1: r, c1: col, r2: r, c2 });
      }
      // Columns this cell covers end the vertical merges that started in them.
      for (let c = col + 1; c <= c2; c++) {
        const o = open.get(c);
        if (o) {
          merges.push({ ...o });
          open.delete(c);
        }
      }
      col = c2 + 1;
    } else if (name === "gridSpan") span = Math.max(1, Math.min(16_384, Number(attr(m[3], "w:val")) || 1));
    else if (name === "vMerge") vMerge = attr(m[3], "w:val") === "restart" ? "restart" : "continue";
  }
  for (const o of open.values()) merges.push({ ...o });
  // A table left open (a document cut short) ends with the rows read.
  if (depth > 0 && tables.length) tables[tables.length - 1].end = rows.length;
  return { rows, merges: merges.filter((g) => g.r2 > g.r1 || g.c2 > g.c1), tables };
}
