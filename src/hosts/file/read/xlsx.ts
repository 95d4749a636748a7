import type { CellRange, CellValue, FarCell, FormulaCell, SheetData } from "../../../core/sheet/types";
import { a1, parseRangeA1 } from "../../../core/sheet/address";
import { dateCell, type DateKind } from "../../shared/number-format";
import { hiddenRowsBelow } from "../../shared/hidden-rows";
import { dateStyles } from "./xlsx-styles";
import { parseTag } from "../../shared/tag";
import type { ReadWorkbook } from "../../files";
import { LIMITS, SHEET_COLUMNS, SHEET_ROWS } from "./limits";
import {
  attr,
  attrAnyPrefix,
  charData,
  digitsAt,
  indexWithin,
  prefixedRoot,
  tags,
  textRuns,
  unescapeXml,
  xmlText,
} from "./xml-text";
import type { Zip } from "./zip";
import { withExtras } from "./sheet-extras";
import { officeDocument, packageSavedAt, relationships } from "./package";

/** Why a package that is an .xlsx cannot be read: the caller turns it into a message. */
export class XlsxProblem extends Error {
  constructor(
    readonly kind:
      "too-many-rows" | "too-many-columns" | "too-many-cells" | "cell-too-long" | "damaged" | "sheet-damaged",
    readonly sheet = "",
    readonly count = 0,
    /** The cell concerned, where there is one (A1). */
    readonly cell = "",
  ) {
    super(kind);
  }
}

/** The scanner met a shape it does not know, which SheetJS may: the package is left to SheetJS. */
class Declined extends Error {}

/** Days between the 1900 and the 1904 date systems: a 1904 workbook's serials are this much smaller. */
export const DAYS_1904 = 1462;

/**
 * Reads an .xlsx (or .xlsm) package made by any program: values of every sheet (dates as date
 * cells, in the 1900 system whatever the workbook uses), merged areas, the Huibiao tag of each
 * sheet and when the workbook was saved. Scans the XML with indexOf, no DOM. Returns null when the
 * package is not an .xlsx it can read (xlsb, strict documents with prefixed elements…): the caller
 * then lets SheetJS try.
 */
export function readXlsxPackage(zip: Zip): ReadWorkbook | null {
  const workbookPath = officeDocument(zip);
  if (!workbookPath || !workbookPath.endsWith(".xml")) return null;
  const workbook = zip.text(workbookPath);
  if (!workbook || workbook.indexOf("<workbook") < 0 || prefixedRoot(workbook)) return null;
  const rels = relationships(zip, workbookPath);
  const date1904 = [...tags(workbook, "workbookPr")].some((t) => /^(1|true)$/.test(attr(t, "date1904") ?? ""));
  const strings = sharedStrings(zip, rels);
  const dates = dateStyles(zip, rels);
  if (!strings || !dates) return null;
  const sheetTags = new Map<number, { annex: string; version: number }>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if ((attr(m[1], "name") ?? "").toUpperCase() !== "HUIBIAO_ANNEX") continue;
    const tag = parseTag(unescapeXml(m[2]));
    const local = attr(m[1], "localSheetId");
    if (tag && local !== null) sheetTags.set(Number(local), tag);
  }
  const sheetList = [...tags(workbook, "sheet")];
  const targets = sheetList.map((tag) => rels.get(attrAnyPrefix(tag, "id") ?? ""));
  // A sheet the relationships do not lead to (a damaged .rels, calamine's issue252.xlsx) would be
  // read as empty, its rows lost: SheetJS looks for such a part under its usual name.
  if (targets.some((target) => !target || !zip.has(target))) return null;
  let cells = 0;
  let prefixed = false;
  const sheets: SheetData[] = [];
  try {
    for (const [index, tag] of sheetList.entries()) {
      if (prefixed) break;
      const name = attr(tag, "name") ?? `Sheet${index + 1}`;
      const target = targets[index];
      const xml = target ? zip.text(target) : null;
      if (xml && prefixedRoot(xml)) prefixed = true;
      const sheet = xml
        ? readSheetXml(name, xml, strings, dates, date1904)
        : { name, rows: [], merges: [], cells: 0, cellPictures: 0 };
      const pictures = (xml && target ? picturesOn(zip, target, xml) : 0) + sheet.cellPictures;
      cells += sheet.cells;
      if (cells > LIMITS.cells) throw new XlsxProblem("too-many-cells", name, cells);
      // ECMA-376 Part 1, 18.2.19 (sheet): state is visible (the default), hidden or veryHidden.
      const state = attr(tag, "state");
      const read = withExtras(
        {
          name,
          rows: sheet.rows,
          merges: sheet.merges,
          uncalculated: sheet.uncalculated,
          beyond: sheet.beyond,
          hiddenRows: sheet.hiddenRows,
        },
        sheetTags.get(index),
        state === "hidden" || state === "veryHidden",
      );
      sheets.push(pictures ? { ...read, pictures } : read);
    }
  } catch (e) {
    if (e instanceof Declined) return null;
    throw e;
  }
  // Sheets written with a namespace prefix (<x:c>): SheetJS reads those.
  if (prefixed) return null;
  return { sheets, savedAt: packageSavedAt(zip), date1904 };
}

/**
 * Pictures on a sheet: those of its drawing part (ECMA-376 Part 1 §20.5.2.25 pic, in the drawing
 * the sheet's <drawing r:id> names, §18.3.1.36). Only looked for when the sheet has a drawing.
 */
function picturesOn(zip: Zip, sheetPath: string, xml: string): number {
  // <drawing> follows <sheetData> (§18.3.1.99's order): only the short tail after it is searched.
  const end = xml.lastIndexOf("</sheetData>");
  const at = xml.indexOf("<drawing ", end < 0 ? 0 : end);
  if (at < 0) return 0;
  const id = attrAnyPrefix(xml.slice(at, xml.indexOf(">", at) + 1), "id");
  const drawing = id ? relationships(zip, sheetPath).get(id) : undefined;
  const text = drawing ? (zip.text(drawing) ?? "") : "";
  return text.match(PICTURE)?.length ?? 0;
}

const PICTURE = /<(?:[A-Za-z][\w.-]*:)?pic[\s>]/g;

/** The shared strings; null when the part uses a namespace prefix (left to SheetJS). */
function sharedStrings(zip: Zip, rels: Map<string, string>): string[] | null {
  const xml = zip.text(rels.get("#sharedStrings") ?? "xl/sharedStrings.xml");
  if (!xml) return [];
  if (prefixedRoot(xml)) return null;
  const out: string[] = [];
  // Once no </si> is left, none is looked for again (a damaged list of unclosed items, each would
  // search to the end).
  let closed = true;
  for (let i = xml.indexOf("<si"); i >= 0;) {
    const end = closed ? xml.indexOf("</si>", i) : -1;
    if (end < 0) closed = false;
    const gt = xml.indexOf(">", i);
    // An item cut off inside its tag (a damaged part's end): the list ends there. Searching on
    // from -1 started over at the first item, and the list grew until the process died.
    if (gt < 0) {
      out.push("");
      break;
    }
    if (xml.charCodeAt(gt - 1) === 47 || end < 0) {
      out.push("");
      i = xml.indexOf("<si", gt);
      continue;
    }
    out.push(textRuns(xml.slice(i, end)));
    i = xml.indexOf("<si", end);
  }
  return out;
}

/**
 * A picture placed in a cell: with WPS 表格's 嵌入单元格 (the cell's formula and saved value are
 * =DISPIMG("ID_…",1), the picture kept in xl/cellimages.xml), or with Excel's Place in Cell (an
 * error cell, #VALUE!, with a vm attribute: a rich value). Read as this, and counted with the
 * sheet's pictures, instead of the formula's text or the error other readers show.
 */
export const CELL_PICTURE = "［图片］";
const DISPIMG = /^=(?:_xlfn\.)?DISPIMG\(/i;

/** One worksheet's values and merged areas. */
function readSheetXml(
  name: string,
  xml: string,
  strings: readonly string[],
  dates: readonly DateKind[],
  date1904: boolean,
): SheetData & { cells: number; cellPictures: number } {
  const rows: CellValue[][] = [];
  let cellPictures = 0;
  let uncalculated: FormulaCell[] | undefined;
  let beyond: FarCell[] | undefined;
  let hiddenRows: number[] | undefined;
  let filledRows = 0;
  let cells = 0;
  let row = -1;
  let col = -1;
  const data = xml.indexOf("<sheetData");
  const dataEnd = data < 0 ? -1 : xml.indexOf("</sheetData>", data);
  let i = data;
  while (i >= 0 && (dataEnd < 0 || i < dataEnd)) {
    const lt = xml.indexOf("<", i + 1);
    if (lt < 0 || (dataEnd >= 0 && lt >= dataEnd)) break;
    const c1 = xml.charCodeAt(lt + 1);
    const c2 = xml.charCodeAt(lt + 2);
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    if (c1 === 114 /* r */ && xml.startsWith("row", lt + 1)) {
      const at = valueAt(xml, lt, gt, ' r="');
      row = at < 0 ? row + 1 : digitsAt(xml, at) - 1;
      col = -1;
      if (!(row >= 0 && row < SHEET_ROWS)) throw new XlsxProblem("damaged", name);
      // <row hidden="1">: hidden by hand, filtered out or folded (ECMA-376 Part 1 §18.3.1.73, an xsd:boolean).
      const hiddenAt = valueAt(xml, lt, gt, ' hidden="');
      if (hiddenAt >= 0 && (xml.charCodeAt(hiddenAt) === 49 /* 1 */ || xml.startsWith("true", hiddenAt)))
        (hiddenRows ??= []).push(row);
      i = gt;
      continue;
    }
    if (c1 !== 99 /* c */ || (c2 !== 32 && c2 !== 62 && c2 !== 47)) {
      i = gt;
      continue;
    }
    // Attributes read in place (no string per cell): r="B7", t="s", s="3".
    const refAt = valueAt(xml, lt, gt, ' r="');
    if (refAt >= 0) {
      let c = 0;
      let k = refAt;
      for (let ch = xml.charCodeAt(k) | 32; ch >= 97 && ch <= 122 && k < refAt + 4; ch = xml.charCodeAt(++k) | 32)
        c = c * 26 + (ch - 96);
      const r = digitsAt(xml, k) - 1;
      if (c < 1 || c > SHEET_COLUMNS || !(r >= 0 && r < SHEET_ROWS) || xml.charCodeAt(k + String(r + 1).length) !== 34)
        throw new XlsxProblem("damaged", name);
      row = r;
      col = c - 1;
    } else col++;
    if (row < 0) row = 0;
    if (xml.charCodeAt(gt - 1) === 47 /* / */) {
      i = gt;
      continue;
    }
    const end = xml.indexOf("</c>", gt);
    if (end < 0) throw new XlsxProblem("damaged", name);
    const typeAt = valueAt(xml, lt, gt, ' t="');
    const type = typeAt < 0 ? null : xml.slice(typeAt, xml.indexOf('"', typeAt));
    const styleAt = valueAt(xml, lt, gt, ' s="');
    // Excel's 「Place in Cell」 picture: an error cell (#VALUE!, for readers without rich values) with
    // value metadata (vm) pointing at the picture.
    const value =
      type === "e" && valueAt(xml, lt, gt, ' vm="') >= 0
        ? CELL_PICTURE
        : cellValue(xml, gt + 1, end, type, styleAt < 0 ? -1 : digitsAt(xml, styleAt), strings, dates, date1904);
    i = end + 3;
    if (value === null) {
      // A formula with no result saved (t="str" with <v></v> is a result: an empty text).
      if (type !== "str") {
        const formula = formulaIn(xml, gt + 1, end);
        if (formula !== null) {
          (uncalculated ??= []).push({ r: row, c: col, formula });
          cells++; // held to the cell limit like any other
          // The row is there to be read, even when nothing in it has a value.
          if (!rows[row]) {
            if (++filledRows > LIMITS.rows) throw new XlsxProblem("too-many-rows", name, filledRows);
            rows[row] = [];
          }
        }
      }
      continue;
    }
    if (value === CELL_PICTURE) cellPictures++;
    if (typeof value === "string" && value.length > LIMITS.cellChars)
      throw new XlsxProblem("cell-too-long", name, value.length, a1(row, col));
    if (col >= LIMITS.columns) {
      if ((beyond ??= []).push({ r: row, c: col, value }) > LIMITS.farCells)
        throw new XlsxProblem("too-many-columns", name, col + 1);
      continue;
    }
    let out = rows[row];
    if (!out) {
      if (++filledRows > LIMITS.rows) throw new XlsxProblem("too-many-rows", name, filledRows);
      out = rows[row] = [];
    }
    out[col] = value;
    cells++;
  }
  // Rows and cells in between hold nothing: dense, short arrays for the core.
  for (let r = 0; r < rows.length; r++) {
    const out = rows[r];
    if (!out) rows[r] = [];
    else for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
  }
  // Rows listed in order (Excel writes them so; a row out of order is sorted), and only those holding something.
  const hiddenIn = hiddenRows && hiddenRowsBelow(hiddenRows, rows.length);
  return {
    name,
    rows,
    merges: mergesOf(xml),
    cells,
    cellPictures,
    ...(hiddenIn ? { hiddenRows: hiddenIn } : {}),
    ...(uncalculated ? { uncalculated } : {}),
    ...(beyond ? { beyond } : {}),
  };
}

/** The formula of the cell whose content runs from `from` to `to`: null without <f>, "" for a shared one's follower (<f t="shared" si="0"/>). */
function formulaIn(xml: string, from: number, to: number): string | null {
  const f = indexWithin(xml, "<f", from, to);
  if (f < 0 || (xml.charCodeAt(f + 2) !== 62 && xml.charCodeAt(f + 2) !== 32)) return null;
  const gt = xml.indexOf(">", f);
  if (gt < 0 || gt >= to || xml.charCodeAt(gt - 1) === 47) return "";
  const close = indexWithin(xml, "</f>", gt, to);
  return close < 0 ? "" : `=${unescapeXml(xml.slice(gt + 1, close))}`;
}

/** Where the value of attribute `key` (' r="') starts inside the tag from lt to gt; -1 when absent. */
function valueAt(xml: string, lt: number, gt: number, key: string): number {
  // Searched in the tag alone (a substring is a view in V8, not a copy): an attribute the tag
  // lacks must not send indexOf through the rest of the sheet.
  const at = xml.substring(lt, gt).indexOf(key);
  return at < 0 ? -1 : lt + at + key.length;
}

function cellValue(
  xml: string,
  from: number,
  to: number,
  type: string | null,
  style: number,
  strings: readonly string[],
  dates: readonly DateKind[],
  date1904: boolean,
): CellValue {
  if (type === "inlineStr") {
    const is = indexWithin(xml, "<is", from, to);
    return is >= 0 ? textOrNull(textRuns(xml.slice(is, to))) : null;
  }
  const v = indexWithin(xml, "<v", from, to);
  if (v < 0) return null;
  const open = xml.indexOf(">", v);
  if (xml.charCodeAt(open - 1) === 47) return null; // <v/>
  const close = indexWithin(xml, "</v>", open, to);
  if (close < 0) return null;
  const raw = xml.slice(open + 1, close);
  // <v></v>: a formula saved without its result (written by a program, never calculated). Read as
  // a number it would be 0, the first shared string or 1899-12-31, none of which anyone wrote.
  if (raw.length === 0 || (raw.charCodeAt(0) <= 32 && raw.trim() === "")) return null;
  switch (type) {
    case "s": {
      const s = strings[Number(raw)];
      // A shared string the list does not have: the list is in a shape this scanner does not know
      // (Excel 2007 beta's <sstItem>, Apache POI's sample-beta.xlsx), or damaged. Not read as empty.
      if (s === undefined) throw new Declined();
      return textOrNull(s);
    }
    case "str": {
      const text = xmlText(raw);
      return DISPIMG.test(text) ? CELL_PICTURE : textOrNull(text);
    }
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return charData(raw);
    case "d":
      return isoDate(charData(raw));
    default: {
      // A number in a CDATA section (`<v><![CDATA[42]]></v>`) is that number.
      const text = raw.charCodeAt(0) === 60 ? charData(raw) : raw;
      const n = text === raw ? Number(raw) : text.trim() === "" ? NaN : Number(text);
      // A number Excel cannot hold (1e309, NaN) is kept as the text it was.
      if (!Number.isFinite(n)) return textOrNull(charData(raw));
      const kind = style >= 0 ? dates[style] : null;
      if (kind) return dateCell(date1904 ? n + DAYS_1904 : n, kind);
      return n;
    }
  }
}

/**
 * A `t="d"` value (ISO 8601, as strict OOXML and some programs write dates) as a date serial:
 * date and time of day; a time alone is a fraction of a day; serials before 1 March 1900 are one
 * less, as in Excel (which counts 29 February 1900). Anything else is kept as text.
 */
function isoDate(raw: string): CellValue {
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(raw.trim());
  if (time) return { kind: "date", serial: (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86_400 };
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !raw.includes("T") ? raw : `${raw}Z`);
  if (!Number.isFinite(t)) return textOrNull(raw);
  const serial = (t - Date.UTC(1899, 11, 30)) / 86_400_000;
  return { kind: "date", serial: serial < 61 ? serial - 1 : serial };
}

function textOrNull(s: string): string | null {
  return s === "" ? null : s;
}

function mergesOf(xml: string): CellRange[] {
  const start = xml.indexOf("<mergeCells");
  if (start < 0) return [];
  const out: CellRange[] = [];
  for (const tag of tags(xml.slice(start, xml.indexOf("</mergeCells>", start)), "mergeCell")) {
    const r = parseRangeA1(attr(tag, "ref") ?? "");
    if (r) out.push(r);
  }
  return out;
}
