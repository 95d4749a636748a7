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
    ["#N/A", null, "#N/A"],
    ["", null, null],
    [true, null, true],
  ])("%p (format %p) → %p", (value, format, expected) => {
    expect(fromHostValue(value, format)).toEqual(expected);
  });
});
