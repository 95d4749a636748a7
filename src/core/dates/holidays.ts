/**
 * Deadlines given by a holiday, as plans and notices give them (2023年七一前, 2023年国庆节前,
 * 2023年春节前, 2023年端午节前): the day before it. The fixed-date holidays by their day; those of
 * the Chinese calendar (春节 and 新春: 正月初一; 元宵: 正月十五; 端午: 五月初五; 中秋: 八月十五) by
 * its days, for the years listed here.
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

/** 五月初五 (端午) of each year, 2020-2040: from ICU's Chinese calendar, checked as SPRING_FESTIVAL is. */
const DRAGON_BOAT: Readonly<Record<number, readonly [number, number]>> = {
  2020: [6, 25],
  2021: [6, 14],
  2022: [6, 3],
  2023: [6, 22],
  2024: [6, 10],
  2025: [5, 31],
  2026: [6, 19],
  2027: [6, 9],
  2028: [5, 28],
  2029: [6, 16],
  2030: [6, 5],
  2031: [6, 24],
  2032: [6, 12],
  2033: [6, 1],
  2034: [6, 20],
  2035: [6, 10],
  2036: [5, 30],
  2037: [6, 18],
  2038: [6, 7],
  2039: [5, 27],
  2040: [6, 14],
};

/** 八月十五 (中秋) of each year, 2020-2040: from ICU's Chinese calendar, checked as SPRING_FESTIVAL is. */
const MID_AUTUMN: Readonly<Record<number, readonly [number, number]>> = {
  2020: [10, 1],
  2021: [9, 21],
  2022: [9, 10],
  2023: [9, 29],
  2024: [9, 17],
  2025: [10, 6],
  2026: [9, 25],
  2027: [9, 15],
  2028: [10, 3],
  2029: [9, 22],
  2030: [9, 12],
  2031: [10, 1],
  2032: [9, 19],
  2033: [9, 8],
  2034: [9, 27],
  2035: [9, 16],
  2036: [10, 4],
  2037: [9, 24],
  2038: [9, 13],
  2039: [10, 2],
  2040: [9, 20],
};

/** The holidays of the Chinese calendar by the names written: the table of their days, and days after that day. */
const LUNAR: Readonly<Record<string, readonly [Readonly<Record<number, readonly [number, number]>>, number]>> = {
  春节: [SPRING_FESTIVAL, 0],
  新春: [SPRING_FESTIVAL, 0],
  元宵: [SPRING_FESTIVAL, 14],
  端午: [DRAGON_BOAT, 0],
  中秋: [MID_AUTUMN, 0],
};

/** The years whose days of the Chinese calendar's holidays are known here (all three tables'). */
export const LUNAR_YEARS = Object.keys(SPRING_FESTIVAL).map(Number);

/** The holiday words a deadline may name (longest first, so that 五一劳动节 is not read as 五一). */
export const HOLIDAY_NAMES = [...Object.keys(FIXED), ...Object.keys(LUNAR)].sort((a, b) => b.length - a.length);

/** The holiday's day in that year, or null when it is not known (a holiday of the Chinese calendar outside 2020-2040). */
export function holidayDay(year: number, name: string): Ymd | null {
  const fixed = FIXED[name];
  if (fixed) return { y: year, m: fixed[0], d: fixed[1] };
  const lunar = LUNAR[name];
  const day = lunar?.[0][year];
  if (!lunar || !day) return null;
  return serialToYmd(ymdToSerial({ y: year, m: day[0], d: day[1] }) + lunar[1]);
}

/** The day before the holiday in that year (the last day "before" it), or null when its day is not known. */
export function dayBeforeHoliday(year: number, name: string): Ymd | null {
  const day = holidayDay(year, name);
  return day ? serialToYmd(ymdToSerial(day) - 1) : null;
}
