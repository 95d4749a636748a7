import { dateFormatKind, type DateKind } from "../../shared/number-format";
import { attr, prefixedRoot, tags } from "./xml-text";
import type { Zip } from "./zip";

/*
 * The cell styles of an .xlsx (xl/styles.xml) as the scanner needs them: which number formats
 * show a date, and whether with its day.
 */

/**
 * Built-in number formats that show a date (ECMA-376 §18.8.30; 27-36 and 50-58 are the East Asian
 * ones). As zh-CN Excel means them, 32-35, 55 and 56 are times of day (h"时"mm"分"): no date, as
 * dateFormatKind says of a time alone.
 */
const DATE_IDS = new Set([14, 15, 16, 17, 22, ...range(27, 31), 36, ...range(50, 54), 57, 58]);
/** Of those, a year and a month without the day: 17 (mmm-yy); 27, 36, 50, 52, 57 as zh-CN Excel means them (yyyy"年"m"月"). */
const MONTH_IDS = new Set([17, 27, 36, 50, 52, 57]);

/** For each cell style (cellXfs index), what of a date its number format shows; null for a prefixed part. */
export function dateStyles(zip: Zip, rels: Map<string, string>): DateKind[] | null {
  const xml = zip.text(rels.get("#styles") ?? "xl/styles.xml");
  if (!xml) return [];
  if (prefixedRoot(xml)) return null;
  const codes = new Map<number, string>();
  for (const tag of tags(xml, "numFmt")) codes.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  if (start < 0 || end < 0) return [];
  return [...tags(xml.slice(start, end), "xf")].map((tag) => {
    const id = Number(attr(tag, "numFmtId") ?? 0);
    const code = codes.get(id);
    return code !== undefined ? dateFormatKind(code) : MONTH_IDS.has(id) ? "month" : DATE_IDS.has(id) ? "day" : null;
  });
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
