import { isDateCell, type CellValue } from "../../core/sheet/types";
import type { ModelCell } from "../../core/workbook/model";
import { isDateFormat } from "./number-format";

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

/** A value read from a host cell with its number format, as the core sees it. */
export function fromHostValue(v: unknown, format: string | null | undefined): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return isDateFormat(format) ? { kind: "date", serial: v } : v;
  if (typeof v === "boolean") return v;
  return String(v);
}
