/**
 * The reader on files of the shapes other programs (and damage) produce: each case is a file
 * built here in that shape (see test/helpers/packages.ts for how and from which specification).
 */
import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, ReadError } from "../../src/hosts/file/read-workbook";
import { cleanCompoundFile, readWithSheetJs } from "../../src/hosts/file/read/sheetjs";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { LIMITS } from "../../src/hosts/file/read/limits";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { fflateInflate, Zip } from "../../src/hosts/file/read/zip";
import { zlibInflate } from "../../src/cli/read/zlib-inflate";
import { demoReturns } from "../../src/app/demo/samples";
import { merge } from "../../src/core/merge/merge";
import { FORMS } from "../helpers/sheets";
import {
  compoundFile,
  compoundStreams,
  declareSize,
  encryptXlsStream,
  loopFatChain,
  odsRow,
  partText,
  patchZip,
  rawOds,
  rawRow,
  rawXlsx,
  htmlPage,
  storedZip,
} from "../helpers/packages";
import { gbk } from "../helpers/gbk";

const SERIAL_2023_02_15 = 44972; // 1900 date system
/** Files made by Excel, from ExcelDataReader's tests (MIT; see the README there). */
const THIRD_PARTY = join(__dirname, "../fixtures/third-party/exceldatareader");
const reason = (bytes: Uint8Array, name: string): string => {
  try {
    readWorkbook(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error(`${name} was read`);
};
const cell = (bytes: Uint8Array, name: string, r: number, c: number) =>
  readWorkbook(bytes, name).sheets[0].rows[r]?.[c] ?? null;
const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
};

describe("the 1904 date system (Mac Excel's option)", () => {
  it("an .xlsx with workbookPr date1904 gives the same day in the 1900 system", () => {
    const bytes = rawXlsx({
      workbookPr: '<workbookPr date1904="1"/>',
      cellXfs: [14],
      sheets: [{ name: "S", data: `<row r="1"><c r="A1" s="1"><v>${SERIAL_2023_02_15 - 1462}</v></c></row>` }],
    });
    expect(readWorkbook(bytes, "mac.xlsx").date1904).toBe(true);
    expect(cell(bytes, "mac.xlsx", 0, 0)).toEqual({ kind: "date", serial: SERIAL_2023_02_15 });
  });

  it("so does a file read by SheetJS (xlsb) with the 1904 flag", () => {
    const ws = XLSX.utils.aoa_to_sheet([[{ t: "n", v: SERIAL_2023_02_15 - 1462, z: "yyyy-mm-dd" }]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "S");
    wb.Workbook = { WBProps: { date1904: true } };
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsb" }) as ArrayBuffer);
    expect(cell(bytes, "mac.xlsb", 0, 0)).toEqual({ kind: "date", serial: SERIAL_2023_02_15 });
  });

  it("the 1900 system is left as it is", () => {
    const bytes = rawXlsx({
      cellXfs: [14],
      sheets: [{ name: "S", data: `<row r="1"><c r="A1" s="1"><v>${SERIAL_2023_02_15}</v></c></row>` }],
    });
    expect(cell(bytes, "pc.xlsx", 0, 0)).toEqual({ kind: "date", serial: SERIAL_2023_02_15 });
  });
});

describe("a month typed into a cell (「2023年1月」: Chinese Excel and WPS keep the 1st, shown without the day)", () => {
  const SERIAL_2023_01_01 = 44927;
  const month = { kind: "date", serial: SERIAL_2023_01_01, precision: "month" };
  const day = { kind: "date", serial: SERIAL_2023_01_01 };
  const xlsx = (numFmts: string, id: number) =>
    rawXlsx({
      numFmts,
      cellXfs: [id],
      sheets: [{ name: "S", data: `<row r="1"><c r="A1" s="1"><v>${SERIAL_2023_01_01}</v></c></row>` }],
    });

  it.each<[string, string, number, object | number]>([
    [
      "a format code yyyy年m月",
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>',
      176,
      month,
    ],
    ["Chinese Excel's built-in 57, no code written", "", 57, month],
    ["built-in 17 (mmm-yy)", "", 17, month],
    ["built-in 31 (yyyy年m月d日): a day", "", 31, day],
    ["built-in 58 (m月d日): a day", "", 58, day],
    ["built-in 32 (h时mm分): a time of day, no date", "", 32, SERIAL_2023_01_01],
    ["built-in 55 (上午/下午h时mm分): a time of day, no date", "", 55, SERIAL_2023_01_01],
  ])("%s: .xlsx", (_, numFmts, id, expected) => {
    expect(cell(xlsx(numFmts, id), "m.xlsx", 0, 0)).toEqual(expected);
  });

  it.each(["xlsb", "xls", "ods"] as const)("and the same through SheetJS (%s)", (bookType) => {
    const ws = XLSX.utils.aoa_to_sheet([
      [
        { t: "n", v: SERIAL_2023_01_01, z: 'yyyy"年"m"月"' },
        { t: "n", v: SERIAL_2023_01_01, z: 'yyyy"年"m"月"d"日"' },
      ],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "S");
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
    expect(readWorkbook(bytes, `m.${bookType}`).sheets[0].rows[0]).toEqual([month, day]);
  });
});

describe("cell text as programs store it", () => {
  it.each([
    ['<c r="A1" t="str"><v>A&amp;B</v></c>', "A&B"],
    ['<c r="A1" t="str"><v>A&amp;amp;B</v></c>', "A&amp;B"],
    ['<c r="A1" t="str"><v>&lt;b&gt;</v></c>', "<b>"],
    ['<c r="A1" t="inlineStr"><is><t>x_x000D_y</t></is></c>', "x\ry"],
    ['<c r="A1" t="inlineStr"><is><r><t>谈话</t></r><r><t>对象</t></r><rPh><t>タイワ</t></rPh></is></c>', "谈话对象"],
    ['<c r="A1" t="b"><v>1</v></c>', true],
    ['<c r="A1" t="e"><v>#N/A</v></c>', "#N/A"],
    ['<c r="A1"><v>1e309</v></c>', "1e309"],
    ['<c r="A1" s="1"><v>NaN</v></c>', "NaN"],
    ['<c r="A1" t="d"><v>2023-02-15T00:00:00Z</v></c>', { kind: "date", serial: SERIAL_2023_02_15 }],
    ['<c r="A1" t="d"><v>2023-02-15T12:00:00</v></c>', { kind: "date", serial: SERIAL_2023_02_15 + 0.5 }],
    ['<c r="A1" t="d"><v>18:00:00</v></c>', { kind: "date", serial: 0.75 }],
    ['<c r="A1" t="d"><v>1900-01-01</v></c>', { kind: "date", serial: 1 }],
    ['<c r="A1" t="str"><v>第一行\r\n第二行</v></c>', "第一行\n第二行"],
    ['<c r="A1" t="inlineStr"><is><t>a\rb&#13;c</t></is></c>', "a\nb\rc"],
    // A formula saved without its result (as Python's openpyxl writes it): nothing, not 0,
    // not the first shared string, not 1899-12-31.
    ['<c r="A1"><f>ROW()-4</f><v></v></c>', null],
    ['<c r="A1" s="1"><f>DATE(2023,3,1)</f><v></v></c>', null],
    ['<c r="A1" t="s"><f>A2</f><v></v></c>', null],
    ['<c r="A1" t="b"><f>TRUE()</f><v> </v></c>', null],
    // CDATA sections, as some generators write text (calamine's inlineStr_cdata.xlsx): taken as
    // they are, entities outside them decoded.
    ['<c r="A1" t="inlineStr"><is><t><![CDATA[A & <B>]]></t></is></c>', "A & <B>"],
    ['<c r="A1" t="inlineStr"><is><t>x&amp;<![CDATA[&amp;]]>y</t></is></c>', "x&&amp;y"],
    ['<c r="A1" t="str"><v><![CDATA[谈心谈话]]></v></c>', "谈心谈话"],
    ['<c r="A1"><v><![CDATA[42]]></v></c>', 42],
    ['<c r="A1" s="1"><v><![CDATA[44972]]></v></c>', { kind: "date", serial: SERIAL_2023_02_15 }],
    ['<c r="A1" t="inlineStr"><is><t><![CDATA[]]></t></is></c>', null],
  ])("%s reads as %j (entities decoded once; numbers no program can hold kept as text)", (xml, value) => {
    const bytes = rawXlsx({ cellXfs: [14], sheets: [{ name: "S", data: `<row r="1">${xml}</row>` }] });
    expect(cell(bytes, "t.xlsx", 0, 0)).toEqual(value);
  });

  it("lists the formulas saved without a result (openpyxl's <f>…</f><v></v>), and only those", () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "S",
          data:
            '<row r="1"><c r="A1"><f>ROW()-4</f><v></v></c><c r="B1" s="1"><f>DATE(2023,1,5)</f></c>' +
            // An empty text result (Excel writes t="str"), a calculated one, a shared formula's follower.
            '<c r="C1" t="str"><f>IF(1,"","")</f><v></v></c><c r="D1"><f>1+1</f><v>2</v></c><c r="E1"><f t="shared" si="0"/></c></row>' +
            // A row where only a formula stands is still a row.
            '<row r="3"><c r="G3"><f>A1&amp;"科"</f></c></row>',
        },
      ],
    });
    const [sheet] = readWorkbook(bytes, "t.xlsx").sheets;
    expect(sheet.uncalculated).toEqual([
      { r: 0, c: 0, formula: "=ROW()-4" },
      { r: 0, c: 1, formula: "=DATE(2023,1,5)" },
      { r: 0, c: 4, formula: "" },
      { r: 2, c: 6, formula: '=A1&"科"' },
    ]);
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[0][3]).toBe(2);
  });

  it("reads the Huibiao tag of each sheet from its sheet-scoped name", () => {
    const bytes = rawXlsx({
      sheets: [
        { name: "A", data: rawRow(1, ["x"]) },
        { name: "B", data: rawRow(1, ["y"]) },
      ],
      definedNames: '<definedName name="HUIBIAO_ANNEX" localSheetId="1" hidden="1">"huibiao:summary@1"</definedName>',
    });
    const wb = readWorkbook(bytes, "t.xlsx");
    expect(wb.sheets.map((s) => s.tag)).toEqual([undefined, { annex: "summary", version: 1 }]);
  });
});

describe("hidden sheets (ECMA-376 18.2.19 state)", () => {
  const bytes = rawXlsx({
    sheets: [
      { name: "可见", data: rawRow(1, ["x"]) },
      { name: "隐藏", data: rawRow(1, ["y"]), state: "hidden" },
      { name: "深度隐藏", data: rawRow(1, ["z"]), state: "veryHidden" },
    ],
  });

  it("are marked by the .xlsx reader, and only they", () => {
    expect(readWorkbook(bytes, "t.xlsx").sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["可见", undefined],
      ["隐藏", true],
      ["深度隐藏", true],
    ]);
  });

  it("are marked alike by SheetJS (the reader for .xls, .ods and what the scanner declines)", () => {
    expect(readWithSheetJs(bytes).sheets.map((s) => s.hidden)).toEqual([undefined, true, true]);
  });
});

describe("hidden rows (ECMA-376 18.3.1.73 row@hidden, an xsd:boolean)", () => {
  const talk = (r: number, attrs: string) => rawRow(r, [r, "张三"]).replace(`<row r="${r}"`, `<row r="${r}"${attrs}`);
  const bytes = rawXlsx({
    sheets: [
      {
        name: "附件2",
        data:
          rawRow(1, ["序号", "谈话人"]) +
          talk(2, ' hidden="1"') +
          talk(3, ' hidden="0"') +
          talk(4, ' hidden="true" outlineLevel="1"') +
          talk(5, ' hidden="false"') +
          talk(6, "") +
          // Hidden rows past the last one holding anything (a template's spare rows folded away).
          '<row r="9" hidden="1"/><row r="1000" hidden="1"/>',
      },
      { name: "无隐藏", data: rawRow(1, ["x"]) },
    ],
  });

  it("are listed by the .xlsx reader: those written 1 or true, up to the last row read", () => {
    const [sheet, other] = readWorkbook(bytes, "t.xlsx").sheets;
    expect(sheet.hiddenRows).toEqual([1, 3]);
    expect(sheet.rows.map((r) => r[1])).toEqual(["谈话人", "张三", "张三", "张三", "张三", "张三"]);
    expect(other).not.toHaveProperty("hiddenRows");
  });

  it.each([
    ["xlsb", "t.xlsb"],
    ["xlml", "t.xml"],
  ] as const)("are read from SheetJS's !rows for .%s (SheetJS writes them; Excel 2003's XML too)", (bookType, name) => {
    const ws = XLSX.utils.aoa_to_sheet([
      ["序号", "谈话人"],
      [1, "张三"],
      [2, "李四"],
      [3, "王五"],
    ]);
    ws["!rows"] = [{}, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "附件2");
    const bytes = new Uint8Array(XLSX.write(wb, { bookType, type: "array" }) as ArrayBuffer);
    expect(readWorkbook(bytes, name).sheets[0].hiddenRows).toEqual([2]);
  });

  it("are not read by SheetJS from an .xlsx without its cellStyles option (so the reader reads its own)", () => {
    expect(readWithSheetJs(bytes).sheets.map((s) => s.hiddenRows)).toEqual([undefined, undefined]);
  });
});

describe("packages as other programs lay them out", () => {
  const book = rawXlsx({ sheets: [{ name: "S", data: rawRow(1, ["序号", "谈话人"]) + rawRow(2, [1, "张三"]) }] });

  it("relationships with a namespace prefix (ns0:Relationship, as Python writers make them)", () => {
    const rels = partText(book, "xl/_rels/workbook.xml.rels")
      .replace(/<Relationships /, "<ns0:Relationships ")
      .replace(/xmlns="/, 'xmlns:ns0="')
      .replace(/<Relationship /g, "<ns0:Relationship ")
      .replace("</Relationships>", "</ns0:Relationships>");
    const bytes = patchZip(book, "xl/_rels/workbook.xml.rels", rels);
    expect(readWorkbook(bytes, "ns0.xlsx").sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it("the sheet's relationship id under another prefix (ns2:id)", () => {
    const wb = partText(book, "xl/workbook.xml")
      .replace('xmlns:r="', 'xmlns:ns2="')
      .replace(/ r:id="/g, ' ns2:id="');
    expect(readWorkbook(patchZip(book, "xl/workbook.xml", wb), "ns2.xlsx").sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it.each([
    ["whose relationships are damaged (calamine's issue252.xlsx)", '<Relationships><Relationship Id="rId1" Typehttp>'],
    ["whose relationships lack the sheet", null],
  ])("a sheet %s is found by its usual name, never read as empty", (_, rels) => {
    const bytes = patchZip(book, "xl/_rels/workbook.xml.rels", rels);
    expect(readWorkbook(bytes, "r.xlsx").sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it("shared strings in Excel 2007 beta's shape (<sstItem>, Apache POI's sample-beta.xlsx) are read, not lost", () => {
    const rows = [
      ["序号", "谈话人"],
      [1, "张三"],
    ];
    const shared = writeSheetsAs([{ name: "S", rows, merges: [] }], "xlsx");
    const beta = partText(shared, "xl/sharedStrings.xml").replace(/<(\/?)si>/g, "<$1sstItem>");
    expect(beta).toContain("<sstItem>");
    expect(readWorkbook(patchZip(shared, "xl/sharedStrings.xml", beta), "beta.xlsx").sheets[0].rows).toEqual(rows);
  });

  it.each([
    ["inside an item's tag (<si at the part's end)", (sst: string) => sst.replace("</sst>", "<si")],
    ["inside a run's tag (<t  with no >)", (sst: string) => sst.replace("</sst>", "<si><t>a</t><t </si></sst>")],
  ])("shared strings cut off %s: those before the cut are read, and the reading ends", (_, cut) => {
    // A damaged entry inflates to a part that stops anywhere (a winmail.dat's object fuzzed: the
    // list restarted at its first item and grew until V8 aborted the process).
    const rows = [
      ["序号", "谈话人"],
      [1, "张三"],
    ];
    const shared = writeSheetsAs([{ name: "S", rows, merges: [] }], "xlsx");
    const damaged = patchZip(shared, "xl/sharedStrings.xml", cut(partText(shared, "xl/sharedStrings.xml")));
    expect(readWorkbook(damaged, "cut.xlsx").sheets[0].rows).toEqual(rows);
  });

  it("a sheet whose part is missing: the file is said to be damaged, naming the sheet, not read with that sheet empty", () => {
    // Read as empty beside the others, its rows were lost without a word: the overview then said
    // the unit had not sent that annex, where the unit had and the file was damaged.
    const two = rawXlsx({
      sheets: [
        { name: "A", data: rawRow(1, ["序号", "谈话人"]) + rawRow(2, [1, "张三"]) },
        { name: "B", data: rawRow(1, ["x"]) },
      ],
    });
    expect(reason(patchZip(two, "xl/worksheets/sheet2.xml", null), "m.xlsx")).toBe(
      "工作表「B」已损坏，读不出其中的内容（.xlsx）：请对方用 WPS 或 Excel 打开，检查这张工作表后另存为 .xlsx 再发送",
    );
  });

  it.each([
    ["under one name", "xl/worksheets/sheet1.xml"],
    ["under names that differ in case only", "xl/worksheets/Sheet1.xml"],
  ])("a package holding a part twice %s (Apache POI's duplicate-filename.xlsx) is refused as damaged", (_, second) => {
    const other = rawXlsx({ sheets: [{ name: "S", data: rawRow(1, ["序号", "谈话人"]) + rawRow(2, [2, "李四"]) }] });
    const parts = Object.entries(unzipSync(book));
    const bytes = storedZip([...parts, [second, unzipSync(other)["xl/worksheets/sheet1.xml"]]]);
    // Which of the two did the sender's program show? Excel refuses such a package too.
    expect(reason(bytes, "dup.xlsx")).toContain("已损坏");
  });

  it("the zip those packages are checked with reads whole when no part is there twice", () => {
    expect(readWorkbook(storedZip(Object.entries(unzipSync(book))), "s.xlsx").sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it("a sheet whose elements carry a prefix (x:worksheet, x:c) is left to SheetJS, never read as empty", () => {
    const sheet = partText(book, "xl/worksheets/sheet1.xml")
      .replace(/<(\/?)(worksheet|sheetData|row|c|is|t|v)\b/g, "<$1x:$2")
      .replace('xmlns="', 'xmlns:x="');
    const rows = readWorkbook(patchZip(book, "xl/worksheets/sheet1.xml", sheet), "x.xlsx").sheets[0].rows;
    expect(rows[1]).toEqual([1, "张三"]);
  });
});

describe("files judged by their content, not their name", () => {
  const sheet = {
    name: "附件2",
    rows: [
      ["序号", "谈话人"],
      [1, "张三"],
    ],
    merges: [],
  };

  it.each(["xls", "ods", "xlsx"] as const)("a real .%s renamed .xlsx (or .xls) is read", (format) => {
    const bytes = writeSheetsAs([sheet], format);
    for (const name of ["renamed.xlsx", "renamed.xls"])
      expect(readWorkbook(bytes, name).sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it.each([
    ["xlsb", "t.xlsb"],
    ["xlml", "t.xml"],
    ["fods", "t.fods"],
    ["biff5", "t.xls"],
  ] as const)("SheetJS reads %s (%s) in the folder merge too", (bookType, name) => {
    const wb = XLSX.utils.book_new();
    // BIFF5 holds text in the workbook's code page: SheetJS writes it in Latin-1 only.
    const rows = [
      ["No", "Name"],
      [1, "Zhang"],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "S");
    const bytes = XLSX.write(wb, { type: "array", bookType });
    const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : new Uint8Array(bytes as ArrayBuffer);
    expect(readWorkbook(data, name).sheets[0].rows[1]).toEqual([1, "Zhang"]);
  });

  it("tab-separated .tsv", () => {
    const bytes = new TextEncoder().encode("序号\t谈话人\n1\t张三\n");
    expect(readWorkbook(bytes, "t.tsv").sheets[0].rows[1]).toEqual(["1", "张三"]);
  });

  it.each([
    ["an encrypted .xlsx (EncryptionInfo + EncryptedPackage)", "secret.xlsx", "打开密码"],
    ["the same renamed .xls", "secret.xls", "打开密码"],
  ])("%s names the open password and how to remove it", (_, name, words) => {
    const bytes = compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000) });
    const why = reason(bytes, name);
    expect(why).toContain(words);
    expect(why).toContain("请对方");
  });

  it("an .ods saved with a password (its parts encrypted) is refused, saying how to remove it", () => {
    const ods = rawOds("S", odsRow(["序号"]));
    const manifest = partText(ods, "META-INF/manifest.xml").replace(
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry>',
    );
    expect(reason(patchZip(ods, "META-INF/manifest.xml", manifest), "secret.ods")).toContain("打开密码");
  });

  it("an .xls with a password to open is refused, saying how to remove it", () => {
    const streams = compoundStreams(writeSheetsAs([sheet], "xls"));
    const bytes = compoundFile({ ...streams, Workbook: encryptXlsStream(streams.Workbook, "机密123") });
    const why = reason(bytes, "protected.xls");
    expect(why).toContain("打开密码");
    expect(why).toContain("请对方");
  });

  it("an .xls encrypted with Excel's built-in password (a protected workbook) is read, as Excel and WPS read it", () => {
    const streams = compoundStreams(writeSheetsAs([sheet], "xls"));
    const bytes = compoundFile({ ...streams, Workbook: encryptXlsStream(streams.Workbook, "VelvetSweatshop") });
    expect(readWorkbook(bytes, "protected.xls").sheets[0].rows).toEqual(sheet.rows);
  });

  it.each([
    ["protectedsheet-xxx.xls", [["x"], [1.4]]],
    [
      "TestExcel_2040.xls",
      [
        ["Name", "Id", "Education"],
        ["Kathiravan", 100, "M.S"],
      ],
    ],
  ])("Excel's own %s, encrypted with the built-in password, reads as LibreOffice reads it", (file, rows) => {
    const bytes = readFileSync(join(THIRD_PARTY, file));
    expect(readWorkbook(bytes, file).sheets[0].rows.slice(0, rows.length)).toEqual(rows);
  });

  it("ExcelDataReader's Test_git_issue_382_oom.xls (SheetJS runs out of memory on it) is refused at once", () => {
    const file = "Test_git_issue_382_oom.xls";
    const [why, ms] = timed(() => reason(readFileSync(join(THIRD_PARTY, file)), file));
    expect(why).toContain("损坏");
    expect(ms).toBeLessThan(2_000);
  });

  it("an .xls with a stray entry named encryption but no FilePass is read (LibreOffice opens it too)", () => {
    const streams = compoundStreams(writeSheetsAs([sheet], "xls"));
    const bytes = compoundFile({ ...streams, encryption: new Uint8Array(16) });
    expect(readWorkbook(bytes, "plain.xls").sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it.each([
    ["a Word document", compoundFile({ WordDocument: new Uint8Array(600) }), "r.xls", "文字文档"],
    ["a PowerPoint file", compoundFile({ "PowerPoint Document": new Uint8Array(600) }), "r.xls", "演示文稿"],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n%…"), "r.xlsx", "PDF"],
    ["a web page without a table", new TextEncoder().encode("<html><body><p>通知</p></body></html>"), "r.xls", "网页"],
    ["other XML", new TextEncoder().encode('<?xml version="1.0"?><config/>'), "r.xml", "XML"],
    ["an archive", rawArchive(), "r.xlsx", "压缩包"],
    ["Apple Numbers", rawArchive("Index/Document.iwa"), "r.numbers", "Numbers"],
    ["Apple Numbers renamed", rawArchive("Index/Document.iwa"), "r.xlsx", "Numbers"],
  ])("%s is named for what it is", (_, bytes, name, words) => {
    expect(reason(bytes, name)).toContain(words);
  });
});

describe("web pages under a workbook's name (OA systems' 导出Excel; Excel keeps such a file a web page when it saves it)", () => {
  const page = (table: string, charset = "utf-8") =>
    `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body>${table}</body></html>`;
  const form =
    '<table border="1"><tr><td colspan="3">填报单位：法规科</td></tr>' +
    "<tr><td>序号</td><td>谈话人</td><td>谈话时间</td></tr>" +
    '<tr><td>1</td><td rowspan="2">张三</td><td>2023年2月15日</td></tr>' +
    "<tr><td>2</td><td>2023年3月1日</td></tr></table>";
  const rows = [
    ["填报单位：法规科"],
    ["序号", "谈话人", "谈话时间"],
    [1, "张三", "2023年2月15日"],
    [2, null, "2023年3月1日"],
  ];
  const merges = [
    { r1: 0, c1: 0, r2: 0, c2: 2 },
    { r1: 2, c1: 1, r2: 3, c2: 1 },
  ];

  it("its table is read, colspan and rowspan as merged cells", () => {
    const read = readWorkbook(new TextEncoder().encode(page(form)), "法规科.xls");
    expect(read.sheets.map((s) => [s.rows, s.merges])).toEqual([[rows, merges]]);
  });

  it.each(["法规科.htm", "法规科.html"])("saved as a web page under its own name (%s) too", (name) => {
    expect(readWorkbook(new TextEncoder().encode(page(form)), name).sheets[0].rows).toEqual(rows);
  });

  it("in GBK, as Chinese systems write it (charset=gb2312)", () => {
    const read = readWorkbook(gbk(page(form, "gb2312")), "法规科.xls");
    expect(read.sheets[0].rows).toEqual(rows);
  });

  it("each table a sheet; Excel's cell attributes (x:num) and line breaks as Excel reads them", () => {
    const excel =
      '<table><tr><td x:num="44972">2023/2/15</td><td x:num>12</td><td>第一行<br>第二行</td><td>&lt;b&gt; &amp;</td></tr></table>' +
      "<p>第二张</p><table><tr><td>b</td></tr></table>";
    const read = readWorkbook(new TextEncoder().encode(page(excel)), "导出.xls");
    expect(read.sheets.map((s) => s.rows)).toEqual([
      [[{ kind: "date", serial: SERIAL_2023_02_15 }, 12, "第一行\n第二行", "<b> &"]],
      [["b"]],
    ]);
  });

  it("a demo return exported as a web page merges to the same rows as the return itself", () => {
    const { files } = demoReturns();
    const f = files.find((x) => x.sheets.length > 1)!;
    const asPage = readWorkbook(new TextEncoder().encode(htmlPage(f.sheets)), f.name.replace(/\.\w+$/, ".xls"));
    const asBook = readWorkbook(writeSheetsAs(f.sheets, "xlsx"), f.name.replace(/\.\w+$/, ".xlsx"));
    const rows = (sheets: typeof asBook.sheets) =>
      merge([{ file: "r", sheets }], { schemas: FORMS }).annexes.map((a) => ({
        annex: a.schema.id,
        rows: a.rows.map((r) => r.values),
      }));
    expect(asPage.sheets).toHaveLength(f.sheets.length);
    expect(rows(asPage.sheets)).toEqual(rows(asBook.sheets));
    expect(rows(asBook.sheets).flatMap((a) => a.rows).length).toBeGreaterThan(3);
  });

  it("a damaged page (a table never closed) is read as far as it goes or refused with a reason, never a crash", () => {
    const bytes = new TextEncoder().encode(page("<table>" + "<tr><td>".repeat(5000) + "x"));
    try {
      expect(readWorkbook(bytes, "坏.xls").sheets.length).toBeGreaterThan(0);
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
    }
  });
});

describe("limits, checked while reading", () => {
  it("a file over the size limit is refused before it is parsed", () => {
    const bytes = new Uint8Array(LIMITS.fileBytes + 1);
    bytes.set([0x50, 0x4b, 3, 4]);
    const why = reason(bytes, "huge.xlsx");
    expect(why).toContain(`${LIMITS.fileBytes / 1024 / 1024} MB`);
  });

  it("a part declaring more than the limit unpacked is refused before it is inflated (zip bomb)", () => {
    const book = rawXlsx({ sheets: [{ name: "S", data: rawRow(1, ["x"]) }] });
    const bomb = declareSize(book, "xl/worksheets/sheet1.xml", LIMITS.partBytes + 1);
    expect(reason(bomb, "bomb.xlsx")).toContain("解压后超过");
  });

  it("a part whose declared size is a few bytes off (as some writers make them) is read", () => {
    const book = rawXlsx({ sheets: [{ name: "S", data: rawRow(1, ["序号", "谈话人"]) + rawRow(2, [1, "张三"]) }] });
    const off = declareSize(
      book,
      "xl/_rels/workbook.xml.rels",
      partText(book, "xl/_rels/workbook.xml.rels").length - 2,
    );
    expect(readWorkbook(off, "off.xlsx").sheets[0].rows[1]).toEqual([1, "张三"]);
  });

  it.each([
    ["fflate", fflateInflate],
    ["zlib", zlibInflate],
  ])("a part that lies about its size is stopped as soon as it passes the limit while unpacking (%s)", (_, inflate) => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(4 * 1024 * 1024) });
    const lying = declareSize(bomb, "xl/worksheets/sheet1.xml", 1000);
    const zip = new Zip(lying, inflate, { partBytes: 1024 * 1024, packageBytes: 8 * 1024 * 1024 });
    expect(() => zip.read("xl/worksheets/sheet1.xml")).toThrow(expect.objectContaining({ kind: "too-large" }));
    const total = new Zip(lying, inflate, { partBytes: 8 * 1024 * 1024, packageBytes: 2 * 1024 * 1024 });
    expect(() => total.read("xl/worksheets/sheet1.xml")).toThrow(expect.objectContaining({ kind: "too-large" }));
  });

  it.each([
    ["fflate", fflateInflate],
    ["zlib", zlibInflate],
  ])(
    "a part whose bytes are not the ones written (its CRC-32 differs) is damage, not a value to merge (%s)",
    (_, inflate) => {
      // Stored, so that one changed byte still reads: 张三 becomes 张四 (a bit lost on a disk or in a
      // download). Read, the wrong name would be merged without a word.
      const book = rawXlsx({ sheets: [{ name: "S", data: rawRow(1, ["序号", "谈话人"]) + rawRow(2, [1, "张三"]) }] });
      const stored = storedZip(Object.entries(unzipSync(book)));
      expect(readWorkbook(stored, "s.xlsx", { inflate }).sheets[0].rows[1]).toEqual([1, "张三"]);
      const at = Buffer.from(stored).indexOf(Buffer.from("张三"));
      const damaged = stored.slice();
      damaged.set(Buffer.from("张四"), at);
      expect(() => readWorkbook(damaged, "s.xlsx", { inflate })).toThrow(/已损坏/);
      // The same inside a deflated part (its CRC recorded wrong stands for data that inflates to other bytes).
      const crcAt = Buffer.from(book).lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46 + 16;
      const wrongCrc = book.slice();
      wrongCrc[crcAt] ^= 1;
      expect(() => readWorkbook(wrongCrc, "s.xlsx", { inflate })).toThrow(/已损坏/);
    },
  );

  it("one value at XFD1048576 is kept aside (a stray entry), the sheet read at once", () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "S",
          data:
            rawRow(1, ["序号", "谈话人"]) +
            rawRow(1048576, []).replace("</row>", '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'),
        },
      ],
    });
    const [sheet, ms] = timed(() => readWorkbook(bytes, "far.xlsx").sheets[0]);
    expect(sheet.rows[0]).toEqual(["序号", "谈话人"]);
    expect(sheet.rows.every((row) => row.length <= 2)).toBe(true);
    expect(sheet.beyond).toEqual([{ r: 1048575, c: 16383, value: "x" }]);
    expect(ms).toBeLessThan(5_000);
  });

  it("more values far to the right than a stray entry or two are refused, with the column named", () => {
    const far = Array.from({ length: LIMITS.farCells + 1 }, (_, i) => `<c r="XFD${i + 1}"><v>1</v></c>`);
    const data = far.map((c, i) => `<row r="${i + 1}">${c}</row>`).join("");
    expect(reason(rawXlsx({ sheets: [{ name: "S", data }] }), "far.xlsx")).toContain("16384");
  });

  // (An .xls has 256 columns at most: never beyond the limit.)
  it.each(["xlsb", "ods"] as const)(
    "a stray value far to the right is kept aside through SheetJS too (%s)",
    (bookType) => {
      const ws = XLSX.utils.aoa_to_sheet([["序号", "谈话人"]]);
      ws["ANA3"] = { t: "s", v: "备注" };
      ws["!ref"] = "A1:ANA3";
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, "S");
      const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
      const sheet = readWorkbook(bytes, `far.${bookType}`).sheets[0];
      expect(sheet.rows[0]).toEqual(["序号", "谈话人"]);
      expect(sheet.beyond).toEqual([{ r: 2, c: XLSX.utils.decode_col("ANA"), value: "备注" }]);
    },
  );

  it("a value in the last row is read; the rows between cost nothing", () => {
    const bytes = rawXlsx({ sheets: [{ name: "S", data: rawRow(1, ["a"]) + rawRow(1048576, ["z"]) }] });
    const rows = readWorkbook(bytes, "tall.xlsx").sheets[0].rows;
    expect(rows.length).toBe(1048576);
    expect(rows[1048575]).toEqual(["z"]);
  });

  it("a million declared, empty rows read as nothing", () => {
    const data = Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"/>`).join("");
    const rows = readWorkbook(rawXlsx({ sheets: [{ name: "S", data }] }), "rows.xlsx").sheets[0].rows;
    expect(rows.length).toBe(0);
  });

  it("more filled rows than the limit are refused, with the sheet named", () => {
    const data = Array.from(
      { length: LIMITS.rows + 1 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    ).join("");
    expect(reason(rawXlsx({ sheets: [{ name: "数据", data }] }), "rows.xlsx")).toContain("「数据」");
  });

  it("a cell reference past the sheet's last column is damage, not a hang", () => {
    const bytes = rawXlsx({ sheets: [{ name: "S", data: '<row r="1"><c r="ZZZZ99999999"><v>1</v></c></row>' }] });
    expect(reason(bytes, "absurd.xlsx")).toContain("损坏");
  });

  it("an .ods row with content repeated 2,147,483,647 times is refused before it is expanded", () => {
    const bytes = rawOds("S", odsRow(["a"], 2_147_483_647));
    const [why, ms] = timed(() => reason(bytes, "repeat.ods"));
    expect(why).toMatch(/损坏|上限/);
    expect(ms).toBeLessThan(5_000);
  });

  it("an .ods cell repeated across 16,384 columns with content is refused", () => {
    expect(reason(rawOds("S", odsRow(["a"], 1, 16_384)), "wide.ods")).toContain("列");
  });

  it("empty repeated rows and columns, as LibreOffice writes them after the data, read fine", () => {
    const trailing =
      '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
    const bytes = rawOds("S", odsRow(["序号", "谈话人"]) + odsRow(["1", "张三"]) + trailing);
    expect(readWorkbook(bytes, "lo.ods").sheets[0].rows.slice(0, 2)).toEqual([
      ["序号", "谈话人"],
      ["1", "张三"],
    ]);
  });

  it("an .xls whose FAT chain loops back on itself is refused at once, as damaged", () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i, `张三${i}`]);
    const bytes = loopFatChain(writeSheetsAs([{ name: "S", rows, merges: [] }], "xls"), "Workbook");
    const [why, ms] = timed(() => reason(bytes, "loop.xls"));
    expect(why).toMatch(/损坏|无法读取/);
    expect(ms).toBeLessThan(5_000);
  });

  it("an .xls whose first record's type is garbled (SheetJS finds no sheet in it) is said to be damaged, not to hold no form", () => {
    const xls = readFileSync(join(__dirname, "../fixtures/programs/libreoffice-附件2.xls"));
    const workbook = new Cfb(new Uint8Array(xls)).stream("Workbook")!.slice();
    expect(new DataView(workbook.buffer).getUint16(0, true)).toBe(0x0809); // BOF, BIFF8
    new DataView(workbook.buffer).setUint16(0, 0x8000, true);
    expect(reason(cleanCompoundFile({ Workbook: workbook }), "bof.xls")).toBe(
      "文件已损坏，或不是受支持的表格格式（.xls）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
    );
  });

  it("an .xls declaring two billion FAT sectors is read by the sectors it has", () => {
    const bytes = writeSheetsAs([{ name: "S", rows: [["序号"], [1]], merges: [] }], "xls").slice();
    new DataView(bytes.buffer).setUint32(44, 0x7fffffff, true); // csectFat
    expect(readWorkbook(bytes, "fat.xls").sheets[0].rows).toEqual([["序号"], [1]]);
  });

  it("a CSV with more columns than the limit is refused", () => {
    const bytes = new TextEncoder().encode(Array.from({ length: LIMITS.columns + 1 }, () => "x").join(","));
    expect(reason(bytes, "wide.csv")).toContain("列");
  });
});

function rawArchive(entry = "readme.txt"): Uint8Array {
  const files: Record<string, Uint8Array> = { [entry]: new TextEncoder().encode("hello") };
  return zipSync(files);
}
