/**
 * The pane's first download (dist/taskpane.js, built by `npm run build` before the tests): within
 * issue 14's budget, and without the parts fetched only when needed (SheetJS and the workbook
 * reader, the workbook checks, template insertion). `npm run bench` prints the same size.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "@jest/globals";
import { EN } from "../../src/core/i18n/en";

const MAIN = resolve("dist/taskpane.js");
const BUDGET_KB = 200;

describe("the pane's main bundle", () => {
  const code = () => {
    if (!existsSync(MAIN)) throw new Error("dist/taskpane.js is missing: run npm run build first");
    return readFileSync(MAIN);
  };

  it(`is at most ${BUDGET_KB} KB gzip`, () => {
    expect(gzipSync(code()).length / 1024).toBeLessThanOrEqual(BUDGET_KB);
  });

  it("carries neither SheetJS nor the workbook reader (fetched when files are read)", () => {
    const text = code().toString("utf8");
    expect(text).not.toContain("SheetJS");
    expect(text).not.toContain("needs SheetJS");
  });

  it("carries no English: its catalog is a chunk of its own, fetched when English is chosen", () => {
    const english = EN.mergeDone;
    expect(code().toString("utf8")).not.toContain(english);
    expect(readFileSync(resolve("dist/en.js"), "utf8")).toContain(english);
  });
});
