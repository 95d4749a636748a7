import { describe, expect, it } from "@jest/globals";
import { dayBeforeHoliday, holidayDay, LUNAR_YEARS } from "../../src/core/dates/holidays";
import { parseDate } from "../../src/core/dates/parse-date";

/** The Chinese calendar's month and day of a Gregorian day, by ICU (as Node ships it). */
const chinese = new Intl.DateTimeFormat("zh-CN-u-ca-chinese", { timeZone: "UTC", month: "numeric", day: "numeric" });
const lunar = (y: number, m: number, d: number) =>
  Object.fromEntries(chinese.formatToParts(new Date(Date.UTC(y, m - 1, d))).map((p) => [p.type, p.value]));

describe("holidays a deadline may be given by", () => {
  // The month ICU gives a leap month is 闰5, not 5: a leap 五月's fifth day is no 端午.
  const LUNAR_DAYS = [
    ["春节", "1", "1"],
    ["新春", "1", "1"],
    ["元宵", "1", "15"],
    ["端午", "5", "5"],
    ["中秋", "8", "15"],
  ] as const;
  it.each(LUNAR_YEARS.flatMap((year) => LUNAR_DAYS.map(([name, month, day]) => [year, name, month, day] as const)))(
    "%i's %s is the Chinese calendar's %s-%s by ICU, and the day before is not",
    (year, name, month, day) => {
      const on = holidayDay(year, name)!;
      expect(on.y).toBe(year);
      expect(lunar(on.y, on.m, on.d)).toMatchObject({ month, day });
      const eve = dayBeforeHoliday(year, name)!;
      expect(lunar(eve.y, eve.m, eve.d)).not.toMatchObject({ month, day });
    },
  );

  it("covers 2020-2040 and no more (a year outside is not guessed)", () => {
    expect(LUNAR_YEARS).toEqual(Array.from({ length: 21 }, (_, i) => 2020 + i));
    for (const name of ["春节", "元宵", "端午", "中秋"]) {
      expect(dayBeforeHoliday(2019, name)).toBeNull();
      expect(dayBeforeHoliday(2041, name)).toBeNull();
    }
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
    ["2023年元宵节前", 2023, 2, 4],
    ["2023年端午节前", 2023, 6, 21],
    ["2023年端午前完成", 2023, 6, 21],
    ["2023年中秋节之前", 2023, 9, 28],
    ["2024年中秋前", 2024, 9, 16],
    // Two holidays together: before the first of them (in 2023, 中秋 on 9-29 and 国庆 on 10-1).
    ["2023年中秋国庆前", 2023, 9, 28],
    ["2023年国庆、中秋双节前", 2023, 9, 28],
    ["2023年中秋节和国庆节之前", 2023, 9, 28],
    ["2024年元旦春节两节前", 2023, 12, 31],
    ["即日起至2023年七一前", 2023, 6, 30],
  ])("%s is a deadline on the day before (%i-%i-%i)", (text, y, m, d) => {
    expect(parseDate(text)).toMatchObject({ ok: true, y, m, d, precision: "day", deadline: true });
  });

  it.each([
    ["七一前", "no-year"],
    ["端午节前", "no-year"],
    ["中秋国庆前", "no-year"],
    ["2023年端午节前后", "format"],
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
