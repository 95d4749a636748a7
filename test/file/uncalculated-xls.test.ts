/**
 * .xls files whose formulas no spreadsheet calculated (xlwt, Apache POI), against one LibreOffice
 * calculated: fixtures made by those programs (test/fixtures/programs/make.py).
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { biffResultsCalculated } from "../../src/hosts/file/read/biff-recalc";
import { biffRecords, u16 } from "../../src/hosts/file/read/bytes";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { cleanCompoundFile } from "../../src/hosts/file/read/sheetjs";
import { validate } from "../../src/core/validate/validate";
import { schema } from "../helpers/sheets";

const DIR = join(__dirname, "../fixtures/programs");
const XLWT = "xlwt-附件2.xls";
const LIBREOFFICE = "libreoffice-附件2.xls";
const file = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const workbookStream = (name: string) => new Cfb(file(name)).stream("Workbook")!;

/** The LibreOffice file with its RecalcId's engine set to 0, as POI's setForceFormulaRecalculation writes it. */
function engineZero(): Uint8Array {
  const stream = workbookStream(LIBREOFFICE).slice();
  const recalc = [...biffRecords(stream)].find((r) => r.type === 0x01c1)!;
  stream.fill(0, recalc.body + 4, recalc.body + 8);
  return cleanCompoundFile({ Workbook: stream });
}

describe("which .xls files saved calculated results", () => {
  it("LibreOffice's (and Excel's) carry a RecalcId; xlwt's does not", () => {
    expect(biffResultsCalculated(workbookStream(LIBREOFFICE))).toBe(true);
    expect(biffResultsCalculated(workbookStream(XLWT))).toBe(false);
    expect(biffResultsCalculated(new Cfb(engineZero()).stream("Workbook")!)).toBe(false);
  });

  it("a RecalcId is read among the globals only, not in a sheet or after the globals' EOF", () => {
    const globals = workbookStream(LIBREOFFICE);
    const records = [...biffRecords(globals)];
    const recalc = records.find((r) => r.type === 0x01c1)!;
    const record = globals.slice(recalc.body - 4, recalc.body + recalc.length);
    const without = new Uint8Array([
      ...globals.subarray(0, recalc.body - 4),
      ...globals.subarray(recalc.body + recalc.length),
    ]);
    expect(biffResultsCalculated(without)).toBe(false);
    // Moved after the globals' EOF (0x000A): a sheet's record, not the workbook's.
    const eof = [...biffRecords(without)].find((r) => r.type === 0x000a)!;
    const moved = new Uint8Array([...without.subarray(0, eof.body), ...record, ...without.subarray(eof.body)]);
    expect(u16(moved, eof.body)).toBe(0x01c1);
    expect(biffResultsCalculated(moved)).toBe(false);
    // Cut short: no engine to read.
    expect(biffResultsCalculated(globals.subarray(0, recalc.body + 6))).toBe(false);
  });
});

describe("formulas showing nothing in an .xls no spreadsheet calculated", () => {
  it("xlwt's are listed as saved without their result, each with its formula; the cells read empty", () => {
    const sheet = readWorkbook(file(XLWT), XLWT).sheets[0];
    expect(sheet.uncalculated).toEqual([
      { r: 3, c: 3, formula: '="李"&"四"' },
      { r: 4, c: 6, formula: "=DATE(2023,3,6)" },
      { r: 4, c: 7, formula: '=IF(1=1,"","会议室")' },
      { r: 5, c: 0, formula: "=ROW()-3" },
    ]);
    expect([sheet.rows[3][3], sheet.rows[4][6], sheet.rows[5][0]]).toEqual([null, null, null]);
  });

  it("LibreOffice's results are taken, an empty text among them", () => {
    const sheet = readWorkbook(file(LIBREOFFICE), LIBREOFFICE).sheets[0];
    expect(sheet.uncalculated).toBeUndefined();
    expect(sheet.rows[3][3]).toBe("李四");
    expect(sheet.rows[4][6]).toBe(44991); // DATE(2023,3,6), a serial in a General cell
    expect(sheet.rows[4][7] ?? null).toBeNull();
    expect(sheet.rows[5][0]).toBe(3);
  });

  it("a file marked for recalculation (engine 0): only the empty result is in doubt", () => {
    const sheet = readWorkbook(engineZero(), "poi.xls").sheets[0];
    expect(sheet.uncalculated).toEqual([{ r: 4, c: 7, formula: '=IF(1=1,"","会议室")' }]);
  });

  it("validation says which formula has no result, once, instead of 「未填写」; 序号 is let be", () => {
    const sheet = readWorkbook(file(XLWT), XLWT).sheets[0];
    const issues = validate(sheet, schema("talks")).map((i) => `${i.code}.${i.reason}@${i.cell}`);
    expect(issues).toEqual(["formula.uncalculated@D4", "formula.uncalculated@G5", "formula.uncalculated@H5"]);
  });
});
