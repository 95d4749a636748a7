/**
 * The Excel 5.0/95 workbook test/helpers/packages.ts builds (BIFF5, text in GBK as Chinese
 * Windows stores it) is what a real spreadsheet program reads: LibreOffice opens it and gives the
 * same text and numbers the reader gives (LibreOffice cannot save BIFF5 itself).
 */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { biff5Workbook } from "../helpers/packages";
import { gbk } from "../helpers/gbk";
import { CSV_ALL_SHEETS, convert } from "../helpers/soffice";
import { TALKS_HEADER } from "../helpers/sheets";

describe("an Excel 95 workbook in GBK", () => {
  it("reads in LibreOffice as the reader reads it", () => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-lo-95-"));
    const rows = [
      ["附件2"],
      ["填报单位：办公室"],
      [...TALKS_HEADER],
      [1, "张三", "办公室主任", "李四", "法规科科员", "王五", 44972, "会议室", "谈心谈话"],
    ];
    writeFileSync(join(dir, "办公室.xls"), biff5Workbook([{ name: "附件2", rows }], 936, gbk));
    const out = join(dir, "out");
    const [csv] = convert([join(dir, "办公室.xls")], CSV_ALL_SHEETS, out);
    const theirs = readFileSync(csv, "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(",").filter((v, i, all) => v !== "" || all.slice(i).some((x) => x !== "")));
    const ours = readWorkbook(readFileSync(join(dir, "办公室.xls")), "办公室.xls").sheets[0].rows;
    expect(theirs).toEqual(ours.map((row) => row.map((v) => String(v))));
  });
});
