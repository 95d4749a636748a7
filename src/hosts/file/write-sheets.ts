import * as XLSX from "@e965/xlsx";
import type { CellValue, SheetData } from "../../core/sheet/types";
import { quietly } from "./quietly";
import type { PlainFormat } from "../files";

/**
 * Writes plain sheets (values and merges, no styling) in any format units send back. Used for
 * sample returns and test inputs; templates and summaries go through writeXlsx instead.
 */
export function writeSheetsAs(sheets: readonly SheetData[], format: PlainFormat, savedAt?: Date): Uint8Array {
  if (format === "csv") return csvBytes(sheets[0]);
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((row) => row.map(toCell)));
    ws["!merges"] = s.merges.map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  if (savedAt) wb.Props = { ModifiedDate: savedAt, CreatedDate: savedAt };
  const out = quietly(() =>
    // Shared strings, as Excel and WPS write them.
    XLSX.write(wb, { type: "array", bookType: format === "xls" ? "biff8" : format, compression: true, bookSST: true }),
  );
  return new Uint8Array(out as ArrayBuffer);
}

function toCell(v: CellValue): XLSX.CellObject | null {
  if (v === null) return null;
  if (typeof v === "object") return { t: "n", v: v.serial, z: "yyyy-mm-dd" };
  if (typeof v === "number") return { t: "n", v };
  if (typeof v === "boolean") return { t: "b", v };
  return { t: "s", v };
}

function csvBytes(sheet: SheetData): Uint8Array {
  const quote = (v: CellValue) => {
    const s = v === null ? "" : typeof v === "object" ? String(v.serial) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = "\uFEFF" + sheet.rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
  return new TextEncoder().encode(text);
}
