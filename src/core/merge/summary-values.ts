import { parseDate } from "../dates/parse-date";
import { serialMonthText } from "../dates/serial";
import type { AnnexSchema } from "../schema/types";
import { isDateCell, type CellValue } from "../sheet/types";
import { canonicalEnum } from "../validate/rules/enumeration";

/**
 * A merged row's values as the summary writes them, column by column: dates as the coordinator
 * reads them, listed values in the list's spelling (`talkTypes` for 谈话内容类型, when given), text trimmed.
 */
export function normalizeValues(
  schema: AnnexSchema,
  values: Readonly<Record<string, CellValue>>,
  talkTypes: readonly string[] | undefined,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const col of schema.columns) {
    const v = values[col.key];
    if (v === null || v === undefined) out[col.key] = null;
    else if (col.type === "date") out[col.key] = dateValue(v);
    else if (col.type === "enum" && typeof v === "string") {
      const allowed = (col.enumCode === "talk-type" && talkTypes) || col.enumeration || [];
      // The list's spelling for the same words; a note after them (谈心谈话（一对一）) is kept as written.
      out[col.key] = canonicalEnum(v, allowed, false) ?? v.trim();
    } else out[col.key] = typeof v === "string" ? v.trim() : v;
  }
  return out;
}

/** A date column's value in the summary: what the cell said, as the coordinator will read it. */
function dateValue(v: CellValue): CellValue {
  // A month typed into a cell (a date on the 1st shown as 2023年1月) stays a month, as written.
  if (isDateCell(v) && v.serial >= 1) return v.precision === "month" ? serialMonthText(v.serial) : v;
  // A day becomes a date cell; a month, a year or a deadline (2023年3月, 2023年6月底前) stays as
  // written: as a date it would show a day nobody wrote (2023/3/31); so does a date with a note.
  // A time of day alone (a cell holding 0.604…) is the time the cell showed (14:30), not
  // 0.6041666666666666 or 1900年1月0日.
  const d = parseDate(v);
  if (d !== null && d.ok && d.precision === "day" && !d.deadline && d.note === undefined)
    return { kind: "date", serial: d.serial };
  if (d !== null && !d.ok && d.reason === "time-only") return d.params.time;
  return typeof v === "object" && v !== null ? v : String(v).trim();
}
