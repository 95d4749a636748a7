import type { DateCell } from "../../core/sheet/types";

/** What a number format shows of a date: a day, a month without the day, or no date (null). The hosts read numbers, the core needs DateCells. */
export type DateKind = "day" | "month" | null;

const cache = new Map<string, DateKind>();

/**
 * Whether a number format shows a date, and to what: "day" for a date (with or without a time;
 * a time alone is no date), "month" for a year and a month without a day (yyyy"年"m"月", mmm-yy: how Excel
 * and WPS keep 「2023年1月」 typed into a cell), null for no date at all.
 */
export function dateFormatKind(format: string | null | undefined): DateKind {
  if (!format || format === "General" || format === "G/通用格式" || format === "@") return null;
  let known = cache.get(format);
  if (known === undefined) {
    const bare = format
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, "")
      .replace(/\[(?:\$|Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color|DBNum)[^\]]*\]/gi, "")
      // Conditions ([>=25], [<>50]) and the general format as other programs spell it: LibreOffice
      // writes GENERAL, Chinese WPS and Excel G/通用格式 (its e is no era year, [DBNum1]General no date).
      .replace(/\[[<>=][^\]]*\]/g, "")
      .replace(/general|G\/通用格式/gi, "")
      .replace(/_.|\*./g, "")
      .split(";")[0];
    const hasDay = /[yde]|年|日/i.test(bare.replace(/E[+-]/gi, ""));
    const hasMonth = /m|月/i.test(bare) && !/[hs]/i.test(bare);
    // A year and a month, no day (yyyy"年"m"月" is yyyym here: what is quoted is gone).
    const monthOnly = hasMonth && /[ye]|年/i.test(bare) && !/d|日/i.test(bare);
    known = monthOnly ? "month" : hasDay || hasMonth ? "day" : null;
    cache.set(format, known);
  }
  return known;
}

/** A date cell of a serial shown by a date format of this kind: a month's is marked so (see DateCell). */
export function dateCell(serial: number, kind: Exclude<DateKind, null>): DateCell {
  return kind === "month" ? { kind: "date", serial, precision: "month" } : { kind: "date", serial };
}
