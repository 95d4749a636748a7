/**
 * Word 97-2003 documents (.doc; WPS 文字's .wps is the same format) read as Word tables are read
 * from .docx (read/doc.ts): documents Microsoft Word made (Apache POI's test data) and one
 * LibreOffice made (a return with the plan's forms), then hostile ones. test/lo/word-returns.test.ts
 * compares .doc and .docx of the same returns, as LibreOffice saves both.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { DocProblem, wordSheets } from "../../src/hosts/file/read/doc";
import { floatingPictures } from "../../src/hosts/file/read/doc-drawings";
import { merge } from "../../src/core/merge/merge";
import { summaryModel } from "../../src/core/merge/summary-model";
import { readSheets } from "../../src/core/validate/validate";
import { corrections, correctionText } from "../../src/core/corrections/corrections";
import { FORMS } from "../helpers/sheets";
import { readOutcome } from "../helpers/read-reason";
import { withEnglish } from "../helpers/english";

withEnglish();

const POI = join(__dirname, "../fixtures/third-party/poi");
const poi = (name: string) => readWorkbook(readFileSync(join(POI, name)), name);
const FAGUI = readFileSync(join(__dirname, "../fixtures/word/法规科报送.doc"));
const reason = readOutcome;

describe("Word 97-2003 documents made by Word", () => {
  it("a table of 2 rows and 3 columns between two paragraphs, as Word 97 saved it", () => {
    const { sheets } = poi("simple-table.doc");
    expect(sheets.map((s) => s.name)).toEqual(["Word 表格"]);
    expect(sheets[0].rows).toEqual([
      [
        "This is a Word document that was created using Word 97 – SR2.  It contains a paragraph, a table consisting of 2 rows and 3 columns and a final paragraph.",
      ],
      ["Cell 1,1", "Cell 1,2", "Cell 1,3"],
      ["Cell 2,1", "Cell 2,2", "Cell 2,3"],
      ["This text is below the table."],
    ]);
  });

  it("cells merged across and down are merged areas over the table's grid", () => {
    const { sheets } = poi("table-merges.doc");
    // Cells a merge covers are left empty (holes, as in .docx).
    expect(sheets[0].rows.map((r) => Array.from(r, (v) => v ?? null))).toEqual([
      ["A", null, null, "B"],
      ["C", "D", "E", null, "F"],
      [null, "G", "H", null, "I\nJ"],
      ["K"],
    ]);
    expect(sheets[0].merges).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 2 },
      { r1: 0, c1: 3, r2: 0, c2: 4 },
      { r1: 1, c1: 2, r2: 1, c2: 3 },
      { r1: 2, c1: 2, r2: 2, c2: 3 },
      { r1: 3, c1: 0, r2: 3, c2: 4 },
    ]);
  });

  it("a table inside a cell gives its text to that cell", () => {
    expect(poi("innertable.doc").sheets[0].rows).toEqual([
      ["A", "B", "C"],
      ["D", "E\n1\n2\n3\n4\nF", "G"],
      ["H", "I", "J"],
    ]);
  });

  it("Chinese text, and when the document was last saved (its SummaryInformation)", () => {
    const wb = poi("TestChineseProperties.doc");
    expect(wb.sheets[0].rows[2].slice(0, 2)).toEqual([
      "世界雅虎",
      "亞太：亞洲 - 中國 - 香港 - 台灣 - 新加坡 - 印度 - 日本 - 韓國 - 澳紐",
    ]);
    // The date LibreOffice gives the same document's properties.
    expect(new Date(wb.savedAt!).toISOString()).toBe("2003-11-10T17:26:00.000Z");
  });

  it("text deleted with changes tracked is not read: the document as it reads in the end", () => {
    const text = JSON.stringify(poi("53446.doc").sheets.flatMap((s) => s.rows));
    expect(text).toContain("(Revised September 28, 1999)");
    expect(text).not.toContain("September 1728");
  });

  it("a document with workbooks embedded in it is the document (no table in it), not one of its workbooks", () => {
    expect(reason(() => poi("word_with_embeded.doc"))).toBe("read.kind-word");
  });

  it("a password to open is said as such", () => {
    expect(reason(() => poi("password_password_cryptoapi.doc"))).toBe("read.password");
  });
});

describe("a return filled in inside a .doc (LibreOffice Writer's)", () => {
  it("merges like any return: the forms under the 填报单位 lines, a talker merged down on both rows", () => {
    const wb = readWorkbook(FAGUI, "法规科报送.doc");
    const result = merge([{ file: "法规科报送.doc", sheets: wb.sheets }], { schemas: FORMS });
    expect(Object.fromEntries(result.annexes.map((a) => [a.schema.id, a.units]))).toEqual({
      talks: { 法规科: 3 },
      research: { 宣教科: 1 },
      suggestions: { 法规科: 2 },
    });
    const talks = result.annexes.find((a) => a.schema.id === "talks")!.rows;
    expect(talks.map((r) => [r.values.talker, r.values.talkee])).toEqual([
      ["张三", "李四"],
      ["张三", "赵六"],
      ["钱七", "孙八"],
    ]);
    expect(result.annexes.find((a) => a.schema.id === "suggestions")!.rows[0].values.content).toBe(
      "建议加强理论学习。\n每月组织一次专题学习。",
    );
    expect(result.reconciliation.dropped).toBe(0);
    // The summary's 来源行 names each row as the document has it, not the row of the sheet it is read as.
    expect(talks.map((r) => r.sourcePlace)).toEqual(["第1个表格第2行", "第1个表格第3行", "第1个表格第4行"]);
    const sheet = summaryModel(result).sheets.find((s) => s.name.includes("大谈话"))!;
    const header = sheet.rows.findIndex((r) => r.some((c) => c?.v === "来源行"));
    const column = sheet.rows[header].findIndex((c) => c?.v === "来源行");
    expect(sheet.rows.slice(header + 1, header + 4).map((r) => r[column]?.v)).toEqual([
      "第1个表格第2行",
      "第1个表格第3行",
      "第1个表格第4行",
    ]);
  });

  it("each issue says where its cell is in the document: the table, its row and column", () => {
    const wb = readWorkbook(FAGUI, "法规科报送.doc");
    const talks = readSheets(wb.sheets[0], FORMS)[0];
    const date = talks.issues.find((i) => i.code === "date")!;
    // 2023.2.30: the second talk, in the first table's third row (under the header and the first talk).
    expect([date.cell, date.place, date.value]).toEqual(["G6", "第1个表格第3行第7列", "2023.2.30"]);
    expect(readSheets(wb.sheets[0], FORMS, { locale: "en" })[0].issues.find((i) => i.code === "date")!.place).toBe(
      "table 1, row 3, column 7",
    );
    // The 填报单位 line is a paragraph above the table.
    const noUnit = {
      ...wb.sheets[0],
      rows: wb.sheets[0].rows.map((r) => (r[0] === "填报单位：法规科" ? ["填报单位："] : r)),
    };
    const unit = readSheets(noUnit, FORMS)[0].issues.find((i) => i.code === "unit")!;
    expect(unit.place).toBe("第1个表格上方的文字");
    // 填报单位 left empty above the third table, taken from the others' (all 法规科 here): said at the same place.
    const line = (i: number) => (i === 2 ? "填报单位：" : "填报单位：法规科");
    const sheets = wb.sheets.map((sh, i) => ({
      ...sh,
      rows: sh.rows.map((r) => (String(r[0] ?? "").startsWith("填报单位") ? [line(i)] : r)),
    }));
    const borrowed = merge([{ file: "法规科报送.doc", sheets }], { schemas: FORMS })
      .returns.find((r) => r.annex.id === "suggestions")!
      .reading.issues.find((i) => i.code === "unit")!;
    expect([borrowed.reason, borrowed.place]).toEqual(["from-sheet", "第3个表格上方的文字"]);
    // What a unit is asked to correct names the place, not a cell a Word document has not got.
    const result = merge([{ file: "法规科报送.doc", sheets: wb.sheets }], { schemas: FORMS });
    const text = correctionText(corrections(result)[0]);
    expect(text).toContain("第1个表格第3行第7列（错误）：「2023.2.30」不存在");
    expect(text).not.toContain("G6");
  });

  it.each([".wps", ".dot", ".wpt", ".DOC"])(
    "saved under %s (WPS 文字's name for the same format, a template's) it reads the same",
    (ext) => {
      expect(readWorkbook(FAGUI, `法规科报送${ext}`).sheets).toEqual(readWorkbook(FAGUI, "法规科报送.doc").sheets);
    },
  );

  describe("damaged or not what it says", () => {
    const patched = (at: number, bytes: number[]) => {
      const copy = Uint8Array.from(FAGUI);
      copy.set(bytes, at);
      return copy;
    };
    // Where the WordDocument stream starts: its FIB begins 0xEC 0xA5.
    const fib = FAGUI.findIndex((b, i) => b === 0xec && FAGUI[i + 1] === 0xa5);

    it.each<[string, Uint8Array, string]>([
      ["Word 6/95 (nFib 0x65, before Word 97's piece tables)", patched(fib + 2, [0x65, 0x00]), "read.word-old"],
      ["encrypted (fEncrypted)", patched(fib + 0x0b, [FAGUI[fib + 0x0b] | 0x01]), "read.password"],
      ["cut in half", FAGUI.subarray(0, FAGUI.length >> 1), "read.word-old"],
      ["no compound file at all", new Uint8Array([1, 2, 3, 4]), "read.word-old"],
      ["Word's RTF under a .doc name", new TextEncoder().encode("{\\rtf1\\ansi 附件2}"), "read.word-old"],
      [
        "a web page under a .doc name",
        new TextEncoder().encode("<html><body><table></table></body></html>"),
        "read.word-old",
      ],
    ])("%s: refused with what to do", (_, bytes, key) => {
      expect(reason(() => readWorkbook(bytes, "法规科报送.doc"))).toBe(key);
    });

    describe("a piece table built to hang or exhaust a reader", () => {
      const cfb = new Cfb(FAGUI);
      const word = cfb.stream("WordDocument")!;
      const streams = () => ({
        word: Uint8Array.from(word),
        table: Uint8Array.from(cfb.stream("1Table")!),
        data: null,
      });
      const u32 = (b: Uint8Array, i: number) => new DataView(b.buffer, b.byteOffset).getUint32(i, true);
      const set32 = (b: Uint8Array, i: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(i, v, true);
      // FibRgFcLcb97 after FibBase, csw, fibRgW, cslw, fibRgLw and cbRgFcLcb ([MS-DOC] §2.5.1).
      const blob = 34 + 14 * 2 + 2 + 22 * 4 + 2;
      const clx = u32(word, blob + 33 * 8);
      const why = (s: ReturnType<typeof streams>) => {
        try {
          return wordSheets(s).length ? "read" : "none";
        } catch (e) {
          if (e instanceof DocProblem) return e.why;
          throw e;
        }
      };

      it("as LibreOffice wrote it, the streams read", () => {
        expect(why(streams())).toBe("read");
      });

      it("formatting before the pieces whose size is negative (a loop that would not advance)", () => {
        const s = streams();
        s.table.copyWithin(clx + 3, clx); // room for a Prc before the Pcdt
        s.table.set([0x01, 0xfd, 0xff], clx); // clxt 1, cbGrpprl -3
        expect(why(s)).toBe("damaged");
      });

      it.each([
        ["starting after the first character (the text would be misplaced)", 7, null],
        ["running backwards", 9, 3],
      ])("pieces %s", (_, first, second) => {
        const s = streams();
        set32(s.table, clx + 5, first);
        if (second !== null) set32(s.table, clx + 9, second);
        expect(why(s)).toBe("damaged");
      });

      it("a text length far beyond the document (ccpText 2³¹)", () => {
        const s = streams();
        set32(s.word, 34 + 14 * 2 + 2 + 12, 0x7fffffff);
        expect(["read", "none", "damaged"]).toContain(why(s));
      });
    });

    it("a floating picture's drawing (Word's PngPicture.doc) with each of its bytes flipped in turn: read or refused, never a crash", () => {
      const cfb = new Cfb(readFileSync(join(POI, "PngPicture.doc")));
      const word = cfb.stream("WordDocument")!;
      const table = cfb.stream((word[0x0b] & 0x02) !== 0 ? "1Table" : "0Table")!;
      const u32 = (b: Uint8Array, i: number) => new DataView(b.buffer, b.byteOffset).getUint32(i, true);
      // fcPlcSpaMom (the 41st pair) and fcDggInfo (the 51st) of FibRgFcLcb97 ([MS-DOC] §2.5.6).
      const blob = 34 + 14 * 2 + 2 + 22 * 4 + 2;
      const parts = [40, 50].map((i) => [u32(word, blob + i * 8), u32(word, blob + i * 8 + 4)]);
      expect(parts.every(([, lcb]) => lcb > 0)).toBe(true);
      for (const [fc, lcb] of parts)
        for (let i = fc; i < fc + lcb; i++)
          for (const flip of [0xff, 0x0f]) {
            const bad = Uint8Array.from(table);
            bad[i] ^= flip;
            expect(wordSheets({ word, table: bad, data: cfb.stream("Data") })).toEqual([]);
          }
    });

    it("shapes nested 100,000 groups deep (a stack a reader could overflow): no picture, no crash", () => {
      const header = (verInstance: number, type: number, length: number) => {
        const h = new Uint8Array(8);
        const v = new DataView(h.buffer);
        v.setUint16(0, verInstance, true);
        v.setUint16(2, type, true);
        v.setUint32(4, length, true);
        return [...h];
      };
      // A picture shape: its FSP (shape 1) and its properties, pib (0x0104) among them.
      const fsp = [...header(0x0002, 0xf00a, 8), 1, 0, 0, 0, 0, 0, 0, 0];
      const fopt = [...header(0x0013, 0xf00b, 6), 0x04, 0x01, 1, 0, 0, 0];
      const shape = [...header(0x000f, 0xf004, fsp.length + fopt.length), ...fsp, ...fopt];
      const pictures = (depth: number) => {
        const nested: number[] = [];
        for (let i = 0; i < depth; i++) nested.push(...header(0x000f, 0xf003, (depth - i - 1) * 8 + shape.length));
        const body = [...nested, ...shape];
        const drawings = [...header(0x000f, 0xf000, 0), 0x00, ...header(0x000f, 0xf002, body.length), ...body];
        // PlcSpaMom: one anchor at CP 0 (two CPs), then its FSPA, for shape 1.
        const plc = new Uint8Array(4 + 4 + 26);
        new DataView(plc.buffer).setUint32(8, 1, true);
        const table = Uint8Array.from([...drawings, ...plc]);
        const parts = {
          fcPlcSpaMom: drawings.length,
          lcbPlcSpaMom: plc.length,
          fcDggInfo: 0,
          lcbDggInfo: drawings.length,
        };
        return floatingPictures(table, parts, [0]);
      };
      expect(pictures(3)).toBe(1);
      expect(pictures(100_000)).toBe(0);
    });

    it("every byte of the FIB and piece table flipped in turn: read or refused, never a crash", () => {
      for (let i = fib; i < fib + 0x200; i++) {
        const bad = patched(i, [FAGUI[i] ^ 0xff]);
        expect([
          "read",
          "read.word-old",
          "read.password",
          "read.kind-word",
          "read.too-many-rows",
          "read.too-many-columns",
          "read.too-many-cells",
        ]).toContain(reason(() => readWorkbook(bad, "法规科报送.doc")));
      }
    });
  });
});
