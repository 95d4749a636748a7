import { describe, expect, it } from "@jest/globals";
import { dayBeforeHoliday, SPRING_FESTIVAL_YEARS } from "../../src/core/dates/holidays";
import { parseDate } from "../../src/core/dates/parse-date";

/** The Chinese calendar's month and day of a Gregorian day, by ICU (as Node ships it). */
const chinese = new Intl.DateTimeFormat("zh-CN-u-ca-chinese", { timeZone: "UTC", month: "numeric", day: "numeric" });
const lunar = (y: number, m: number, d: number) =>
  Object.fromEntries(chinese.formatToParts(new Date(Date.UTC(y, m - 1, d))).map((p) => [p.type, p.value]));

describe("holidays a deadline may be given by", () => {
  it.each(SPRING_FESTIVAL_YEARS)("the Spring Festival of %i is 正月初一 by ICU's Chinese calendar", (year) => {
    const eve = dayBeforeHoliday(year, "春节")!;
    const next = new Date(Date.UTC(eve.y, eve.m - 1, eve.d + 1));
    expect(lunar(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())).toMatchObject({
      month: "1",
      day: "1",
    });
    expect(lunar(eve.y, eve.m, eve.d).month).not.toBe("1");
  });

  it("covers 2020-2040 and no more (a year outside is not guessed)", () => {
    expect(SPRING_FESTIVAL_YEARS).toEqual(Array.from({ length: 21 }, (_, i) => 2020 + i));
    expect(dayBeforeHoliday(2019, "春节")).toBeNull();
  });

  it.each([
    ["2023年七一前", 2023, 6, 30],
    ["2023年建党节前完成", 2023, 6, 30],
    ["2023年国庆节前", 2023, 9, 30],
    ["2023年十一前", 2023, 9, 30],
    ["2023年五一劳动节之前", 2023, 4, 30],
    ["2023年八一前", 2023, 7, 31],
    ["2023年元旦前", 2022, 12, 31],
    ["2023年春节前", 2023, 1, 21],
    ["2024年新春之前", 2024, 2, 9],
    ["即日起至2023年七一前", 2023, 6, 30],
  ])("%s is a deadline on the day before (%i-%i-%i)", (text, y, m, d) => {
    expect(parseDate(text)).toMatchObject({ ok: true, y, m, d, precision: "day", deadline: true });
  });

  it.each([
    ["七一前", "no-year"],
    ["新春之前", "no-year"],
    ["2019年春节前", "format"],
    ["2023年七一", "format"],
  ])("%s is not one (%s)", (text, reason) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason });
  });

  it("a month named 十一 is still a month (2023年十一月前)", () => {
    expect(parseDate("2023年十一月前")).toMatchObject({ ok: true, m: 11, precision: "month" });
  });
});
