/**
 * Forms sent as pictures of themselves (a screenshot pasted into a workbook or a Word document, a
 * photo sent as it is): nothing to read, and said to be why, instead of "no form found".
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { merge } from "../../src/core/merge/merge";
import { FORMS } from "../helpers/sheets";
import { readOutcome } from "../helpers/read-reason";
import { rawRow, rawXlsx } from "../helpers/packages";

const reason = readOutcome;

describe("a form sent as a picture of itself", () => {
  const PICTURES = join(__dirname, "../fixtures/pictures");
  const mergeReason = (name: string) => {
    const wb = readWorkbook(readFileSync(join(PICTURES, name)), name);
    return merge([{ file: name, sheets: wb.sheets }], { schemas: FORMS }).rejected[0]?.reason;
  };

  it("pasted into a workbook (openpyxl's pictures on a sheet): the pictures are why nothing was found", () => {
    const wb = readWorkbook(readFileSync(join(PICTURES, "截图报送.xlsx")), "截图报送.xlsx");
    expect(wb.sheets[0].pictures).toBe(2);
    expect(mergeReason("截图报送.xlsx")).toBe(
      "没有找到任何一张附件表格，文件中有 2 张图片（截图或照片？）：图片里的内容无法读取，请对方在下发的模板中直接填写文字后重新发送",
    );
  });

  it.each([
    // LibreOffice's .xls of the file above: the pictures as BIFF8 drawing objects.
    ["pictures/截图报送.xls", [2], 2],
    // Excel's own: four pictures on the first of three sheets (Apache POI's test data).
    ["third-party/poi/SimpleWithImages.xls", [4, undefined, undefined], 4],
  ])("pasted into an .xls (%s): counted on their sheet, and said as why", (path, counts, total) => {
    const name = path.split("/").pop()!;
    const wb = readWorkbook(readFileSync(join(__dirname, "../fixtures", path)), name);
    expect(wb.sheets.map((s) => s.pictures)).toEqual(counts);
    const rejected = merge([{ file: name, sheets: wb.sheets }], { schemas: FORMS }).rejected;
    expect(rejected.map((r) => r.why.key)).toEqual(["merge.no-annex-pictures"]);
    expect(rejected[0].reason).toContain(`${total} 张图片`);
  });

  it("pasted into a Word document without a table", () => {
    expect(reason(() => readWorkbook(readFileSync(join(PICTURES, "截图报送.docx")), "截图报送.docx"))).toBe(
      "read.word-pictures",
    );
  });

  describe("pictures placed in cells (WPS 表格's 嵌入单元格: =DISPIMG, the picture in xl/cellimages.xml; Excel's Place in Cell)", () => {
    // The cell as WPS writes it: a formula WPS alone knows and its saved value, the same text.
    const pictureCell = (ref: string, id: string) =>
      `<c r="${ref}" t="str"><f>_xlfn.DISPIMG(&quot;${id}&quot;,1)</f><v>=DISPIMG(&quot;${id}&quot;,1)</v></c>`;

    it("a sheet holding only such pictures: no form, and the pictures said as why", () => {
      const bytes = rawXlsx({
        sheets: [{ name: "Sheet1", data: `<row r="1">${pictureCell("A1", "ID_1")}${pictureCell("B1", "ID_2")}</row>` }],
      });
      const wb = readWorkbook(bytes, "截图.xlsx");
      expect(wb.sheets[0].pictures).toBe(2);
      const rejected = merge([{ file: "截图.xlsx", sheets: wb.sheets }], { schemas: FORMS }).rejected;
      expect(rejected.map((r) => r.why.key)).toEqual(["merge.no-annex-pictures"]);
      expect(rejected[0].reason).toContain("2 张图片");
    });

    it("Excel's Place in Cell (an error cell with value metadata): read as 「［图片］」, not as #VALUE!", () => {
      const data = `${rawRow(1, ["说明"])}<row r="2"><c r="A2" t="e" vm="1"><v>#VALUE!</v></c><c r="B2" t="e"><v>#VALUE!</v></c></row>`;
      const wb = readWorkbook(rawXlsx({ sheets: [{ name: "Sheet1", data }] }), "截图.xlsx");
      // The second is a formula's error as any: kept as the error.
      expect(wb.sheets[0].rows[1]).toEqual(["［图片］", "#VALUE!"]);
      expect(wb.sheets[0].pictures).toBe(1);
    });

    it("in a form's cell: read as 「［图片］」, not as the formula's text", () => {
      const data = [
        rawRow(1, ["序号", "办实事事项", "具体内容", "牵头部门", "分管领导"]),
        rawRow(2, [1, "更新办公设备", null, "办公室", "王局长"]).replace(
          "</row>",
          `${pictureCell("C2", "ID_7")}</row>`,
        ),
      ].join("");
      const wb = readWorkbook(rawXlsx({ sheets: [{ name: "附件5", data }] }), "办公室.xlsx");
      expect(wb.sheets[0].rows[1]).toEqual([1, "更新办公设备", "［图片］", "办公室", "王局长"]);
      expect(wb.sheets[0].pictures).toBe(1);
    });
  });

  it.each([
    // LibreOffice's .doc of the .docx above: the picture in line with the text.
    ["pictures/截图报送.doc", 1],
    // Word's own (Apache POI's test data): two pictures in line; one floating in front of the text.
    ["third-party/poi/two_images.doc", 2],
    ["third-party/poi/PngPicture.doc", 1],
  ])("pasted into a Word 97-2003 document without a table (%s): said with how many", (path, count) => {
    const name = path.split("/").pop()!;
    const read = () => readWorkbook(readFileSync(join(__dirname, "../fixtures", path)), name);
    expect(reason(read)).toBe("read.word-pictures");
    expect(() => read()).toThrow(`只有 ${count} 张图片`);
  });

  it.each([
    // A logo in the page header is no screenshot of a form: a document without a table, as before.
    ["third-party/poi/header_image.doc", "read.kind-word"],
    // Workbooks embedded in the text (EMBED fields) are shown by their pictures: not screenshots either.
    ["third-party/poi/word_with_embeded.doc", "read.kind-word"],
  ])("pictures that are no form (%s) are not counted", (path, key) => {
    const name = path.split("/").pop()!;
    expect(reason(() => readWorkbook(readFileSync(join(__dirname, "../fixtures", path)), name))).toBe(key);
  });

  it.each([".png", ".jpg", ".heic"])("sent as a picture file (%s)", (ext) => {
    expect(reason(() => readWorkbook(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), `办公室${ext}`))).toBe(
      "read.kind-image",
    );
  });

  it("a sheet without pictures has no count (both readers give equal sheets)", () => {
    const wb = readWorkbook(readFileSync(join(__dirname, "../fixtures/word/法规科报送.doc")), "法规科报送.doc");
    expect("pictures" in wb.sheets[0]).toBe(false);
  });
});
