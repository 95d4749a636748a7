import { describe, expect, it } from "@jest/globals";
import { readWorkbook, ReadError } from "../../src/hosts/file/read-workbook";
import { decodeText, parseCsv } from "../../src/hosts/file/csv";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";

describe("CSV", () => {
  it("decodes GB18030 (what Chinese-locale Excel saves), UTF-8 with and without BOM", () => {
    const gbk = new Uint8Array([0xb5, 0xa5, 0xce, 0xbb, 0x2c, 0x31]); // 单位,1
    expect(decodeText(gbk)).toBe("单位,1");
    expect(decodeText(new TextEncoder().encode("\uFEFF单位,1"))).toBe("单位,1");
    expect(decodeText(new TextEncoder().encode("单位,1"))).toBe("单位,1");
  });

  it.each([
    ['a,"b,c",d', [["a", "b,c", "d"]]],
    ['"line\nbreak","say ""hi"""', [["line\nbreak", 'say "hi"']]],
    [
      "a;b;c\r\n1;;3",
      [
        ["a", "b", "c"],
        ["1", null, "3"],
      ],
    ],
    [
      "x\ty\n001\t2023/1/5",
      [
        ["x", "y"],
        ["001", "2023/1/5"],
      ],
    ],
    [
      "附件2\n填报单位：办公室\n序号\t谈话人\n1\t张三, 李四",
      [["附件2"], ["填报单位：办公室"], ["序号", "谈话人"], ["1", "张三, 李四"]],
    ],
    ["sep=;\na,b;c", [["a,b", "c"]]],
  ])("parses %j without guessing types", (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe("readWorkbook errors say what is wrong and what to do", () => {
  it.each([
    ["empty.xlsx", new Uint8Array(), "空的"],
    ["fake.xlsx", new TextEncoder().encode("hello"), "纯文本"],
    ["notes.pdf", new Uint8Array([1, 2, 3]), "打印或扫描成的版式文件"],
    ["notes.mp4", new Uint8Array([1, 2, 3]), "不是表格文件（.mp4）"],
    ["法规科.xlsx.lnk", new Uint8Array([0x4c, 0, 0, 0]), "这是快捷方式（.lnk），不是文件本身"],
    ["notes.docx", new Uint8Array([1, 2, 3]), "Word 文档已损坏"],
    ["broken.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "损坏"],
  ])("%s", (name, bytes, text) => {
    expect(() => readWorkbook(bytes, name)).toThrow(ReadError);
    expect(() => readWorkbook(bytes, name)).toThrow(text);
  });

  it("reads the saved time the workbook records", () => {
    const saved = new Date(Date.UTC(2023, 1, 3, 4, 5, 6));
    const bytes = writeSheetsAs([{ name: "s", rows: [["a"]], merges: [] }], "xlsx", saved);
    expect(readWorkbook(bytes, "s.xlsx").savedAt).toBe(saved.getTime());
  });
});
