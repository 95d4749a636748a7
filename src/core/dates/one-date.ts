/**
 * One date as it is written, read: the patterns people write a date in (2023-1-5, 2023年3月5日,
 * 20230105, 2023年6月底前, 2023年第一季度, with a time of day after it) and the checks of the year,
 * month and day. What a cell holds around such a date (a number, a note, a span, a list, a day of
 * the week) is parse-date.ts's.
 */
import { dayBeforeHoliday, HOLIDAY_NAMES } from "./holidays";
import { daysInMonth, ymdToSerial, type Ymd } from "./serial";

/** How much of the date the writer gave: a day, or only a month or year (a deadline's end). */
export type DatePrecision = "day" | "month" | "year";

export interface ParsedDate extends Ymd {
  readonly ok: true;
  readonly serial: number;
  readonly precision: DatePrecision;
  /** Written as a deadline: 「…前」, 「…底」, 「…年底前」. */
  readonly deadline: boolean;
  /** A note written after the date, in brackets or after a comma (2023年3月5日（线上）): the cell says more than its date. */
  readonly note?: string;
}

/** Why a text is no date, with what the message needs to say so. */
export type DateFailure =
  | { readonly ok: false; readonly reason: "format" }
  /** No year: `written` is the rest as it would follow the year (3月5日上午; 3.5 → 3月5日). */
  | { readonly ok: false; readonly reason: "no-year"; readonly params: { readonly written: string } }
  /** A time of day alone (a cell formatted as a time: 0.4166… is 10:00): `time` as h:mm. */
  | { readonly ok: false; readonly reason: "time-only"; readonly params: { readonly time: string } }
  /**
   * A standing task's 「时限」 rather than a date (长期坚持, 持续推进, 常态化, 每季度): fine as a
   * task's plan, no date to follow it up by.
   */
  | { readonly ok: false; readonly reason: "ongoing" }
  /** A date's serial number kept as text (「44951」 after values were pasted as text): `date` is its day. */
  | { readonly ok: false; readonly reason: "serial-text"; readonly params: { readonly date: string } }
  /**
   * Two dates or a span where one date goes (2023年3月5日至6日, 3月5日、6日): `first` is the first,
   * written out. For a span (至, 到, -, ~, —) whose end reads as a date after the first
   * (2023年3月-12月: 2023年12月), `end` is that date: where a deadline goes (完成时限), the span's end.
   */
  | {
      readonly ok: false;
      readonly reason: "several";
      readonly params: { readonly first: string };
      readonly end?: ParsedDate;
      /** A deadline for each stage (2023年6月底前完成初稿，12月底前全面完成): `end` is the last. */
      readonly stages?: true;
    }
  /**
   * The year written last with a day and month that could be either (5/3/2023: 5 March as
   * Britain writes it, May 3 as America does): both, written out.
   */
  | {
      readonly ok: false;
      readonly reason: "year-last";
      readonly params: { readonly monthFirst: string; readonly dayFirst: string };
    }
  | { readonly ok: false; readonly reason: "month"; readonly params: { readonly month: number } }
  | { readonly ok: false; readonly reason: "year"; readonly params: { readonly year: number | string } }
  | {
      readonly ok: false;
      readonly reason: "day";
      readonly params: { readonly year: number; readonly month: number; readonly day: number; readonly days: number };
    }
  | {
      readonly ok: false;
      /** The day of the week written beside the date is not that date's. */
      readonly reason: "weekday";
      readonly params: {
        readonly year: number;
        readonly month: number;
        readonly day: number;
        readonly weekday: string;
      };
    };

export type DateFailureReason = DateFailure["reason"];

export type DateResult = ParsedDate | DateFailure;

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
const PERIOD = "(?:凌晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|夜里|白天|全天|[早晚])";
/**
 * A clock time: 9:30, 14:30:00, 9点, 9时30分, 9点半; with AM or PM after it, or 上午 or 下午
 * (9:30 AM, 9:30 上午: a 12-hour clock's marks, as a time copied out of a 12-hour format reads).
 */
const CLOCK =
  "\\d{1,2}(?:[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d+)?)?|[点时](?:\\d{1,2}分?|半)?)(?: ?(?:[AaPp]\\.?[Mm]\\.?|上午|下午))?";
/** A clock time, or a span of two (9:00-10:30, 9点至10点). */
const CLOCKS = `${CLOCK}(?: ?[-~～至到] ?${CLOCK})?`;
/**
 * 2023-1-5, 2023/1/5 14:30 (as Excel shows a date and time), 2023.1.5T14:30:00, 2023.3.5 下午.
 * Read with spaces kept (one where there were several): the space before the time is what tells
 * 2023/3/8 10:00 from a day of 81, so a clock time needs it; around the separators spaces may be
 * there or not; a closing dot or 日 is let be.
 */
const SEPARATED = /^(\d{2,4}) ?[-/.] ?(\d{1,2})(?: ?[-/.] ?(\d{1,2}))?[.日号]?$/;
const TIME_AFTER_SEPARATED = new RegExp(`(?:[ T]${PERIOD}? ?${CLOCKS}| ?${PERIOD}(?: ?${CLOCKS})?)$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** 2023 3 5: a year, month and day parted by spaces alone. */
const SPACED = /^(\d{4}) (\d{1,2}) (\d{1,2})$/;
/** 15/2/2023, 2/15/2023: the year last, as Britain or America write a date. */
const YEAR_LAST = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})$/;
/** What after a date makes it a deadline: 前 (by then), or 止, 为止, 截止 (until then). */
export const UNTIL = "(?:前|以前|之前|止|为止|截止)";
/** A date in figures as a deadline: 2023.6.30前, 2023/6/30之前, 2023-6底前, 6.30前, 2023.6.30止. */
const FIGURES_BY = new RegExp(`^(\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?)[底末]?${UNTIL}(?:完成)?$`);
/**
 * 2023年3月5日, 2023年3月5 (no 日), 2023年6月底前, 于2023年3月, 2023年3月份, 2023年度; the year
 * with a dot or dash before a month in words (2023.6月底前, 2023-6月30日).
 */
const CHINESE =
  /^(?:于)?(?:(\d{2,4})(?:年(?:度(?!\d))?|[-/.](?=\d{1,2}月)))?(?:(\d{1,2})月(?:份(?!\d))?)?(?:(\d{1,2})[日号]?)?(.*)$/;
/**
 * 第一周, 第2周: a week of a month, its last day the 7th, 14th… (the fifth, the month's end): seven
 * days from the 1st, not the calendar's week, which the text does not say begins on a Monday or a Sunday.
 */
const WEEK = /第([一二三四五1-5])周/;
/**
 * After a written date: 底/末 (its end), 上旬/中旬/下旬 (by the 10th, 20th, end; 月初, 月中 as 上旬,
 * 中旬; 上中旬 and 中下旬 by their later part's end), a week of the month (第一周 by the 7th, 第二周
 * by the 14th…), 前 (or 止, 为止, 截止: until then), 完成.
 */
const SUFFIX = new RegExp(`^(?:年?[底末]|(?:上中|中下|[上中下])旬|[初中]|${WEEK.source})?${UNTIL}?(?:完成)?$`);
/**
 * A part of a year written without its year (年底, 年内, 全年, 上半年, 第一季度, Q1): where a
 * year is missing before it, or where a later stage of a deadline leaves it to the first.
 */
export const YEAR_PART_WORDS = "(?:年[底末]|年度?内|全年|[上下]半年|第?[1-4一二三四]季度|[Qq][1-4])";
/**
 * A part of a year as task lists give deadlines (2023年上半年, 2023年第一季度, 2023年全年, 2023年内,
 * 2023年Q2; the year's 年 left out: 2023上半年, 2023Q2): read as a deadline at the end of its last month.
 */
const YEAR_PART = new RegExp(
  `^(?:于)?(\\d{4})(?:年(?:的)?)?(上半年|下半年|全年|年内|度内|第?([1-4一二三四])季度|[Qq]([1-4]))(?:[底末])?(?:${UNTIL}|内)?(?:完成)?$`,
);
/**
 * What opens a deadline written as "until" a date: a span from now to it (即日起至2023年12月底,
 * 自即日起到2023年6月底前, 从现在起至2023年9月30日, 自本方案印发之日起至2023年底), or "by" it alone
 * (截至2023年6月30日, 截止到2023年6月底, 至2023年底): read as that date, a deadline (so is 「2023年12月底前」).
 */
export const DEADLINE_START =
  /^(?:(?:自|从)?(?:即日|今日|今天|现在|本方案印发之日|方案印发之日|本通知印发之日|印发之日|下发之日)起?(?:至|到|[-~～—–])|截[至止](?:到|至)?|直[至到]|[至到])/;
/**
 * 「（含）」 or 「（含当日）」 between a deadline's date and its 前 or 止 (2023年7月31日（含）前): the
 * day itself included, as a deadline's day is; taken out before the date is read.
 */
const INCLUSIVE = new RegExp(`[(（]含(?:当[日天]|本[日数]|当月)?[)）](?=${UNTIL})`);
/**
 * A deadline's day with its hour before the 前 (2023年6月30日17:00前, 2023年6月30日24时前,
 * 2023.6.30 17:00前, 2023年6月30日下午5点前): that day, a deadline. Read on the text with its spaces.
 */
const CLOCK_BY = new RegExp(`^(.+?) ?${PERIOD}? ?(?:${CLOCKS}) ?(${UNTIL}(?:完成)?)$`);
/**
 * A deadline before a holiday (2023年七一前, 2023年国庆节之前, 2023春节前完成): the day before it; the
 * holiday alone (七一前, 新春之前) lacks its year. Two holidays together (2023年中秋国庆前, 中秋、国庆
 * 双节前: the two fell close in 2023): the day before the first of them.
 */
const HOLIDAY = `(${HOLIDAY_NAMES.join("|")})节?`;
const HOLIDAY_BY = new RegExp(
  `^(?:于)?(?:(\\d{4})年?)?${HOLIDAY}(?:[、和及与]?${HOLIDAY}(?:两节|双节)?)?(?:前|以前|之前)(?:完成)?$`,
);
/** A time of day after a written date (spaces taken out): 上午, 14:30, 下午3点, 9时30分, 9:00-10:00. */
const TIME_OF_DAY = new RegExp(`[,，]?${PERIOD}?(?:${CLOCKS})?$`);

/** A month and day without a year, in figures: 3.5, 3/5, 12-31 (a day after it: 3.5日). */
const MONTH_DAY = /^(\d{1,2})[-/.](\d{1,2})[.日号]?$/;
export const FORMAT: DateFailure = { ok: false, reason: "format" };
/** The year is missing; `written` is filled in by parseDate, which has the text. */
const NO_YEAR: DateFailure = { ok: false, reason: "no-year", params: { written: "" } };

/** A written date, read both without its spaces and with one space where there were some (see fromText). */
export function fromWritten(written: string): DateResult {
  const text = written.includes("含") ? written.replace(INCLUSIVE, "") : written;
  return fromText(text.replace(/\s+/g, ""), text.trim().replace(/\s+/g, " "));
}

/** `text` without spaces (2023 年 1 月 5 日 as 2023年1月5日); `spaced` with one space where there were some. */
export function fromText(text: string, spaced = text): DateResult {
  const open = DEADLINE_START.exec(text);
  if (open) {
    const rest = text.slice(open[0].length);
    const end = fromText(rest);
    if (end.ok) return { ...end, deadline: true };
    // The year to add goes before the date, not before 即日起 (「即日起至12月底」: 「2023年12月底」).
    return end.reason === "no-year" && !end.params.written ? { ...end, params: { written: rest } } : end;
  }
  // Only a text ending as a deadline ends (前, 止, 完成) can hold a deadline's hour or holiday.
  const byWords = /[前止成]$/.test(text);
  const clockBy = byWords ? CLOCK_BY.exec(spaced) : null;
  if (clockBy) {
    const day = fromText(clockBy[1].replace(/\s+/g, ""), clockBy[1]);
    if (day.ok && day.precision === "day") return { ...day, deadline: true };
    if (!day.ok && day.reason !== "format") return day;
  }
  const by = FIGURES_BY.exec(text);
  if (by) {
    const date = fromText(by[1]);
    return date.ok ? { ...date, deadline: true } : date;
  }
  const md = MONTH_DAY.exec(text);
  if (md && Number(md[1]) >= 1 && Number(md[1]) <= 12 && Number(md[2]) >= 1 && Number(md[2]) <= 31)
    return { ok: false, reason: "no-year", params: { written: `${Number(md[1])}月${Number(md[2])}日` } };
  let m = SEPARATED.exec(spaced.replace(TIME_AFTER_SEPARATED, ""));
  if (m) {
    const precision = m[3] === undefined ? "month" : "day";
    return build(m[1], m[2], m[3], precision, false);
  }
  m = COMPACT.exec(text) ?? (spaced.length !== text.length ? SPACED.exec(spaced) : null);
  if (m) return build(m[1], m[2], m[3], "day", false);
  m = /^\d{1,2} ?[-/.]/.test(text) ? YEAR_LAST.exec(spaced.replace(TIME_AFTER_SEPARATED, "")) : null;
  if (m) return yearLast(Number(m[1]), Number(m[2]), m[3]);
  m = YEAR_PART.exec(text);
  if (m) {
    const quarter = m[3] ?? m[4];
    const month = quarter ? smallNumber(quarter) * 3 : m[2] === "上半年" ? 6 : 12;
    return build(m[1], String(month), undefined, "month", true);
  }
  m = byWords ? HOLIDAY_BY.exec(text) : null;
  if (m) {
    if (m[1] === undefined) return NO_YEAR;
    const first = dayBeforeHoliday(Number(m[1]), m[2]);
    const second = m[3] === undefined ? first : dayBeforeHoliday(Number(m[1]), m[3]);
    if (!first || !second) return FORMAT;
    const day = ymdToSerial(second) < ymdToSerial(first) ? second : first;
    return checked(day.y, day.m, day.d, "day", true);
  }
  m = CHINESE.exec(/[日号]/.test(text) ? text.replace(TIME_OF_DAY, "") : text);
  if (m && (m[1] || m[2]) && SUFFIX.test(m[4])) {
    const [, y, mo, d, suffix] = m;
    const yearEnd = /年/.test(suffix);
    if (yearEnd && (mo || d)) return FORMAT;
    if (!mo && d) return FORMAT;
    if (!y && !mo) return FORMAT;
    const precision: "day" | "month" | "year" = d ? "day" : mo ? "month" : "year";
    if (precision === "year" && !suffix && !/年度?$/.test(text)) return FORMAT;
    // 上旬 by the 10th, 中旬 by the 20th, 下旬 by the month's end (build's default day); of two
    // parts (中下旬), the later one's: the pattern finds 下旬 in it. 月初 as 上旬, 月中 as 中旬.
    const part =
      /([上中下])旬/.exec(suffix)?.[1] ?? (suffix.startsWith("初") ? "上" : suffix.startsWith("中") ? "中" : null);
    if (part) {
      if (!mo || d) return FORMAT;
      return build(y, mo, part === "下" ? undefined : part === "上" ? "10" : "20", "month", true);
    }
    const week = WEEK.exec(suffix)?.[1];
    if (week) {
      if (!mo || d) return FORMAT;
      const n = smallNumber(week);
      return n === 5 ? build(y, mo, undefined, "month", true) : build(y, mo, String(7 * n), "month", true);
    }
    return build(y, mo, d, precision, suffix.length > 0);
  }
  return FORMAT;
}

/** A quarter's or a week's number, in a figure or a Chinese numeral: 2 or 二. */
function smallNumber(n: string): number {
  return "一二三四五".indexOf(n) + 1 || Number(n);
}

/**
 * A date with its year last: read as the one it can be when the first or second figure is over 12
 * (15/2/2023, 2/15/2023) or both are the same; else both readings, to ask which is meant.
 */
function yearLast(a: number, b: number, y: string): DateResult {
  if (a > 12 || a === b) return build(y, String(b), String(a), "day", false);
  if (b > 12) return build(y, String(a), String(b), "day", false);
  return {
    ok: false,
    reason: "year-last",
    params: { monthFirst: `${y}年${a}月${b}日`, dayFirst: `${y}年${b}月${a}日` },
  };
}

export function build(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  precision: "day" | "month" | "year",
  deadline: boolean,
): DateResult {
  const month = mo === undefined ? 12 : Number(mo);
  if (month < 1 || month > 12) return { ok: false, reason: "month", params: { month } };
  if (y === undefined) return NO_YEAR;
  if (y.length !== 4) return { ok: false, reason: "year", params: { year: y } };
  const year = Number(y);
  const day = d === undefined ? daysInMonth(year, month) : Number(d);
  return checked(year, month, day, precision, deadline);
}

export function checked(
  y: number,
  m: number,
  d: number,
  precision: "day" | "month" | "year",
  deadline: boolean,
): DateResult {
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: "year", params: { year: y } };
  if (m < 1 || m > 12) return { ok: false, reason: "month", params: { month: m } };
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return { ok: false, reason: "day", params: { year: y, month: m, day: d, days: max } };
  return { ok: true, y, m, d, serial: ymdToSerial({ y, m, d }), precision, deadline };
}
