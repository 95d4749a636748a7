import type { CellValue } from "../sheet/types";
import { isDateCell } from "../sheet/types";
import { cleanText } from "../text/normalize";
import { daysInMonth, serialToYmd, ymdToSerial, type Ymd } from "./serial";

/** How much of the date the writer gave: a day, or only a month or year (a deadline's end). */
export type DatePrecision = "day" | "month" | "year";

export interface ParsedDate extends Ymd {
  readonly ok: true;
  readonly serial: number;
  readonly precision: DatePrecision;
  /** Written as a deadline: 「…前」, 「…底」, 「…年底前」. */
  readonly deadline: boolean;
}

export type DateFailureReason = "format" | "month" | "day" | "year" | "no-year";

export interface DateFailure {
  readonly ok: false;
  readonly reason: DateFailureReason;
  readonly params: Readonly<Record<string, string | number>>;
}

export type DateResult = ParsedDate | DateFailure;

const MIN_YEAR = 1950;
const MAX_YEAR = 2100;
/** Plain numbers in this range are taken as date serials (1954-10-03 .. 2119-01-10). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

const SEPARATED = /^(\d{2,4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE = /^(?:于)?(?:(\d{2,4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?(.*)$/;
const SUFFIX = /^(年?[底末])?(前|以前|之前)?$/;
/** A time of day after a written date: 上午, 14:30, 下午3点, 9时30分. */
const TIME_OF_DAY =
  /(?:凌晨|早上|上午|中午|下午|晚上)?(?:\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|[点时](?:\d{1,2}分?|半)?))?$/;

/** Reads a date as people write it. Returns null for an empty cell. */
export function parseDate(value: CellValue | undefined): DateResult | null {
  if (value === null || value === undefined) return null;
  if (isDateCell(value)) return fromSerial(value.serial, String(value.serial));
  if (typeof value === "number") return fromNumber(value);
  if (typeof value === "boolean") return fail("format", { value: String(value) });
  const text = cleanText(value).replace(/\s+/g, "");
  if (!text) return null;
  return fromText(text, value.trim());
}

function fromNumber(n: number): DateResult {
  if (Number.isInteger(n) && n >= SERIAL_MIN && n <= SERIAL_MAX) return fromSerial(n, String(n));
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 21_001_231) return fromText(String(n), String(n));
  // 2023.6 typed into a number cell: a year and a month.
  if (!Number.isInteger(n) && n >= MIN_YEAR && n < MAX_YEAR + 1) return fromText(String(n), String(n));
  return fail("format", { value: String(n) });
}

function fromSerial(serial: number, shown: string): DateResult {
  if (!(serial >= 1)) return fail("format", { value: shown });
  const ymd = serialToYmd(serial);
  return checked(ymd.y, ymd.m, ymd.d, "day", false, shown);
}

function fromText(text: string, shown: string): DateResult {
  let m = SEPARATED.exec(text);
  if (m) {
    const precision = m[3] === undefined ? "month" : "day";
    return build(m[1], m[2], m[3], precision, false, shown);
  }
  m = COMPACT.exec(text);
  if (m) return build(m[1], m[2], m[3], "day", false, shown);
  m = CHINESE.exec(/[日号]/.test(text) ? text.replace(TIME_OF_DAY, "") : text);
  if (m && (m[1] || m[2]) && SUFFIX.test(m[4])) {
    const [, y, mo, d, suffix] = m;
    const yearEnd = /年/.test(suffix);
    if (yearEnd && (mo || d)) return fail("format", { value: shown });
    if (!mo && d) return fail("format", { value: shown });
    if (!y && !mo) return fail("format", { value: shown });
    const precision: "day" | "month" | "year" = d ? "day" : mo ? "month" : "year";
    if (precision === "year" && !suffix && !text.endsWith("年")) return fail("format", { value: shown });
    return build(y, mo, d, precision, suffix.length > 0, shown);
  }
  return fail("format", { value: shown });
}

function build(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  precision: "day" | "month" | "year",
  deadline: boolean,
  shown: string,
): DateResult {
  const month = mo === undefined ? 12 : Number(mo);
  if (month < 1 || month > 12) return fail("month", { value: shown, month });
  if (y === undefined) return fail("no-year", { value: shown });
  if (y.length !== 4) return fail("year", { value: shown, year: y });
  const year = Number(y);
  const day = d === undefined ? daysInMonth(year, month) : Number(d);
  return checked(year, month, day, precision, deadline, shown);
}

function checked(
  y: number,
  m: number,
  d: number,
  precision: "day" | "month" | "year",
  deadline: boolean,
  shown: string,
): DateResult {
  if (y < MIN_YEAR || y > MAX_YEAR) return fail("year", { value: shown, year: y });
  if (m < 1 || m > 12) return fail("month", { value: shown, month: m });
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return fail("day", { value: shown, year: y, month: m, day: d, days: max });
  return { ok: true, y, m, d, serial: ymdToSerial({ y, m, d }), precision, deadline };
}

function fail(reason: DateFailureReason, params: Record<string, string | number>): DateFailure {
  return { ok: false, reason, params };
}
