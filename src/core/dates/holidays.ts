/**
 * Deadlines given by a holiday, as plans and notices give them (2023年七一前, 2023年国庆节前,
 * 2023年春节前): the day before it. The fixed-date holidays by their day; the Spring Festival
 * (春节, 新春: 正月初一) by the Chinese calendar, for the years listed here.
 */
import { serialToYmd, ymdToSerial, type Ymd } from "./serial";

/** A holiday's name as written, and its month and day (those of a fixed date). */
const FIXED: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1],
  五一: [5, 1],
  劳动节: [5, 1],
  五一劳动节: [5, 1],
  七一: [7, 1],
  建党节: [7, 1],
  八一: [8, 1],
  建军节: [8, 1],
  国庆: [10, 1],
  国庆节: [10, 1],
  十一: [10, 1],
};

/**
 * 正月初一 of each year, 2020-2040: taken from ICU's Chinese calendar (`Intl.DateTimeFormat` with
 * `ca-chinese`, as Node ships it) and checked against it by test/core/holidays.test.ts. A table,
 * not Intl at run time: the pane in WPS runs on an older browser whose Intl may lack the calendar.
 */
const SPRING_FESTIVAL: Readonly<Record<number, readonly [number, number]>> = {
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 7],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 2],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
  2036: [1, 28],
  2037: [2, 15],
  2038: [2, 4],
  2039: [1, 24],
  2040: [2, 12],
};

/** The years whose Spring Festival is known here. */
export const SPRING_FESTIVAL_YEARS = Object.keys(SPRING_FESTIVAL).map(Number);

/** The holiday words a deadline may name (longest first, so that 五一劳动节 is not read as 五一). */
export const HOLIDAY_NAMES = [...Object.keys(FIXED), "春节", "新春"].sort((a, b) => b.length - a.length);

/** The day before the holiday in that year (the last day "before" it), or null when its day is not known. */
export function dayBeforeHoliday(year: number, name: string): Ymd | null {
  const day = FIXED[name] ?? (name === "春节" || name === "新春" ? SPRING_FESTIVAL[year] : undefined);
  if (!day) return null;
  return serialToYmd(ymdToSerial({ y: year, m: day[0], d: day[1] }) - 1);
}
