import * as XLSX from "@e965/xlsx";
import { ref, text, TextError, type MessageRef } from "../../core/i18n/text";
import type { CellRange, CellValue, SheetData } from "../../core/sheet/types";
import { decodeText, parseCsv } from "./csv";
import { quietly } from "./quietly";
import { WORKBOOK_EXTENSIONS, type ReadWorkbook } from "../files";

/** A workbook file that cannot be read; the message says why and what to do (from the catalogs). */
export class ReadError extends TextError {
  constructor(
    readonly file: string,
    why: MessageRef,
  ) {
    super(why);
    this.name = "ReadError";
  }
}

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

/** Reads a workbook's sheets as plain values (dates marked), whatever the format. */
export function readWorkbook(bytes: Uint8Array, fileName: string): ReadWorkbook {
  const ext = (/\.[^.\\/]+$/.exec(fileName)?.[0] ?? "").toLowerCase();
  if (bytes.length === 0) throw new ReadError(fileName, ref("read.empty"));
  if (!(WORKBOOK_EXTENSIONS as readonly string[]).includes(ext))
    throw new ReadError(fileName, ext ? ref("read.not-workbook", { ext }) : ref("read.no-extension"));
  if (ext === ".csv" || ext === ".txt") {
    const name = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
    return { sheets: [{ name, rows: parseCsv(decodeText(bytes)), merges: [] }] };
  }
  if ((ext === ".xlsx" || ext === ".xlsm" || ext === ".ods") && !(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new ReadError(fileName, ref("read.not-zip", { ext }));
  let wb: XLSX.WorkBook;
  try {
    wb = quietly(() => XLSX.read(bytes, READ_OPTIONS));
  } catch (e) {
    throw new ReadError(fileName, explain(e, ext));
  }
  const sheets = wb.SheetNames.map((name) => toSheetData(name, wb.Sheets[name]));
  const saved = wb.Props?.ModifiedDate;
  const savedAt = saved instanceof Date && saved.getUTCFullYear() > 1990 ? saved.getTime() : undefined;
  return { sheets, savedAt };
}

function toSheetData(name: string, ws: XLSX.WorkSheet | undefined): SheetData {
  const data = (ws?.["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: CellValue[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) {
      rows[r] = [];
      continue;
    }
    const row: CellValue[] = new Array(src.length);
    for (let c = 0; c < src.length; c++) row[c] = cellValue(src[c]);
    rows[r] = row;
  }
  const merges: CellRange[] = ((ws?.["!merges"] ?? []) as XLSX.Range[]).map((m) => ({
    r1: m.s.r,
    c1: m.s.c,
    r2: m.e.r,
    c2: m.e.c,
  }));
  return { name, rows, merges };
}

const dateFormats = new Map<string, boolean>();

function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "s":
      return cell.v === undefined || cell.v === "" ? null : String(cell.v);
    case "n": {
      const v = cell.v as number;
      const z = typeof cell.z === "string" ? cell.z : "";
      if (z && z !== "General") {
        let isDate = dateFormats.get(z);
        if (isDate === undefined) dateFormats.set(z, (isDate = XLSX.SSF.is_date(z)));
        if (isDate) return { kind: "date", serial: v };
      }
      return v;
    }
    case "b":
      return Boolean(cell.v);
    case "d": {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return {
        kind: "date",
        serial: (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
      };
    }
    case "e":
      return typeof cell.w === "string" ? cell.w : text("zh-CN", "read.error-value");
    default:
      return null;
  }
}

function explain(e: unknown, ext: string): MessageRef {
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return ref("read.password");
  if (ext === ".et" || ext === ".ett") return ref("read.et");
  return ref("read.damaged", { ext });
}
