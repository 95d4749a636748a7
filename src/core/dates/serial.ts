/** Excel serial numbers (1900 date system) to and from calendar dates, free of time zones. */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function serialToYmd(serial: number): Ymd {
  const whole = Math.floor(serial);
  // Excel counts a 29 February 1900 that never was (serial 60); serials before it are one day off.
  const days = whole < 61 ? whole + 1 : whole;
  const dt = new Date(EPOCH + days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function ymdToSerial({ y, m, d }: Ymd): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
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
