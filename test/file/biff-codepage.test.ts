/**
 * Excel 5.0/95 workbooks (BIFF5) keep their text in the code page their CODEPAGE record names:
 * GBK on Chinese Windows. The SheetJS build the products bundle gives each byte as a character;
 * the reader decodes them. (Jest loads SheetJS's CommonJS build, which carries code-page tables and
 * decodes by itself: the CLI's test in test/cli/cli.test.ts reads such a file through the bundle.)
 */
import { describe, expect, it } from "@jest/globals";
import { biffCodepage, withCodepage } from "../../src/hosts/file/read/biff-codepage";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { biff5Workbook, compoundStreams } from "../helpers/packages";
import { encodeAs, gbk } from "../helpers/gbk";

/** What a byte-for-character reading of GBK text gives. */
const asBytes = (text: string) => String.fromCharCode(...gbk(text));
const book = (name: string, rows: (string | number)[][]) => ({ sheets: [{ name, rows, merges: [] }] });

describe("withCodepage", () => {
  it("decodes sheet names and text read a byte a character, leaving numbers and ASCII as they are", () => {
    const read = book(asBytes("附件2"), [[asBytes("填报单位：办公室")], [asBytes("谈话人"), "No.", 1]]);
    expect(withCodepage(read, 936)).toEqual(book("附件2", [["填报单位：办公室"], ["谈话人", "No.", 1]]));
  });

  it.each([
    ["text decoded already (SheetJS with its tables)", 936, "填报单位：办公室"],
    ["a Western code page", 1252, "Café"],
    ["no CODEPAGE record", null, asBytes("办公室")],
  ])("leaves %s as it is", (_, codepage, text) => {
    expect(withCodepage(book("S", [[text]]), codepage)).toEqual(book("S", [[text]]));
  });

  it.each([
    [950, "big5", "辦公室"],
    [932, "shift_jis", "事務所"],
  ])("decodes code page %i (%s) too", (codepage, label, text) => {
    const bytes = String.fromCharCode(...encodeAs(label, text));
    expect(withCodepage(book("S", [[bytes]]), codepage).sheets[0].rows[0][0]).toBe(text);
  });
});

describe("biffCodepage", () => {
  it("reads the globals' CODEPAGE record of an Excel 95 workbook", () => {
    const file = biff5Workbook([{ name: "附件2", rows: [["办公室"]] }], 936, gbk);
    expect(biffCodepage(compoundStreams(file).Book)).toBe(936);
  });

  it("is null for a stream without one, and for a damaged stream", () => {
    expect(biffCodepage(new Uint8Array([0x0a, 0x00, 0x00, 0x00]))).toBeNull();
    expect(biffCodepage(new Uint8Array([0x42, 0x00, 0x09]))).toBeNull();
  });
});

describe("an Excel 95 workbook saved on Chinese Windows", () => {
  it("reads as written (LibreOffice reads the file this helper makes the same way)", () => {
    const file = biff5Workbook(
      [{ name: "附件2", rows: [["填报单位：办公室"], ["序号", "谈话人"], [1, "张三"]] }],
      936,
      gbk,
    );
    const read = readWorkbook(file, "办公室.xls");
    expect(read.sheets.map((s) => [s.name, s.rows])).toEqual([
      ["附件2", [["填报单位：办公室"], ["序号", "谈话人"], [1, "张三"]]],
    ]);
  });
});
