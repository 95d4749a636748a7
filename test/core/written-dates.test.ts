import { describe, expect, it } from "@jest/globals";
import { takeWeekday, writtenDigits } from "../../src/core/dates/written";

describe("writtenDigits: Chinese numerals and full stops become digits and dots", () => {
  it.each([
    ["二〇二三年三月五日", "2023年3月5日"],
    ["二零二四年十二月三十一日", "2024年12月31日"],
    ["2023年十月十日", "2023年10月10日"],
    ["2023年二月二十九日", "2023年2月29日"],
    ["2023年三月二十号", "2023年3月20号"],
    ["2023。3。5", "2023.3.5"],
    ["2023 。 3 。 5", "2023.3.5"],
    // Left as they are: numerals not before 年/月/日/号, and 十 in impossible places.
    ["第三季度", "第三季度"],
    ["2023年十十日", "2023年十十日"],
    ["三年", "三年"],
    ["完成。", "完成。"],
  ])("%s → %s", (text, expected) => {
    expect(writtenDigits(text)).toBe(expected);
  });
});

describe("takeWeekday: the day of the week is taken off and returned (0 Sunday)", () => {
  it.each([
    ["2023年3月5日（星期日）", "2023年3月5日", 0],
    ["2023年3月5日(周天)", "2023年3月5日", 0],
    ["2023/3/6 周一", "2023/3/6", 1],
    ["礼拜六 2023.3.11", "2023.3.11", 6],
    ["2023-03-05", "2023-03-05", undefined],
  ])("%s", (text, rest, weekday) => {
    expect(takeWeekday(text)).toEqual(weekday === undefined ? { rest } : { rest, weekday });
  });
});
