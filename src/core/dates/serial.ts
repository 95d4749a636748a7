/** Excel serial numbers (1900 date system) to and from calendar dates, free of time zones. */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Days from 1970-01-01 to the epoch of serials (1899-12-30). */
const EPOCH_DAYS = EPOCH / DAY_MS;
/** Days after 1970-01-01 a Date can hold (ECMA-262 §21.4.1.22: ±8.64e15 ms). */
const DATE_RANGE_DAYS = 100_000_000;

// Calendar arithmetic in integers rather than through a Date: each date cell of each return goes
// through these, and through a Date they took 6 % of validation's time (1.4 % now; CPU profile of
// 10,000 rows of 附件2). The algorithms are Howard Hinnant's "chrono-compatible low-level date algorithms"
// (civil_from_days, days_from_civil), exact for the proleptic Gregorian calendar a Date uses; the
// test compares both ways with a Date over every day of 1850-2150. Whatever they do not take
// (fractions, NaN, years 0-99, which Date.UTC reads as 1900-1999; months past 12, which it rolls
// over) goes through a Date as before.

/** The calendar date `days` after 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): Ymd {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Days after 1970-01-01 of a calendar date, its month 1-12, its day any whole number (days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Whether a Date would read y, m and d as written: whole numbers, a year from 100, a month 1-12. */
const plain = (y: number, m: number, d = 1) =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 100 && y < 200_000 && m >= 1 && m <= 12;

export function serialToYmd(serial: number): Ymd {
  const whole = Math.floor(serial);
  // Excel counts a 29 February 1900 that never was (serial 60); serials before it are one day off.
  const days = whole < 61 ? whole + 1 : whole;
  if (Math.abs(days + EPOCH_DAYS) < DATE_RANGE_DAYS) return civilFromDays(days + EPOCH_DAYS);
  const dt = new Date(EPOCH + days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function ymdToSerial({ y, m, d }: Ymd): number {
  const days = plain(y, m, d)
    ? daysFromCivil(y, m, d) - EPOCH_DAYS
    : Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (!plain(y, m)) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1];
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const DAY_TEXT = new Map<number, string>();

/**
 * A serial's day as 2023-01-05 (the time of day dropped). Remembered per day: validation,
 * duplicate checks, statistics and re-submission diffs ask for the same few hundred days over and
 * over, and each answer otherwise costs a Date.
 */
export function serialDayText(serial: number): string {
  const day = Math.floor(serial);
  let text = DAY_TEXT.get(day);
  if (text === undefined) {
    if (DAY_TEXT.size > 20_000) DAY_TEXT.clear();
    text = formatYmd(serialToYmd(day));
    DAY_TEXT.set(day, text);
  }
  return text;
}

/** 2023年1月: the month a serial falls in, as people write a month. */
export function serialMonthText(serial: number): string {
  const { y, m } = serialToYmd(Math.floor(serial));
  return `${y}年${m}月`;
}

/** A date cell as people read it: its day (2023-01-05), or its month where the cell shows no day (2023年1月). */
export function dateCellText(cell: { readonly serial: number; readonly precision?: "month" }): string {
  return cell.precision === "month" ? serialMonthText(cell.serial) : serialDayText(cell.serial);
}
