/**
 * Which number formats show a date: the hosts (Excel's numberFormat, WPS's NumberFormat) and the
 * .xlsx scanner (styles.xml's formatCode) read a number, and only a date format makes it a date.
 * Format codes as programs write them: Excel, Chinese Excel and WPS (G/通用格式, [DBNum1]),
 * LibreOffice (GENERAL, upper-case date codes); from SheetJS's and Apache POI's test files.
 */
import { describe, expect, it } from "@jest/globals";
import { dateFormatKind } from "../../src/hosts/shared/number-format";

describe("dateFormatKind", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yy",
    'yyyy"年"m"月"d"日"',
    "yyyy年m月d日",
    "yyyy/m/d h:mm",
    "d-mmm",
    'm"月"d"日"',
    "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy",
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    "[$-804]yyyy年m月d日",
    "YYYY-MM-DD",
    "[Red]yyyy-mm-dd;[Blue]General",
  ])("%s shows a day", (format) => expect(dateFormatKind(format)).toBe("day"));

  // 「2023年1月」 typed into a cell of Chinese Excel or WPS becomes 2023-01-01 shown so.
  it.each(['yyyy"年"m"月"', "yyyy年m月", '[DBNum1][$-804]yyyy"年"m"月"', "mmm-yy", "yyyy-mm", "YYMM", "yyyy/m"])(
    "%s shows a year and a month, no day",
    (format) => expect(dateFormatKind(format)).toBe("month"),
  );

  it.each([
    "General",
    "GENERAL",
    "general",
    "G/通用格式",
    "@",
    "0",
    "0.00",
    "#,##0",
    "0%",
    "0.00E+00",
    "# ?/?",
    '0"人"',
    '0"次"',
    '0"个月"',
    '"￥"#,##0.00;"￥"\\-#,##0.00',
    '_-\\$* #,##0.0_ ;_-\\$* \\-#,##0.0\\ ;_-\\$* "-"?_ ;_-@_ ',
    "[DBNum1][$-804]General",
    "[DBNum2][$-804]G/通用格式",
    "[Red][<=-25]General;[Blue][>=25]General;[Green]General;[Yellow]General",
    "[Red][=50]General;[Blue]000",
    "[Red][<>50]General;[Blue]000",
    "h:mm:ss",
    "[hh]:mm:ss",
  ])("%s does not", (format) => expect(dateFormatKind(format)).toBeNull());
});
