import * as XLSX from "@e965/xlsx";
import { text } from "../../../core/i18n/text";
import type { CellRange, CellValue, FarCell, FormulaCell, SheetData } from "../../../core/sheet/types";
import { parseTag } from "../../shared/tag";
import { dateCell, dateFormatKind, type DateKind } from "../../shared/number-format";
import { a1 } from "../../../core/sheet/address";
import type { ReadWorkbook } from "../../files";
import { quietly } from "../quietly";
import { DAYS_1904, XlsxProblem } from "./xlsx";
import { withExtras } from "./sheet-extras";
import { LIMITS, SHEET_COLUMNS, SHEET_ROWS } from "./limits";

export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellStyles: false,
  cellDates: false,
  bookVBA: false,
  WTF: false,
};

/**
 * What the purpose-built .xlsx reader does not read: .xls (BIFF5/8), .ods and flat .fods, .xlsb,
 * SpreadsheetML 2003 .xml, and .xlsx packages it declines. SheetJS reads them; the result is held
 * to the same limits (rows, columns, cells) and dates are put in the 1900 system.
 *
 * `uncalculated`: the file's saved results were not computed by a spreadsheet (an .xls without
 * a calculation engine's mark, read/biff-recalc.ts), so a formula showing nothing is listed as
 * saved without its result, as the .xlsx reader lists one without <v>.
 */
export function readWithSheetJs(bytes: Uint8Array, password?: string, uncalculated = false): ReadWorkbook {
  const wb = quietly(() => XLSX.read(bytes, password === undefined ? READ_OPTIONS : { ...READ_OPTIONS, password }));
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const tags = new Map<number, { annex: string; version: number }>();
  for (const n of wb.Workbook?.Names ?? []) {
    if (n.Name.toUpperCase() !== "HUIBIAO_ANNEX" || n.Sheet === undefined) continue;
    const tag = parseTag(n.Ref);
    if (tag) tags.set(n.Sheet, tag);
  }
  // A workbook has a sheet at least (Excel, WPS and LibreOffice keep one): none is damage SheetJS
  // read past (an .xls whose first record's type is garbled), not a file without a form.
  if (wb.SheetNames.length === 0) throw new XlsxProblem("damaged");
  let cells = 0;
  const sheets = wb.SheetNames.map((name, i) => {
    // SheetJS leaves out a sheet whose parsing threw (xlsx.js safe_parse_sheet: `catch(e) {
    // if(opts.WTF) throw e; }`), its name still listed: an empty sheet here, its rows lost without
    // a word. None of the 1,331 workbooks of SheetJS's test corpus it reads has such a sheet; a
    // damaged .xlsb the fuzz made did (seed 7002, #92).
    if (!wb.Sheets[name]) throw new XlsxProblem("sheet-damaged", name);
    const sheet = toSheetData(name, wb.Sheets[name], date1904, uncalculated);
    cells += sheet.cells;
    if (cells > LIMITS.cells) throw new XlsxProblem("too-many-cells", name, cells);
    // SheetJS: Workbook.Sheets[i].Hidden is 0 visible, 1 hidden, 2 very hidden (xlsx, xls, ods).
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) > 0;
    const { rows, merges, beyond, hiddenRows } = sheet;
    return withExtras(
      { name, rows, merges, beyond, hiddenRows, uncalculated: sheet.uncalculated },
      tags.get(i),
      hidden,
    );
  });
  // SheetJS gives a Date for .xlsx-like props but the ISO text of the FILETIME for an .xls's
  // SummaryInformation (「2023-02-01T09:00:00Z」): both are taken.
  const raw: unknown = wb.Props?.ModifiedDate;
  const saved = raw instanceof Date ? raw : typeof raw === "string" ? new Date(raw) : null;
  const savedAt =
    saved && !Number.isNaN(saved.getTime()) && saved.getUTCFullYear() > 1990 ? saved.getTime() : undefined;
  return { sheets, savedAt, date1904 };
}

/**
 * A compound file holding only the given streams, laid out afresh by SheetJS's CFB writer. The
 * .xls reader gets this instead of the file as sent: its sectors and chains were walked by our
 * bounded reader (read/cfb.ts), so a FAT that loops or a header declaring billions of sectors
 * never reaches SheetJS, whose own CFB reader follows such chains until memory runs out.
 */
export function cleanCompoundFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, data);
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
}

function toSheetData(
  name: string,
  ws: XLSX.WorkSheet | undefined,
  date1904: boolean,
  listUncalculated: boolean,
): SheetData & { cells: number } {
  const data = (ws?.["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
  // No sheet has a row past 1,048,576 (Excel's and LibreOffice's last; an .xls's is 65,536): a cell
  // there is damage (an .xlsb row number garbled, seed 7002 #796), and every row above it made
  // empty took memory until V8 aborted. The .xlsx scanner refuses such a row the same way.
  if (data.length > SHEET_ROWS) throw new XlsxProblem("sheet-damaged", name);
  const rows: CellValue[][] = new Array(data.length);
  let filledRows = 0;
  let cells = 0;
  let beyond: FarCell[] | undefined;
  let uncalculated: FormulaCell[] | undefined;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    rows[r] = [];
    if (!src) continue;
    // Nor a column past 16,384 (XFD): a cell there is damage too (an .xlsb column number garbled,
    // seed 7003 #1532), and forEach went through every index up to it, holes and all (110 s).
    if (src.length > SHEET_COLUMNS) throw new XlsxProblem("sheet-damaged", name);
    let filled = false;
    // forEach calls nothing for the holes of a sparse row (XFD5 costs 16,384 steps, no more).
    src.forEach((cell, c) => {
      const v = cellValue(cell, date1904);
      if (v === null) {
        // SheetJS gives a formula's text in `f` (cellFormula is on by default), without the "=".
        if (!listUncalculated || typeof cell?.f !== "string" || !cell.f || c >= LIMITS.columns) return;
        (uncalculated ??= []).push({ r, c, formula: `=${cell.f}` });
        cells++; // held to the cell limit like any other, and its row is there to be read
        filled = true;
        return;
      }
      if (typeof v === "string" && v.length > LIMITS.cellChars)
        throw new XlsxProblem("cell-too-long", name, v.length, a1(r, c));
      if (c >= LIMITS.columns) {
        if ((beyond ??= []).push({ r, c, value: v }) > LIMITS.farCells)
          throw new XlsxProblem("too-many-columns", name, c + 1);
        return;
      }
      while (rows[r].length < c) rows[r].push(null);
      rows[r][c] = v;
      cells++;
      filled = true;
    });
    if (filled && ++filledRows > LIMITS.rows) throw new XlsxProblem("too-many-rows", name, filledRows);
  }
  const merges: CellRange[] = ((ws?.["!merges"] ?? []) as XLSX.Range[]).map((m) => ({
    r1: m.s.r,
    c1: m.s.c,
    r2: m.e.r,
    c2: m.e.c,
  }));
  return {
    name,
    rows,
    merges,
    cells,
    hiddenRows: hiddenRowsOf(ws, rows.length),
    ...(beyond ? { beyond } : {}),
    ...(uncalculated ? { uncalculated } : {}),
  };
}

/**
 * The rows SheetJS read as hidden, below `count`: `!rows[r].hidden`, which it fills for .xls from
 * every ROW record's fDyZero flag ([MS-XLS] 2.4.221; xlsx.js case 0x0208), for .xlsb and
 * SpreadsheetML 2003 as they are read, and for .xlsx only with the cellStyles option, which is not
 * set (the .xlsx reader reads its own). .ods: see ods-meta.ts, odsHiddenRows.
 */
function hiddenRowsOf(ws: XLSX.WorkSheet | undefined, count: number): number[] | undefined {
  const info = ws?.["!rows"];
  if (!Array.isArray(info)) return undefined;
  const out: number[] = [];
  // Up to the rows read, no further: a garbled .xlsb row record gave a list 2,925,459,969 long, and
  // forEach over it took 92 s though it held three rows (V8 walks a sparse array's length; fuzz
  // seed 291130, #4924).
  for (let r = 0, n = Math.min(count, info.length); r < n; r++) if (info[r]?.hidden) out.push(r);
  return out;
}

const dateFormats = new Map<string, DateKind>();

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "s":
      return cell.v === undefined || cell.v === "" ? null : String(cell.v);
    case "n": {
      const v = cell.v as number;
      if (!Number.isFinite(v)) return typeof cell.w === "string" && cell.w ? cell.w : String(v);
      const z = typeof cell.z === "string" ? cell.z : "";
      if (z && z !== "General") {
        let kind = dateFormats.get(z);
        if (kind === undefined) {
          // SheetJS says whether it is a date; ours, whether it shows the day (yyyy"年"m"月" does not).
          kind = XLSX.SSF.is_date(z) ? (dateFormatKind(z) === "month" ? "month" : "day") : null;
          dateFormats.set(z, kind);
        }
        if (kind) return dateCell(date1904 ? v + DAYS_1904 : v, kind);
      }
      return v;
    }
    case "b":
      return Boolean(cell.v);
    case "d": {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(d.getTime())) return null;
      return {
        kind: "date",
        serial: (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
      };
    }
    case "e":
      if (typeof cell.w === "string") return cell.w;
      return (typeof cell.v === "number" && BIFF_ERRORS[cell.v]) || text("zh-CN", "read.error-value");
    default:
      return null;
  }
}

/** A cell's error by its BIFF code, SheetJS's `v` of an error cell ([MS-XLS] 2.5.10 BErr). */
const BIFF_ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};
