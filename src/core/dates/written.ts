/**
 * What people add to a written date that the date itself does not need, taken off before it is
 * read: Chinese numerals (二〇二三年三月五日, as official documents date things), the Chinese full
 * stop an input method gives for a dot (2023。3。5), commas between a year, month and day
 * (2023,2,15; 2023，2，15), 曰 typed for 日 (the two look alike: 2023年2月15曰), and a day of the
 * week (2023年3月5日（星期日）), which is handed back so that it can be checked against the date.
 */

const YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  "○": "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
const SMALL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ANY_NUMERAL = /[〇零○一二三四五六七八九十]/;
/** 二〇二三年: a year digit by digit. */
const CN_YEAR = /([〇零○一二三四五六七八九]{4})(?=年)/;
/** 三月, 十二月, 二十五日, 三十一号: a month or a day with 十. */
const CN_SMALL = /([一二三四五六七八九十]{1,3})(?=[月日号])/g;
/** 元月 at the start or after a year: January. */
const FIRST_MONTH = /(^|年)元月/;
/** 2023。3。5: the full stop between digits. */
const FULL_STOP = /(\d)\s*。\s*(?=\d)/g;
/**
 * 2023,2,15, 2023，2，15 or 2023、2、15: a whole date with commas (or the list's 顿号) for dots (a
 * list of dates has more figures).
 */
const COMMAS = /^(\d{4})\s*[,，、]\s*(\d{1,2})\s*[,，、]\s*(\d{1,2})$/;
/** 15曰, 十五曰: 曰 (to say) typed for 日 (day), after a day's figure. */
const SAY_FOR_DAY = /([\d一二三四五六七八九十])曰/g;
/** （星期日）, (周一), 礼拜三, 周日. */
const WEEKDAY = /[(（]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[)）]?/;

/** The date's text with Arabic digits and dots where it had Chinese numerals and full stops. */
export function writtenDigits(text: string): string {
  let out = text.includes("。") ? text.replace(FULL_STOP, "$1.") : text;
  // Tested before replacing: a replace that finds nothing still costs every date read its time.
  if (out.includes(",") || out.includes("，") || out.includes("、")) out = out.replace(COMMAS, "$1.$2.$3");
  if (out.includes("曰")) out = out.replace(SAY_FOR_DAY, "$1日");
  // 元月 is January (2023年元月5日).
  if (out.includes("元月")) out = out.replace(FIRST_MONTH, (_m: string, before: string) => `${before}1月`);
  if (!ANY_NUMERAL.test(out)) return out;
  out = out.replace(CN_YEAR, (year: string) => [...year].map((c) => YEAR_DIGITS[c]).join(""));
  return out.replace(CN_SMALL, (n: string) => {
    const value = smallNumber(n);
    return value === undefined ? n : String(value);
  });
}

/** 一 … 九, 十, 十一 … 十九, 二十 … 九十九; undefined for anything else (十十, 二二). */
function smallNumber(n: string): number | undefined {
  const [a, b, c] = [...n];
  if (n.length === 1) return a === "十" ? 10 : SMALL[a];
  if (n.length === 2 && a === "十") return b in SMALL ? 10 + SMALL[b] : undefined;
  if (a in SMALL && b === "十") {
    if (c === undefined) return SMALL[a] * 10;
    return c in SMALL ? SMALL[a] * 10 + SMALL[c] : undefined;
  }
  return undefined;
}

/** The text without its day of the week, and that day (0 Sunday … 6 Saturday) when one was written. */
export function takeWeekday(text: string): { readonly rest: string; readonly weekday?: number } {
  const m = WEEKDAY.exec(text);
  if (!m) return { rest: text };
  const weekday = m[1] === "日" || m[1] === "天" ? 0 : "一二三四五六".indexOf(m[1]) + 1;
  return { rest: text.slice(0, m.index) + text.slice(m.index + m[0].length), weekday };
}

/** 日, 一 … 六: how a day of the week (0 Sunday) is written after 星期. */
export const WEEKDAY_NAMES = ["日", "一", "二", "三", "四", "五", "六"] as const;
