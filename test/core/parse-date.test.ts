import { describe, expect, it } from "@jest/globals";
import { parseDate } from "../../src/core/dates/parse-date";
import { ymdToSerial } from "../../src/core/dates/serial";

/** The end a span or staged deadline is read as, [year, month, day, precision]; null for none. */
function endOf(text: string): [number, number, number, string] | null {
  const r = parseDate(text);
  const end = r && !r.ok && r.reason === "several" ? r.end : undefined;
  return end ? [end.y, end.m, end.d, end.precision] : null;
}

describe("parseDate accepts dates as people write them", () => {
  it.each([
    ["2023-01-05", 2023, 1, 5, "day", false],
    ["2023/1/5", 2023, 1, 5, "day", false],
    ["2023.1.5", 2023, 1, 5, "day", false],
    ["2023年1月5日", 2023, 1, 5, "day", false],
    ["2023年1月5号", 2023, 1, 5, "day", false],
    ["２０２３年１月５日", 2023, 1, 5, "day", false],
    ["２０２３－０１－０５", 2023, 1, 5, "day", false],
    [" 2023 年 1 月 5 日 ", 2023, 1, 5, "day", false],
    ["20230105", 2023, 1, 5, "day", false],
    ["2023-01-05 14:30", 2023, 1, 5, "day", false],
    // As Excel shows a date and time (yyyy/m/d h:mm): a one-digit day, then a two-digit hour.
    ["2023/3/8 10:00", 2023, 3, 8, "day", false],
    ["2023-1-5  14:30:00", 2023, 1, 5, "day", false],
    ["2023.3.8 10:00", 2023, 3, 8, "day", false],
    ["2023-03-08T10:00:00.000", 2023, 3, 8, "day", false],
    ["2023 / 3 / 8", 2023, 3, 8, "day", false],
    ["2023.03.05 上午", 2023, 3, 5, "day", false],
    ["2023-3-5 9:00-10:00", 2023, 3, 5, "day", false],
    // As Excel shows a time in the h:mm AM/PM format, in English and in Chinese.
    ["2023/3/5 9:30 AM", 2023, 3, 5, "day", false],
    ["2023/3/5 9:30:00 PM", 2023, 3, 5, "day", false],
    ["2023年3月5日 9:30pm", 2023, 3, 5, "day", false],
    ["2023/3/5 9:30 上午", 2023, 3, 5, "day", false],
    ["2023年3月5日9:00至10:30", 2023, 3, 5, "day", false],
    // The input method's full stop, a closing dot or 日, a day without 日.
    ["2023。3。5", 2023, 3, 5, "day", false],
    ["2023.3.5.", 2023, 3, 5, "day", false],
    ["2023-3-5日", 2023, 3, 5, "day", false],
    ["2023年3月5", 2023, 3, 5, "day", false],
    // Commas for dots, 曰 typed for the 日 it looks like, a year in figures before a month in words.
    ["2023,2,15", 2023, 2, 15, "day", false],
    ["2023，2，15", 2023, 2, 15, "day", false],
    ["2023、2、15", 2023, 2, 15, "day", false],
    // A span from a day to the same day (起止 filled alike) is that day.
    ["2023年2月15日-2023年2月15日", 2023, 2, 15, "day", false],
    ["2023.2.15至2.15", 2023, 2, 15, "day", false],
    ["2023年02月15曰", 2023, 2, 15, "day", false],
    ["2023年二月十五曰", 2023, 2, 15, "day", false],
    // Spaces alone between a year, month and day; the year last where the figures tell day from month.
    ["2023 3 5", 2023, 3, 5, "day", false],
    ["15/2/2023", 2023, 2, 15, "day", false],
    ["2/15/2023", 2023, 2, 15, "day", false],
    ["5.5.2023", 2023, 5, 5, "day", false],
    ["2023-6月30日", 2023, 6, 30, "day", false],
    ["2023.6月", 2023, 6, 30, "month", false],
    // Chinese numerals, as official documents date things.
    ["二〇二三年三月五日", 2023, 3, 5, "day", false],
    ["二○二三年十二月三十一日", 2023, 12, 31, "day", false],
    ["2023年十月底前", 2023, 10, 31, "month", true],
    ["2023年三月二十日", 2023, 3, 20, "day", false],
    ["2023年1月十五号", 2023, 1, 15, "day", false],
    // A day of the week beside the date, when it is the date's (2023-03-05 was a Sunday).
    ["2023年3月5日（星期日）", 2023, 3, 5, "day", false],
    ["2023年3月5日(周日)", 2023, 3, 5, "day", false],
    ["2023/3/6 周一", 2023, 3, 6, "day", false],
    ["2023年3月11日 礼拜六 上午", 2023, 3, 11, "day", false],
    ["2023年6月底前", 2023, 6, 30, "month", true],
    ["2023年2月底前", 2023, 2, 28, "month", true],
    ["2024年2月底", 2024, 2, 29, "month", true],
    ["2023年1月18日前", 2023, 1, 18, "day", true],
    ["2023年6月30日前完成", 2023, 6, 30, "day", true],
    ["2023年3月5日，下午", 2023, 3, 5, "day", false],
    ["2023年2月15日底前", 2023, 2, 15, "day", true],
    ["2023年底前", 2023, 12, 31, "year", true],
    ["2023年年底前", 2023, 12, 31, "year", true],
    ["于2023年3月底前", 2023, 3, 31, "month", true],
    ["2023-06", 2023, 6, 30, "month", false],
    ["2023年1月5日上午", 2023, 1, 5, "day", false],
    ["2023年1月5日 14:30", 2023, 1, 5, "day", false],
    ["2023年1月5日下午3点半", 2023, 1, 5, "day", false],
    // A time after 上午/下午 needs no space: the period already parts it from the day.
    ["2023.1.5下午3点", 2023, 1, 5, "day", false],
    ["2023-1-5上午9:30", 2023, 1, 5, "day", false],
    // Any part of the day: 晚, 晚上7点, 夜间, 全天.
    ["2023年1月5日晚", 2023, 1, 5, "day", false],
    ["2023.1.5 晚上7点", 2023, 1, 5, "day", false],
    ["2023年1月5日夜间", 2023, 1, 5, "day", false],
    ["2023年1月5日全天", 2023, 1, 5, "day", false],
    // 元月 is January.
    ["2023年元月5日", 2023, 1, 5, "day", false],
    ["元月5日", "no-year", 0, 0, "", false],
    // 月份 and 年度 as people say a month or a year (not before a figure: 3月份15日 is no way to write a day).
    ["2023年3月份", 2023, 3, 31, "month", false],
    ["2023年三月份", 2023, 3, 31, "month", false],
    ["2023年6月份前", 2023, 6, 30, "month", true],
    ["2023年度", 2023, 12, 31, "year", false],
    ["2023年度前", 2023, 12, 31, "year", true],
    ["3月份", "no-year", 0, 0, "", false],
  ])("%s", (text, y, m, d, precision, deadline) => {
    if (y === "no-year") return expect(parseDate(text)).toMatchObject({ ok: false, reason: "no-year" });
    expect(parseDate(text)).toMatchObject({ ok: true, y, m, d, precision, deadline });
  });

  it.each([
    [{ kind: "date", serial: 44931 } as const, 2023, 1, 5],
    [{ kind: "date", serial: 44931.75 } as const, 2023, 1, 5],
    [44931, 2023, 1, 5],
    // A date and time's serial in a cell that lost its date format.
    [45000.5, 2023, 3, 15],
    [43942, 2020, 4, 21],
    [20230105, 2023, 1, 5],
    [2023.6, 2023, 6, 30],
  ])("cell value %j", (value, y, m, d) => {
    expect(parseDate(value)).toMatchObject({ ok: true, y, m, d });
  });

  it("gives the serial of the date it read", () => {
    expect(parseDate("2023年1月5日")).toMatchObject({ serial: 44931 });
    expect(ymdToSerial({ y: 1900, m: 3, d: 1 })).toBe(61);
  });
});

describe("parseDate reads past what is typed after a date", () => {
  it.each([
    ["2023年3月5日。", undefined],
    ["2023-3-5；", undefined],
    ["2023.3.5，", undefined],
    // A note in brackets: the date, with the note said (the summary keeps the cell as written).
    ["2023年3月5日（线上）", "(线上)"],
    ["2023.3.5(补录)", "(补录)"],
    ["2023年3月5日下午（2小时）", "(2小时)"],
    ["2023年3月5日（线上）。", "(线上)"],
    // …or after a comma; a time of day after a comma is read as after a space.
    ["2023年3月5日，线上", ",线上"],
    ["2023.3.5, 补录", ", 补录"],
    ["2023.3.5，14:00", undefined],
    ["2023年3月5日，下午3点", undefined],
  ])("%s", (text, note) => {
    const date = parseDate(text);
    expect(date).toMatchObject({ ok: true, y: 2023, m: 3, d: 5 });
    expect(date?.ok && date.note).toBe(note);
  });

  it.each(["（2023年3月5日）", "2023年3月（线上）5日", "线上（2023年3月5日）"])(
    "%s is not a date with a note",
    (text) => {
      expect(parseDate(text)).toMatchObject({ ok: false, reason: "format" });
    },
  );

  it("a date that cannot be, with a note or a full stop, is said for what is wrong with it", () => {
    expect(parseDate("2023年23月5日（线上）")).toMatchObject({ ok: false, reason: "month", params: { month: 23 } });
    expect(parseDate("2023年2月30日。")).toMatchObject({ ok: false, reason: "day" });
    expect(parseDate("2023年23月5日，线上")).toMatchObject({ ok: false, reason: "month", params: { month: 23 } });
    expect(parseDate("2023年3月5日，星期一")).toMatchObject({ ok: false, reason: "weekday" });
    // No year: the example is what was written, the note with it.
    expect(parseDate("3月5日（线上）")).toMatchObject({ reason: "no-year", params: { written: "3月5日(线上)" } });
    expect(parseDate("3月5日，线上")).toMatchObject({ reason: "no-year", params: { written: "3月5日,线上" } });
  });

  it("a day of the week in brackets is still checked against the date", () => {
    expect(parseDate("2023年3月5日（星期一）")).toMatchObject({ ok: false, reason: "weekday" });
  });
});

describe("parseDate reads a part of a year (or of a month) as a deadline at its end", () => {
  it.each([
    ["2023年上半年", 6, 30],
    ["2023年下半年", 12, 31],
    ["2023年第一季度", 3, 31],
    ["2023年二季度末", 6, 30],
    ["2023年第3季度前", 9, 30],
    ["2023年3月上旬", 3, 10],
    ["2023年3月中旬前", 3, 20],
    ["2023年2月下旬", 2, 28],
    // Two parts of a month: by the later one's end.
    ["2023年3月上中旬", 3, 20],
    ["2023年3月中下旬前", 3, 31],
    ["2023年 4 月中下旬完成", 4, 30],
    // 月初 and 月中 as 上旬 and 中旬.
    ["2023年3月初", 3, 10],
    ["2023年3月中", 3, 20],
    ["2023年全年", 12, 31],
    ["2023年年内", 12, 31],
    ["于2023年上半年", 6, 30],
    ["2023年度内", 12, 31],
    // 2023年内 (in the year), and the year's 年 left out before a part of it.
    ["2023年内", 12, 31],
    ["2023年内完成", 12, 31],
    ["2023上半年", 6, 30],
    ["2023全年", 12, 31],
    ["2023第二季度", 6, 30],
    // A week of a month: seven days from the 1st each, the fifth to the month's end.
    ["2023年3月第一周", 3, 7],
    ["2023年3月第2周前", 3, 14],
    ["2023年2月第五周", 2, 28],
  ])("%s → %i月%i日, a deadline", (text, m, d) => {
    expect(parseDate(text)).toMatchObject({ ok: true, y: 2023, m, d, precision: "month", deadline: true });
  });

  // A span from now to a date, as task lists write a deadline: that date, a deadline.
  it.each([
    ["即日起至2023年12月底", 12, 31, "month"],
    ["自即日起至2023年6月底前", 6, 30, "month"],
    ["从即日起到2023年9月30日", 9, 30, "day"],
    ["即日起 至 2023年3月", 3, 31, "month"],
    ["即日至2023.5.31", 5, 31, "day"],
    ["现在起至2023年上半年", 6, 30, "month"],
    ["自本方案印发之日起至2023年底", 12, 31, "year"],
    ["即日起—2023年10月底", 10, 31, "month"],
    // "By" a date alone (截至, 截止到, 至), or "until" after it (止, 为止, 截止).
    ["截至2023年6月30日", 6, 30, "day"],
    ["截止2023年6月", 6, 30, "month"],
    ["截止到2023年6月底", 6, 30, "month"],
    ["截止至2023年6月底前", 6, 30, "month"],
    ["至2023年6月底", 6, 30, "month"],
    ["到2023年底", 12, 31, "year"],
    ["直至2023年上半年", 6, 30, "month"],
    ["2023年6月30日止", 6, 30, "day"],
    ["2023年6月30日为止", 6, 30, "day"],
    ["2023年6月底截止", 6, 30, "month"],
    ["2023年6月底止", 6, 30, "month"],
    // The same in figures.
    ["2023.6.30前", 6, 30, "day"],
    ["2023/6/30之前", 6, 30, "day"],
    ["2023-06-30前完成", 6, 30, "day"],
    ["2023.6.30止", 6, 30, "day"],
    ["2023.6底前", 6, 30, "month"],
    ["2023.6前", 6, 30, "month"],
    ["2023年上半年止", 6, 30, "month"],
    // With the hour before the 前.
    ["2023年6月30日17:00前", 6, 30, "day"],
    ["2023年6月30日24时前", 6, 30, "day"],
    ["2023.6.30 17:00前", 6, 30, "day"],
    ["2023年6月30日下午5点前", 6, 30, "day"],
    ["2023年6月30日17时止", 6, 30, "day"],
    ["2023.6月底前", 6, 30, "month"],
    ["2023年Q2", 6, 30, "month"],
    ["2023Q2前", 6, 30, "month"],
    // The day included, said between the date and its 前.
    ["2023年6月30日（含）前", 6, 30, "day"],
    ["2023年6月30日(含当日)之前", 6, 30, "day"],
  ])("%s → %i月%i日, a deadline", (text, m, d, precision) => {
    expect(parseDate(text)).toMatchObject({ ok: true, y: 2023, m, d, precision, deadline: true });
  });

  it.each([
    // What follows the open start is read as any date is, with its mistakes said.
    ["即日起至2023年13月底", "month"],
    ["即日起至12月底", "no-year"],
    ["即日起至年底", "no-year"],
    ["即日起", "format"],
    ["即日起至长期", "ongoing"],
    ["截至2023年23月底", "month"],
    ["截至6月底", "no-year"],
    ["6.30前", "no-year"],
    ["2023.13.30前", "month"],
    ["2023.2.30前", "day"],
    // A start with no end is no deadline; 截止 or 至今 alone is no date.
    ["2023年3月起", "format"],
    ["2023年3月至今", "format"],
    ["截止", "format"],
    ["至今", "format"],
  ])("%s is not one (%s)", (text, reason) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason });
  });

  it.each([
    ["即日起至12月底", "12月底"],
    ["即日起至年底", "年底"],
    ["截至6月底", "6月底"],
  ])("%s: the year is missing before %s, where the message shows it added", (text, written) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason: "no-year", params: { written } });
  });

  it.each([
    "2023年第五季度",
    "上半年",
    "2023年上半月",
    "2023年3月5日初",
    "2023年初中",
    "2023年3月份15日",
    "2023年度3月",
  ])("%s is not one", (text) => {
    expect(parseDate(text)).toMatchObject({ ok: false });
  });
});

describe("parseDate rejects impossible dates, saying why", () => {
  it.each([
    ["2023年23月底前", "month", { month: 23 }],
    ["2023年23月15日底前", "month", { month: 23 }],
    ["23月底前", "month", { month: 23 }],
    ["2023-13-01", "month", { month: 13 }],
    ["2023年0月5日", "month", { month: 0 }],
    ["2023年2月30日", "day", { year: 2023, month: 2, day: 30, days: 28 }],
    ["2023.2.29", "day", { days: 28 }],
    ["2023-04-31", "day", { days: 30 }],
    ["6月底前", "no-year", { written: "6月底前" }],
    ["3月5日上午", "no-year", { written: "3月5日上午" }],
    // A month and a day in figures: the example writes them out (3.5 is 3月5日, not a year 3).
    ["3.5", "no-year", { written: "3月5日" }],
    ["3/5", "no-year", { written: "3月5日" }],
    ["12-31", "no-year", { written: "12月31日" }],
    // The year goes after 于 (「于2023年3月5日」), and before the whole of a span without one.
    ["于3月5日", "no-year", { written: "3月5日" }],
    ["于12月底前", "no-year", { written: "12月底前" }],
    ["3月5日至6日", "no-year", { written: "3月5日至6日" }],
    ["3月5日、6日", "no-year", { written: "3月5日、6日" }],
    ["13.5", "year", { year: "13" }],
    // The year last, the day and month either way round: both readings, to ask which.
    ["5/3/2023", "year-last", { monthFirst: "2023年5月3日", dayFirst: "2023年3月5日" }],
    ["3/5/2023 9:30 AM", "year-last", { monthFirst: "2023年3月5日", dayFirst: "2023年5月3日" }],
    ["31/2/2023", "day", { days: 28 }],
    // A span or a list where one date goes: the first date, written out, is the example.
    ["2023年3月5日至6日", "several", { first: "2023年3月5日" }],
    ["2023-3-5至3-6", "several", { first: "2023年3月5日" }],
    ["2023年3月5日、6日", "several", { first: "2023年3月5日" }],
    ["2023年3月至6月", "several", { first: "2023年3月" }],
    ["2023/3/5~2023/3/8", "several", { first: "2023年3月5日" }],
    ["2023.3.5-2023.3.6", "several", { first: "2023年3月5日" }],
    ["2023.3.5-3.6", "several", { first: "2023年3月5日" }],
    // Dates listed with commas, or each whole after a space (two lines of a cell), in any order.
    ["2023年3月5日，2023年4月6日", "several", { first: "2023年3月5日" }],
    ["2023年4月6日, 3月5日", "several", { first: "2023年4月6日" }],
    ["2023.3.5，6日", "several", { first: "2023年3月5日" }],
    ["2023年3月5日 2023年4月6日", "several", { first: "2023年3月5日" }],
    ["2023年3月5日\n2023年4月6日\n2023年5月7日", "several", { first: "2023年3月5日" }],
    // …not a figure after a space (an hour?); a year, month and day with commas is one date (above).
    ["2023.3.5 10", "format", {}],
    ["2023,3,5,4", "format", {}],
    // …but a bad first date is reported as what it is, and a joiner without a second date is no list.
    ["2023年2月30日至3月1日", "day", { days: 28 }],
    ["2023年3月5日至今", "format", {}],
    ["23.1.5", "year", { year: "23" }],
    ["1899-01-01", "year", { year: 1899 }],
    ["下周一", "format", {}],
    // Without the space a day and an hour run together: no guess at day 81 or day 8.
    ["2023/3/810:00", "format", {}],
    ["2023年3月5日（星期一）", "weekday", { year: 2023, month: 3, day: 5, weekday: "日" }],
    ["2023/3/6 周日", "weekday", { year: 2023, month: 3, day: 6, weekday: "一" }],
    ["二〇二三年二月三十日", "day", { year: 2023, month: 2, day: 30, days: 28 }],
    ["2023年十三月", "month", { month: 13 }],
    ["2023年3月5日上旬", "format", {}],
    ["2023年6月年底前", "format", {}],
    ["2023年", "ok", {}],
    // A part of a year without the year: the year is what is missing, and the example keeps the words.
    ["年底前", "no-year", { written: "年底前" }],
    ["上半年", "no-year", { written: "上半年" }],
    ["年度内", "no-year", { written: "年度内" }],
    ["第三季度末", "no-year", { written: "第三季度末" }],
    ["年内完成", "no-year", { written: "年内完成" }],
    // Months as a span after one year.
    ["2023年3-6月", "several", { first: "2023年3月" }],
    ["2023年3月-6月", "several", { first: "2023年3月" }],
    ["2023年13-14月", "month", { month: 13 }],
    // A standing task's time, as task lists give it: no date, said as such.
    ["长期坚持", "ongoing", {}],
    ["持续推进", "ongoing", {}],
    ["常态化开展", "ongoing", {}],
    ["每季度", "ongoing", {}],
    ["定期", "ongoing", {}],
    ["长期 ", "ongoing", {}],
    // …but not when a figure is written: that is a date (or a slip) to read as one.
    ["长期坚持，2023年6月底前", "format", {}],
    ["每月5日前", "format", {}],
    // A date's serial number kept as text: the day it is, for the message.
    ["44951", "serial-text", { date: "2023年1月25日" }],
    ["44951.5", "serial-text", { date: "2023年1月25日" }],
    ["12345", "format", {}],
    ["99999", "format", {}],
  ])("%s → %s", (text, reason, params) => {
    const r = parseDate(text);
    if (reason === "ok") return expect(r).toMatchObject({ ok: true });
    // Failures that need no numbers to be explained carry none.
    expect(r).toEqual(
      Object.keys(params).length
        ? expect.objectContaining({ ok: false, reason, params: expect.objectContaining(params) })
        : { ok: false, reason },
    );
  });

  // A span's end, for where a deadline goes (完成时限): the written end, completed as people leave
  // its year or month out; none for a list (、) or an end that reads as no date after the first.
  it.each([
    ["2023年3月-12月", [2023, 12, 31, "month"]],
    ["2023年3-6月", [2023, 6, 30, "month"]],
    ["2023年3月～6月", [2023, 6, 30, "month"]],
    ["2023年3月至12月底前", [2023, 12, 31, "month"]],
    ["2023年3月—2023年12月", [2023, 12, 31, "month"]],
    ["2023年3月-12", [2023, 12, 31, "month"]],
    ["2023.3-2023.12", [2023, 12, 31, "month"]],
    ["2023年3月至年底", [2023, 12, 31, "year"]],
    ["2023年上半年-2023年底", [2023, 12, 31, "year"]],
    ["2023年3月5日至6日", [2023, 3, 6, "day"]],
    ["2023.3.5-3.6", [2023, 3, 6, "day"]],
    ["2023年3月5日——3月8日", [2023, 3, 8, "day"]],
    ["2023年3月5日-10日（共两次）", [2023, 3, 10, "day"]],
    ["2023年3月5日至2024年1月", [2024, 1, 31, "month"]],
    ["2023年12月-3月", [2024, 3, 31, "month"]],
    ["2023年11月至次年3月", [2024, 3, 31, "month"]],
    ["2023年3月5日、6日", null],
    ["2023年3月5日，2023年4月6日", null],
    ["2023年6月至2023年3月", null],
    ["2023年3月至2023年23月", null],
  ] as const)("the span %s ends %j", (text, end) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason: "several" });
    expect(endOf(text)).toEqual(end);
  });

  // A deadline for each stage of a task, in clauses: where a deadline goes, the last.
  it.each([
    ["2023年6月底前完成初稿，12月底前全面完成", [2023, 12, 31, "month"]],
    ["2023年3月底前启动；6月底全面完成", [2023, 6, 30, "month"]],
    ["2023年6月30日完成初稿，12月31日完成", [2023, 12, 31, "day"]],
    ["2023年6月底前完成初稿，年底前全面完成", [2023, 12, 31, "year"]],
    ["2023年上半年启动，下半年完成", [2023, 12, 31, "month"]],
    ["2023年11月底前启动，3月底前完成", [2024, 3, 31, "month"]],
    ["2023年6月底前完成初稿，2024年6月底前全面完成", [2024, 6, 30, "month"]],
    // A stage's date may end at its last figure: in figures, or a quarter as Q4.
    ["2023年3月底前启动，2023.6.30完成", [2023, 6, 30, "day"]],
    ["2023.3.31启动，6.30完成", [2023, 6, 30, "day"]],
    ["2023年6月底前完成初稿，Q4完成", [2023, 12, 31, "month"]],
  ] as const)("the stages %s end %j", (text, end) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason: "several", stages: true, end: { deadline: true } });
    expect(endOf(text)).toEqual(end);
  });

  it.each([
    // A stage's date that cannot be is said as such; a later stage before an earlier one, or one
    // with no date, is no staged deadline.
    ["2023年23月底前完成初稿，12月底前全面完成", "month"],
    ["2023年6月底前完成初稿，12月32日前完成", "day"],
    ["2024年6月底前完成初稿，2023年3月底前启动", "format"],
    ["2023年6月底前完成初稿，全面推进", "format"],
    ["2023年6月底前完成初稿，第2稿", "format"],
    ["2023.6.30前完成初稿，2023.3.1完成", "format"],
  ])("%s is no staged deadline (%s)", (text, reason) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason });
  });

  it.each([
    [0.4166666666666667, "10:00"],
    [0.75, "18:00"],
    [{ kind: "date", serial: 0.5 } as const, "12:00"],
  ])("a time of day alone (%j) says it has no date", (v, time) => {
    expect(parseDate(v)).toEqual({ ok: false, reason: "time-only", params: { time } });
  });

  it("a text longer than any date and its note is none, and is not searched (a hostile cell)", () => {
    const note = `2023年3月5日（${"线上".repeat(200)}）`;
    expect(parseDate(note)).toMatchObject({ ok: true, d: 5 });
    expect(parseDate(`2023年3月5日（${"线上".repeat(300)}）`)).toEqual({ ok: false, reason: "format" });
    const hostile = ["2" + "年".repeat(32_000) + "，2年", "2023年6月底前完成，".repeat(3_200)];
    for (const text of hostile) expect(parseDate(text)).toEqual({ ok: false, reason: "format" });
  });

  it.each([[12], [-3], [true], [1e9]])("plain value %j is no date", (v) => {
    expect(parseDate(v as number)).toMatchObject({ ok: false, reason: "format" });
  });

  it.each([[null], [""], ["   "], ["\u3000"]])("empty %j is null", (v) => {
    expect(parseDate(v as string)).toBeNull();
  });
});
