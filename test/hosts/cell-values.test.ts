import { describe, expect, it } from "@jest/globals";
import { fromHostValue } from "../../src/hosts/shared/cell-values";

describe("a host cell's value as the core sees it", () => {
  it.each<[unknown, string | null, unknown]>([
    // COM's error Variants (0x800A0000 + xlErr code, signed): what Value2 holds for #N/A, #DIV/0!…
    [-2146826246, null, "#N/A"],
    [-2146826281, null, "#DIV/0!"],
    [-2146826265, "yyyy-mm-dd", "#REF!"],
    [-2146826288, null, "#NULL!"],
    // Numbers anyone could write stay numbers, whatever their size.
    [-2146826000, null, -2146826000],
    [-5, null, -5],
    [44972, "yyyy-mm-dd", { kind: "date", serial: 44972 }],
    // 「2023年1月」 typed into Excel or WPS: the 1st, shown without its day (Office.js gives the code
    // with its locale and text sections, [$-zh-CN]yyyy"年"m"月";@).
    [44927, 'yyyy"年"m"月"', { kind: "date", serial: 44927, precision: "month" }],
    [44927, '[$-zh-CN]yyyy"年"m"月";@', { kind: "date", serial: 44927, precision: "month" }],
    ["#N/A", null, "#N/A"],
    ["", null, null],
    [true, null, true],
  ])("%p (format %p) → %p", (value, format, expected) => {
    expect(fromHostValue(value, format)).toEqual(expected);
  });
});
