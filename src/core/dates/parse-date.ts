/**
 * A cell's value as a date: a date cell, a serial number, or text, where one written date
 * (one-date.ts) may come with a note, a time after a comma or a day of the week, or be one of a
 * span or a list where one date goes, or be no date but a standing task's time.
 */
import type { CellValue } from "../sheet/types";
import { isDateCell } from "../sheet/types";
import { cleanText } from "../text/normalize";
import { daysInMonth, serialToYmd } from "./serial";
import { takeWeekday, WEEKDAY_NAMES, writtenDigits } from "./written";
import {
  build,
  checked,
  fromText,
  fromWritten,
  FORMAT,
  MAX_YEAR,
  MIN_YEAR,
  DEADLINE_START,
  UNTIL,
  YEAR_PART_WORDS,
  type DateFailure,
  type DateResult,
  type ParsedDate,
} from "./one-date";

export type { DateFailure, DateFailureReason, DatePrecision, DateResult, ParsedDate } from "./one-date";

/** Plain numbers in this range are taken as date serials (1954-10-03 .. 2119-01-10). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

/** Months as a span after one year: 2023年3-6月, 2023年3~6月. */
const MONTH_SPAN = /^(\d{4})年(\d{1,2})月?份?[-~～—–至到](\d{1,2})月/;
/** A part of a year with no year before it (年底前, 上半年, 第一季度, 年内, Q2): the year is missing. */
const YEAR_PART_ALONE = new RegExp(`^${YEAR_PART_WORDS}[底末]?(?:${UNTIL}|内)?(?:完成)?$`);
/**
 * How task lists give a standing task's time instead of a date: 长期坚持, 持续推进, 常态化开展,
 * 每季度, 定期. Only when no figure is written (「长期，2023年6月底前阶段完成」 is read for its date
 * elsewhere, or reported as a format it is).
 */
const ONGOING = /^(?:长期|持续|常态|常年|经常|定期|随时|每[年半季月周天日]|全年持续|贯穿全年)[^\d]*$/;
/** A serial number as Excel keeps dates, written as text (44951, 44951.5). */
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
/** What joins the two ends of a span, or the dates of a list, in one cell. */
const SPAN = /至|到|~|～|—|–|、|;|；/;

/** The longest text read as a date (with its note): the readings below are not all linear in it. */
const DATE_TEXT_MAX = 500;

/** Reads a date as people write it. Returns null for an empty cell. */
export function parseDate(value: CellValue | undefined): DateResult | null {
  const date = readDate(value);
  // The date as written, for the message to put the year before (「2023年{written}」): without 于,
  // which goes before the year (「于3月5日」: 「2023年3月5日」); the whole cell where a span's first
  // date lacks it (「3月5日至6日」).
  if (!date || date.ok || date.reason !== "no-year") return date;
  const written = date.params.written || (typeof value === "string" ? cleanText(value).trim() : "");
  return { ...date, params: { written: written.replace(/^于/, "") } };
}

function readDate(value: CellValue | undefined): DateResult | null {
  if (value === null || value === undefined) return null;
  if (isDateCell(value)) {
    // 「2023年1月」 typed into a cell, kept as the 1st in a format without the day: that month, as written.
    if (value.precision !== "month") return fromSerial(value.serial);
    const { y, m } = serialToYmd(value.serial);
    return checked(y, m, daysInMonth(y, m), "month", false);
  }
  if (typeof value === "number") return fromNumber(value);
  if (typeof value === "boolean") return FORMAT;
  const cleaned = cleanText(value).trim();
  if (!cleaned) return null;
  // No date, however it is written, and whatever note comes with it, runs this long: a paragraph
  // pasted into a date cell, or a hostile file's 32,767 characters, is none without being searched.
  if (cleaned.length > DATE_TEXT_MAX) return FORMAT;
  const { rest, weekday } = takeWeekday(writtenDigits(cleaned));
  const date = fromWritten(rest);
  if (!date.ok && date.reason === "format") {
    const noted = withNote(rest);
    if (noted) return weekday === undefined ? noted : withWeekday(noted, weekday);
  }
  if (!date.ok && date.reason === "format") {
    const text = rest.replace(/\s+/g, "").replace(DEADLINE_START, "");
    if (YEAR_PART_ALONE.test(text)) return { ok: false, reason: "no-year", params: { written: text } };
    if (ONGOING.test(text)) return { ok: false, reason: "ongoing" };
    if (SERIAL_TEXT.test(text)) return serialText(Number(text)) ?? date;
  }
  if (!date.ok && date.reason === "format") return severalDates(rest) ?? stagedDeadlines(rest) ?? date;
  return weekday === undefined ? date : withWeekday(date, weekday);
}

/** Sentence punctuation typed after a date (2023年3月5日。), and a note in brackets after it (2023年3月5日（线上））. */
const TRAILING_STOP = /[。．.，,；;、]+$/;
const TRAILING_NOTE = /[（(][^（）()]+[)）]$/;
/** A date, a comma, and one more part: a time of day or a note. */
const AFTER_COMMA = /^(.+?)\s*[，,]\s*([^，,]+)$/;

/**
 * A date with a full stop typed after it, or a note in brackets (线上, 补录, 上午): the date, the
 * note kept with it so that the cell is not taken for the date alone; why the date before them is
 * none (month 23); null when what is left is not written as a date at all.
 */
function withNote(text: string): DateResult | null {
  const trimmed = text.trim();
  const stopped = trimmed.replace(TRAILING_STOP, "");
  if (stopped !== trimmed) {
    const date = fromWritten(stopped);
    return date.ok || date.reason !== "format" ? date : withNote(stopped);
  }
  const comma = AFTER_COMMA.exec(trimmed);
  if (comma) {
    // A time of day after a comma (2023.3.5，14:00; 2023年3月5日, 上午), read as after a space.
    const timed = fromWritten(`${comma[1]} ${comma[2]}`);
    if (timed.ok) return timed;
    // Words after a comma (2023年3月5日，线上), a note as in brackets; figures there are more dates.
    const date = /\d/.test(comma[2]) ? null : fromWritten(comma[1]);
    if (date?.ok) return { ...date, note: trimmed.slice(comma[1].length) };
    if (date && date.reason !== "format") return date; // why the date before it is none (month 23)
  }
  const note = TRAILING_NOTE.exec(trimmed);
  if (!note || note.index === 0) return null;
  const date = fromWritten(trimmed.slice(0, note.index));
  return date.ok ? { ...date, note: note[0] } : date.reason === "format" ? null : date;
}

/**
 * A dash that ends a whole date and begins another (2023.3.5-2023.3.6, 2023.3.5-3.6; a month
 * written without dashes, 2023.3-2023.12, 2023年3月-12): where it stands.
 */
function dashBetweenDates(text: string): { index: number } | null {
  for (let i = text.indexOf("-"); i > 0; i = text.indexOf("-", i + 1)) {
    const before = text.slice(0, i);
    const first = fromWritten(before);
    const whole = first.ok && (first.precision === "day" || (first.precision === "month" && !before.includes("-")));
    if (whole && (/\d/.test(text.slice(i + 1)) || YEAR_END_TAIL.test(text.slice(i)))) return { index: i };
  }
  return null;
}

/**
 * A span or a list where one date goes (2023年3月5日至6日, 2023-3-5至3-6, 3月5日、6日): when
 * the text before the first joiner is a date, says so and gives that date as the example.
 */
function severalDates(text: string): DateResult | null {
  const bare = text.replace(/\s+/g, "");
  const months = MONTH_SPAN.exec(bare);
  if (months) {
    const first = build(months[1], months[2], undefined, "month", false);
    if (!first.ok) return first;
    return several(first, spanEnd(first, `${months[3]}月${bare.slice(months[0].length)}`));
  }
  const at = SPAN.exec(text) ?? dashBetweenDates(text);
  if (!at || at.index === 0) return listedDates(text);
  const rest = text.slice(at.index);
  if (!/\d/.test(rest) && !YEAR_END_TAIL.test(rest)) return null;
  const first = fromWritten(text.slice(0, at.index));
  if (!first.ok) return first.reason === "format" ? null : first;
  const joiner = text[at.index];
  return several(first, SPAN_JOINERS.includes(joiner) ? spanEnd(first, text.slice(at.index + 1)) : undefined);
}

/**
 * Dates listed with commas (2023年3月5日，4月6日; 2023.3.5, 2023.4.6), or after a space when each
 * is whole (2023年3月5日 2023年4月6日, two lines of a cell): several talks written in one cell. A
 * figure after a space is not taken for a day (2023.3.5 10 may be a time).
 */
function listedDates(text: string): DateResult | null {
  for (const m of text.matchAll(/\s*[，,]\s*|\s+(?=\d{4})/g)) {
    if (!m.index) continue;
    const first = fromWritten(text.slice(0, m.index));
    if (!first.ok || first.precision !== "day") continue;
    const rest = text.slice(m.index + m[0].length).replace(/[，,\s].*$/, "");
    const next = /\d{4}/.test(rest) ? fromWritten(rest) : completed(rest, first.y, first);
    return next?.ok ? several(first, undefined) : null;
  }
  return null;
}

/** The longest text read for staged deadlines: a few clauses, not a paragraph (each clause is tried at several cuts). */
const STAGES_MAX = 200;
/** A later stage's deadline given by a part of the first's year: 年底前, 下半年, 第四季度. */
const YEAR_PART_FIRST = new RegExp(`^${YEAR_PART_WORDS}`);
/** Where a stage's date may end, after its last figure: 2023年6月底前, 2023年6月30日, 2023年上半年. */
const DATE_END = /[年月日号底末前止旬内度]/;

/**
 * A deadline for each stage of a task, in clauses (2023年6月底前完成初稿，12月底前全面完成;
 * 2023年3月底前启动；6月底全面完成): each clause a date by which, then what is done, in words; the
 * later ones may leave the first's year out (read in it, else the next, as a span's end is), and
 * each is no earlier than the one before. `end` is the last; a stage's date that cannot be (month
 * 23) is said as such.
 */
function stagedDeadlines(text: string): DateFailure | null {
  if (text.length > STAGES_MAX) return null;
  const clauses = text.split(/\s*[，,；;]\s*/).filter(Boolean);
  if (clauses.length < 2) return null;
  const dates: ParsedDate[] = [];
  for (const clause of clauses) {
    const date = stageDate(clause.replace(/\s+/g, ""), dates[0], dates[dates.length - 1]);
    if (!date || (!date.ok && date.reason === "format")) return null;
    if (!date.ok) return date;
    dates.push(date);
  }
  const end: ParsedDate = { ...dates[dates.length - 1], deadline: true };
  return { ok: false, reason: "several", params: { first: writtenOut(dates[0]) }, end, stages: true };
}

/**
 * The date a stage's clause begins with (the longest that reads as one, words after it), completed
 * with the first stage's year where it has none; null when there is none or it is before `previous`.
 */
function stageDate(clause: string, first: ParsedDate | undefined, previous: ParsedDate | undefined): DateResult | null {
  // A later stage by a part of the first's year, in words alone (年底前, 下半年).
  const figure = clause.search(/\d(?=\D*$)/);
  const lastFigure = first && YEAR_PART_FIRST.test(clause) ? 0 : figure;
  if (lastFigure < 0) return null;
  let failure: DateResult | null = null;
  // A date ends a few characters after its last figure (2023年第四季度末前), or at it (2023.6.30完成,
  // Q4完成): no further cut is tried.
  for (let cut = Math.min(clause.length, lastFigure + 10); cut > lastFigure; cut--) {
    if (!DATE_END.test(clause[cut - 1]) && cut !== figure + 1) continue;
    const written = clause.slice(0, cut);
    const years = !first || /\d{4}/.test(written) ? [undefined] : [first.y, first.y + 1];
    for (const y of years) {
      const date =
        y === undefined ? fromWritten(written) : (completed(written, y, first!) ?? fromWritten(`${y}年${written}`));
      if (date?.ok && (!previous || date.serial >= previous.serial)) return date;
      if (date && !date.ok && date.reason !== "format") failure ??= date;
    }
  }
  return failure;
}

/** A span's end that is the end of the first's year: 2023年3月至年底. */
const YEAR_END_TAIL = /^[至到~～—–-]+年(?:底|末|内)/;
/** What joins the ends of a span (2023年3月至12月), as against a list's 、 or ；. */
const SPAN_JOINERS = "至到~～—–-";

function several(first: ParsedDate, end: ParsedDate | undefined): DateResult {
  // A span from a day to the same day (2023年3月5日-2023年3月5日, a form's 起止 filled alike): that day.
  if (end && first.precision === "day" && end.precision === "day" && end.serial === first.serial) return first;
  const failure = { ok: false, reason: "several", params: { first: writtenOut(first) } } as const;
  return end ? { ...failure, end } : failure;
}

/** A date as the messages write it, to its precision: 2023年3月5日, 2023年3月, 2023年. */
export function writtenOut(date: ParsedDate): string {
  if (date.precision === "day") return `${date.y}年${date.m}月${date.d}日`;
  return date.precision === "month" ? `${date.y}年${date.m}月` : `${date.y}年`;
}

/**
 * The end of a span, written after its joiner: whole (2023年12月, 2023.12), or with the first's
 * year, or year and month, left out as people leave them out (12月底前, 至年底, 6日, 3.6 after
 * 2023.3.5; a figure alone is a day after a day, a month after a month). Without a year of its own
 * an end before the first is in the next year (2023年11月至3月). None when it reads as no date.
 */
function spanEnd(first: ParsedDate, tail: string): ParsedDate | undefined {
  const t = tail
    .replace(/^[至到~～—–-]+/, "")
    .replace(TRAILING_STOP, "")
    .replace(TRAILING_NOTE, "")
    .trim();
  const ownYear = /\d{4}/.test(t);
  for (const y of ownYear ? [first.y] : [first.y, first.y + 1]) {
    const end = ownYear ? fromWritten(t) : completed(t, y, first);
    if (end?.ok && end.serial >= first.serial) return end;
  }
  return undefined;
}

/** An end written without its year, completed with the year `y` (and the first's month for a day alone). */
function completed(t: string, y: number, first: ParsedDate): DateResult | null {
  if (t.startsWith("年")) return fromWritten(`${y}${t}`);
  const next = /^(?:次|翌|第二)年/.exec(t);
  if (next) return fromWritten(`${first.y + 1}${t.slice(next[0].length - 1)}`);
  if (/^\d{1,2}[日号]/.test(t)) return fromWritten(`${y}年${first.m}月${t}`);
  if (/^\d{1,2}$/.test(t)) return fromWritten(first.precision === "day" ? `${y}年${first.m}月${t}日` : `${y}年${t}月`);
  if (/月/.test(t)) return fromWritten(`${y}年${t}`);
  if (/^\d{1,2}[./-]\d{1,2}$/.test(t)) return fromWritten(`${y}.${t}`);
  return null;
}

/** A date written with its day of the week (2023年3月5日（星期日）): the two must agree. */
function withWeekday(date: DateResult, weekday: number): DateResult {
  if (!date.ok || date.precision !== "day") return date.ok ? FORMAT : date;
  const actual = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  if (actual === weekday) return date;
  return {
    ok: false,
    reason: "weekday",
    params: { year: date.y, month: date.m, day: date.d, weekday: WEEKDAY_NAMES[actual] },
  };
}

function fromNumber(n: number): DateResult {
  if (n > 0 && n < 1) return timeOnly(n);
  // A date's serial in a cell that lost its date format (a time of day with it: 45000.5).
  if (n >= SERIAL_MIN && n <= SERIAL_MAX) return fromSerial(n);
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 21_001_231) return fromText(String(n));
  // 2023.6 typed into a number cell: a year and a month.
  if (!Number.isInteger(n) && n >= MIN_YEAR && n < MAX_YEAR + 1) return fromText(String(n));
  return FORMAT;
}

/** 「44951」 as text: the day that serial is, when it is one a form could hold (see SERIAL_MIN). */
function serialText(serial: number): DateFailure | null {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const { y, m, d } = serialToYmd(serial);
  return { ok: false, reason: "serial-text", params: { date: `${y}年${m}月${d}日` } };
}

/** A fraction of a day as the time of day it is (0.4166… → 10:00). */
function timeOnly(fraction: number): DateFailure {
  const minutes = Math.round(fraction * 24 * 60);
  const time = `${Math.floor(minutes / 60) % 24}:${String(minutes % 60).padStart(2, "0")}`;
  return { ok: false, reason: "time-only", params: { time } };
}

function fromSerial(serial: number): DateResult {
  if (serial > 0 && serial < 1) return timeOnly(serial);
  if (!(serial >= 1)) return FORMAT;
  const ymd = serialToYmd(serial);
  return checked(ymd.y, ymd.m, ymd.d, "day", false);
}
