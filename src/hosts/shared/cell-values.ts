import { isDateCell, type CellValue } from "../../core/sheet/types";
import type { ModelCell } from "../../core/workbook/model";
import { dateCell, dateFormatKind } from "./number-format";

export type HostScalar = string | number | boolean;

/** What a host writes into a cell for a model cell: dates go in as serials (their style formats them). */
export function toHostValue(cell: ModelCell | null | undefined): HostScalar {
  const v = cell?.v;
  if (v === null || v === undefined) return "";
  if (isDateCell(v)) return v.serial;
  return v;
}

/** Text that a spreadsheet would take as a formula or a number is written as text ('=1+1 stays text). */
export function asText(v: HostScalar): HostScalar {
  return typeof v === "string" && /^[=+\-@]/.test(v) && v.length > 1 ? `'${v}` : v;
}

/**
 * A cell's error as the COM object model gives it through Value2: a Variant of type VT_ERROR whose
 * number is the HRESULT 0x800A0000 + the xlErr code, as a signed 32-bit integer (xlErrNA 2042 →
 * 0x800A07FA, -2146826246; Microsoft's "Cell Error
 * Values" and CVErr documentation). WPS's ET model is that object model: should its JS binding
 * pass such a Variant on as a number, it is read as the error Excel shows (#N/A), never as a
 * number someone wrote. Office.js gives errors as their text already ("#N/A").
 */
const COM_ERRORS = new Map<number, string>(
  [
    [2000, "#NULL!"],
    [2007, "#DIV/0!"],
    [2015, "#VALUE!"],
    [2023, "#REF!"],
    [2029, "#NAME?"],
    [2036, "#NUM!"],
    [2042, "#N/A"],
    [2043, "#GETTING_DATA"],
  ].map(([code, text]) => [(0x800a0000 + (code as number)) | 0, text as string]),
);

/** A value read from a host cell with its number format, as the core sees it. */
export function fromHostValue(v: unknown, format: string | null | undefined): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    if (v < -2_146_820_000) return COM_ERRORS.get(v) ?? v;
    const kind = dateFormatKind(format);
    return kind ? dateCell(v, kind) : v;
  }
  if (typeof v === "boolean") return v;
  return String(v);
}
