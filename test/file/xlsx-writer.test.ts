import { describe, expect, it } from "@jest/globals";
import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32 } from "../../src/hosts/file/crc32";
import { unzipSync, strFromU8 } from "fflate";
import { nameOrder, writeXlsx } from "../../src/hosts/file/xlsx/write-xlsx";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { buildTemplates } from "../../src/core/template/build-template";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import type { WorkbookModel } from "../../src/core/workbook/model";

const model: WorkbookModel = {
  sheets: [
    {
      name: "数据",
      rows: [
        [{ v: "标题", s: "title" }],
        [{ v: "=SUM(A1:A9)", s: "cell" }, { v: "+86 123" }, { v: "@user" }, { v: "-1+2" }],
        [{ v: 42 }, { v: { kind: "date", serial: 44931 }, s: "date" }, { v: true }, { v: 'a & <b> "c"\u0001' }],
      ],
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }],
      widths: [10, 12, 8, 8],
      freezeRows: 1,
      printTitleRows: [0, 0],
      landscape: true,
      tag: { annex: "talks", version: 1 },
    },
  ],
  names: [],
};

describe("the xlsx writer", () => {
  it("writes values that read back the same, dates as date cells", () => {
    const wb = readWorkbook(writeXlsx(model), "m.xlsx");
    expect(wb.sheets[0].name).toBe("数据");
    expect(wb.sheets[0].rows[2]).toEqual([42, { kind: "date", serial: 44931 }, true, 'a & <b> "c"']);
    expect(wb.sheets[0].merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
  });

  it("writes text that looks like a formula as text, never as a formula", () => {
    const bytes = writeXlsx(model);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(sheet).not.toContain("<f>");
    expect(readWorkbook(bytes, "m.xlsx").sheets[0].rows[1]).toEqual(["=SUM(A1:A9)", "+86 123", "@user", "-1+2"]);
  });

  it("writes freeze panes, print titles, A4 landscape and the annex tag", () => {
    const files = unzipSync(writeXlsx(model));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const book = strFromU8(files["xl/workbook.xml"]);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('paperSize="9" orientation="landscape"');
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'数据'!$1:$1</definedName>`);
    expect(book).toContain(
      '<definedName name="HUIBIAO_ANNEX" localSheetId="0" hidden="1">&quot;huibiao:talks@1&quot;</definedName>',
    );
  });

  it("gives the same bytes for the same model", () => {
    const m = buildTemplates(BUILTIN_ANNEXES);
    expect(Buffer.from(writeXlsx(m)).equals(Buffer.from(writeXlsx(m)))).toBe(true);
  });

  it("writes the template's dropdown from a named list and date validation", () => {
    const files = unzipSync(writeXlsx(buildTemplates(BUILTIN_ANNEXES)));
    const talks = strFromU8(files["xl/worksheets/sheet2.xml"]);
    expect(talks).toMatch(
      /<dataValidation type="list" errorStyle="warning"[^>]*sqref="I5:I14"><formula1>HB_talks_type<\/formula1>/,
    );
    expect(talks).toMatch(/<dataValidation type="date" errorStyle="stop" operator="between"[^>]*sqref="G5:G14">/);
    expect(strFromU8(files["xl/workbook.xml"])).toContain(
      `<definedName name="HB_talks_type">_lists!$A$1:$A$4</definedName>`,
    );
  });
});

describe("streamed summaries", () => {
  it("a summary written from streamed rows is byte for byte the one written from held rows, with either compressor", async () => {
    const { merge } = await import("../../src/core/merge/merge");
    const { summaryFileModel, summaryModel } = await import("../../src/core/merge/summary-model");
    const { returnSheet } = await import("../../src/app/demo/return-sheet");
    const { random, talkRows } = await import("../../src/app/demo/samples");
    const { nodeCompressor } = await import("../../src/cli/node-compressor");
    const { FORMS, schema } = await import("../helpers/sheets");
    const rnd = random(5);
    const returns = Array.from({ length: 40 }, (_, i) => ({
      file: `${i}.xlsx`,
      sheets: [returnSheet(schema("talks"), talkRows(rnd, `单位${i}`, 500), { unit: `单位${i}` })],
    }));
    const result = merge(returns, { schemas: FORMS });
    for (const compressor of [undefined, nodeCompressor]) {
      const held = writeXlsx(summaryModel(result), compressor);
      const streamed = writeXlsx(summaryFileModel(result), compressor);
      expect(Buffer.from(streamed).equals(Buffer.from(held))).toBe(true);
      const back = readWorkbook(streamed, "s.xlsx");
      expect(back.sheets[2].rows.length).toBe(3 + 20_000);
      expect(back.sheets[2].rows[20_002][9]).toBe(summaryModel(result).sheets[2].rows[20_002][9]?.v);
    }
  });
});

describe("defined names in order without a collator", () => {
  it("orders names as localeCompare(…, 'en') does", () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const chars = "_.0129AaBbHhXxZz";
    const name = () =>
      Array.from({ length: Math.floor(rnd() * 6) }, () => chars[Math.floor(rnd() * chars.length)]).join("");
    const fixed = ["_xlnm._FilterDatabase", "_xlnm.Print_Titles", "HUIBIAO_ANNEX", "谈话类型", "List_1", "list_1"];
    for (let n = 0; n < 20_000; n++) {
      const [a, b] = n < 36 ? [fixed[n % 6], fixed[Math.floor(n / 6)]] : [name(), name()];
      expect([a, b, Math.sign(nameOrder(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b, "en"))]);
    }
  });
});

describe("the zip writer's CRC-32 (eight bytes a step)", () => {
  it.each([0, 1, 7, 8, 9, 15, 16, 17, 1000, 65_537])("equals zlib's on %i bytes, whole and continued", (length) => {
    const data = Uint8Array.from({ length }, (_, i) => (i * 131 + (i >> 3) * 7) & 0xff);
    const third = Math.floor(length / 3);
    expect(crc32(data)).toBe(zlibCrc32(data));
    expect(crc32(data.subarray(third), crc32(data.subarray(0, third)))).toBe(zlibCrc32(data));
  });
});
