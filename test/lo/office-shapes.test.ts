/**
 * Forms in the shapes offices send, saved by a real spreadsheet program: LibreOffice opens each
 * file we build and saves it as .xlsx, .xls and .ods; the reader and the merge must give the same
 * answer for every one (the 1904 date system, a two-row header, 附件3's column split in two, an old
 * copy of the form in a hidden sheet).
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { convert } from "../helpers/soffice";
import { escape, rawRow, rawXlsx, talksXlsx } from "../helpers/packages";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { merge } from "../../src/core/merge/merge";
import type { CellRange, CellValue } from "../../src/core/sheet/types";
import { FORMS, TALKS_HEADER } from "../helpers/sheets";

const dir = mkdtempSync(join(tmpdir(), "huibiao-lo-shapes-"));
const SERIAL_2023_02_15 = 44972;
const FORMATS = ["xlsx", "xls", "ods"] as const;

/** Each source file converted by LibreOffice into each format: name → bytes. */
const saved: Record<string, Uint8Array> = {};

function talksTwoRow(): { rows: CellValue[][]; merges: CellRange[] } {
  return {
    rows: [
      ["学习宣传贯彻党的二十大精神·大谈话统计表"],
      ["填报单位（盖章）：法规科"],
      ["序号", "谈话人", null, "谈话对象", null, "记录人", "谈话时间", "谈话地点", "谈话内容类型"],
      [null, "姓名", "单位及职务", "姓名", "单位及职务"],
      [1, "张三", "办公室主任", "李四", "法规科科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
    ],
    merges: [
      { r1: 2, c1: 1, r2: 2, c2: 2 },
      { r1: 2, c1: 3, r2: 2, c2: 4 },
      ...[0, 5, 6, 7, 8].map((c) => ({ r1: 2, c1: c, r2: 3, c2: c })),
    ],
  };
}

beforeAll(() => {
  const src = join(dir, "src");
  mkdirSync(src);
  // A Mac-Excel workbook: 1904 date system, the talk on 2023-02-15 stored as 43510.
  const header = [...TALKS_HEADER];
  const dateRow = rawRow(4, [1, "张三", "主任", "李四", "科员", "王五", null, "会议室", "谈心谈话"]).replace(
    "</row>",
    `<c r="G4" s="1"><v>${SERIAL_2023_02_15 - 1462}</v></c></row>`,
  );
  writeFileSync(
    join(src, "mac1904.xlsx"),
    rawXlsx({
      workbookPr: '<workbookPr date1904="1"/>',
      cellXfs: [14],
      sheets: [
        {
          name: "附件2",
          data:
            rawRow(1, ["学习宣传贯彻党的二十大精神·大谈话统计表"]) +
            rawRow(2, ["填报单位：办公室"]) +
            rawRow(3, header) +
            dateRow,
        },
      ],
    }),
  );
  const two = talksTwoRow();
  writeFileSync(join(src, "tworow.xlsx"), writeSheetsAs([{ name: "附件2", ...two }], "xlsx"));
  writeFileSync(
    join(src, "split.xlsx"),
    writeSheetsAs(
      [
        {
          name: "附件3",
          rows: [
            ["学习宣传贯彻党的二十大精神·大调研课题申报表"],
            ["填报单位：宣教科"],
            ["序号", "课题名称", "调研目的", "调研安排", "牵头领导", "牵头部门、参与部门"],
            [1, "课题", "目的", "安排", "王局长", "宣教科、办公室"],
          ],
          merges: [],
        },
      ],
      "xlsx",
    ),
  );
  // 附件2 as sent, and last month's copy of it in a sheet the unit hid (Excel's 隐藏).
  const talks = (unit: string, day: string, talkee: string) =>
    rawRow(1, ["学习宣传贯彻党的二十大精神·大谈话统计表"]) +
    rawRow(2, [`填报单位：${unit}`]) +
    rawRow(3, [...TALKS_HEADER]) +
    rawRow(4, [1, "张三", "主任", talkee, "科员", "王五", day, "会议室", "谈心谈话"]);
  writeFileSync(
    join(src, "hidden.xlsx"),
    rawXlsx({
      sheets: [
        { name: "附件2", data: talks("法规科", "2023-03-01", "李四") },
        { name: "附件2 (旧)", data: talks("法规科", "2023-02-01", "赵六"), state: "hidden" },
      ],
    }),
  );
  const officeTalks = (rows: string) => talksXlsx(rows);
  // Formulas that fail (a VLOOKUP that finds nothing, 1/0, NA()), saved without results: LibreOffice
  // calculates them and saves each format's own error value.
  const formula = (at: string, f: string) => `<c r="${at}"><f>${escape(f)}</f></c>`;
  writeFileSync(
    join(src, "errors.xlsx"),
    officeTalks(
      rawRow(4, [1, "张三", "主任", null, "科员", "王五", null, "会议室", "谈心谈话"]).replace(
        "</row>",
        formula("D4", 'VLOOKUP("李四",Z1:Z2,1,FALSE)') + formula("G4", "1/0") + "</row>",
      ) +
        rawRow(5, [2, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室"]).replace(
          "</row>",
          formula("I5", "NA()") + "</row>",
        ),
    ),
  );
  // A stray entry typed far to the right of the form (XFD4), beside the talk.
  writeFileSync(
    join(src, "far.xlsx"),
    officeTalks(
      rawRow(4, [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"]).replace(
        "</row>",
        '<c r="XFD4" t="inlineStr"><is><t>已核对</t></is></c></row>',
      ),
    ),
  );
  // Rows the unit hid (row 5, by hand) and folded (row 7, an outline group), under an autofilter.
  const talkRow = (r: number, talkee: string, attrs = "") =>
    rawRow(r, [r - 3, "张三", "主任", talkee, "科员", "王五", "2023-02-15", "会议室", "谈心谈话"]).replace(
      `<row r="${r}"`,
      `<row r="${r}"${attrs}`,
    );
  writeFileSync(
    join(src, "hiddenrows.xlsx"),
    talksXlsx(
      talkRow(4, "李四") +
        talkRow(5, "赵六", ' hidden="1"') +
        talkRow(6, "钱七") +
        talkRow(7, "孙八", ' hidden="1" outlineLevel="1"') +
        talkRow(8, "周九", ' collapsed="1"'),
      { after: '<autoFilter ref="A3:I8"/>' },
    ),
  );
  // A unit's screenshots pasted into a sheet (openpyxl's file): LibreOffice keeps the pictures.
  copyFileSync(join(__dirname, "../fixtures/pictures/截图报送.xlsx"), join(src, "pictures.xlsx"));
  const sources = ["mac1904", "tworow", "split", "hidden", "hiddenrows", "errors", "pictures", "far"].map((n) =>
    join(src, `${n}.xlsx`),
  );
  for (const format of FORMATS) {
    const out = join(dir, format);
    mkdirSync(out);
    for (const file of convert(sources, format, out)) saved[`${basename(file)}`] = readFileSync(file);
  }
}, 300_000);

describe("what LibreOffice saves, read as the original", () => {
  it.each(FORMATS)("the 1904 workbook as .%s: the talk is still on 2023-02-15", (format) => {
    const name = `mac1904.${format}`;
    const sheet = readWorkbook(saved[name], name).sheets[0];
    const date = sheet.rows[3][6];
    // LibreOffice may keep the 1904 system (the reader moves it) or convert it: the day is the same.
    expect(date).toEqual({ kind: "date", serial: SERIAL_2023_02_15 });
  });

  it.each(FORMATS)("the two-row header as .%s: both 单位及职务 columns filled in the summary", (format) => {
    const name = `tworow.${format}`;
    const result = merge([{ file: name, sheets: readWorkbook(saved[name], name).sheets }], { schemas: FORMS });
    const row = result.annexes[0].rows[0];
    expect([row.unit, row.values.talkerPost, row.values.talkeePost]).toEqual(["法规科", "办公室主任", "法规科科员"]);
    expect(result.annexes[0].extraHeaders).toEqual([]);
  });

  it.each(FORMATS)("the hidden old copy as .%s: read and merged, with a warning that names it", (format) => {
    const name = `hidden.${format}`;
    const sheets = readWorkbook(saved[name], name).sheets;
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["附件2", false],
      ["附件2 (旧)", true],
    ]);
    const result = merge([{ file: name, sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => r.values.talkee)).toEqual(["李四", "赵六"]);
    const warnings = result.returns.flatMap((r) => r.reading.issues).filter((i) => i.code === "sheet");
    expect(warnings.map((i) => [i.severity, i.cell, i.message])).toEqual([
      [
        "warning",
        "A3",
        "工作表「附件2 (旧)」是隐藏的，打开文件时看不到，其中 1 行也会被汇总；如是旧表或草稿，请删除后重新报送",
      ],
    ]);
    expect(result.status[0].warnings).toBe(1);
  });

  it.each(FORMATS)("rows hidden and folded as .%s: all merged, each hidden one said at its row", (format) => {
    const name = `hiddenrows.${format}`;
    const sheets = readWorkbook(saved[name], name).sheets;
    expect(sheets[0].hiddenRows).toEqual([4, 6]);
    const result = merge([{ file: name, sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => r.values.talkee)).toEqual(["李四", "赵六", "钱七", "孙八", "周九"]);
    const said = result.returns.flatMap((r) => r.reading.issues).filter((i) => i.code === "row");
    expect(said.map((i) => [i.severity, i.reason, i.cell])).toEqual([
      ["warning", "hidden", "A5"],
      ["warning", "hidden", "A7"],
    ]);
    expect(result.status[0].warnings).toBe(2);
  });

  // (.xls has 256 columns: LibreOffice drops XFD4 when it saves one, with its own warning.)
  it.each(["xlsx", "ods"])("a stray entry in XFD4 as .%s: the talk merged, the entry said at its cell", (format) => {
    const name = `far.${format}`;
    const result = merge([{ file: name, sheets: readWorkbook(saved[name], name).sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => r.values.talkee)).toEqual(["李四"]);
    const said = result.returns.flatMap((r) => r.reading.issues).filter((i) => i.code === "sheet");
    expect(said.map((i) => [i.severity, i.reason, i.cell, i.value])).toEqual([
      ["warning", "far-cells", "XFD4", "已核对"],
    ]);
  });

  it.each(FORMATS)("附件3 split in two columns as .%s: one column in the summary", (format) => {
    const name = `split.${format}`;
    const result = merge([{ file: name, sheets: readWorkbook(saved[name], name).sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows[0].values.lead).toBe("王局长\n宣教科、办公室");
    expect(result.annexes[0].extraHeaders).toEqual([]);
  });

  it.each([
    ["xlsx", "merge.no-annex-pictures"],
    ["ods", "merge.no-annex-pictures"],
    ["xls", "merge.no-annex-pictures"],
  ])("screenshots pasted into a sheet, as .%s: no form, and the pictures said as why", (format, key) => {
    const name = `pictures.${format}`;
    const wb = readWorkbook(saved[name], name);
    const result = merge([{ file: name, sheets: wb.sheets }], { schemas: FORMS });
    expect(result.rejected.map((r) => r.why.key)).toEqual([key]);
    if (key === "merge.no-annex-pictures") expect(result.rejected[0].reason).toContain("2 张图片");
  });

  it.each(FORMATS)("formulas that failed as .%s: each error said at its cell, the rows merged", (format) => {
    const name = `errors.${format}`;
    const result = merge([{ file: name, sheets: readWorkbook(saved[name], name).sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => [r.values.talkee, r.values.type])).toEqual([
      ["#N/A", "谈心谈话"],
      ["李四", "#N/A"],
    ]);
    const issues = result.returns.flatMap((r) => r.reading.issues).filter((i) => i.severity !== "info");
    expect(issues.map((i) => [i.code, i.cell, i.value])).toEqual([
      ["formula", "D4", "#N/A"],
      ["formula", "G4", "#DIV/0!"],
      ["formula", "I5", "#N/A"],
    ]);
    expect(issues[0].message).toBe(
      "「谈话对象」显示的是公式出错的结果 #N/A，不是填写的内容：请填上实际内容（或改正公式）后再报送",
    );
  });
});
