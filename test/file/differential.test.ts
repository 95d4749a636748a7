/**
 * The purpose-built .xlsx reader against SheetJS, cell by cell, on every .xlsx the tests make: the
 * demo returns (as SheetJS writes them, with shared strings), the templates and a summary as
 * Huibiao writes them, and files in other programs' shapes. They must agree on every value, date
 * and merged area (SheetJS stays the reader of .xls, .ods and .xlsb, and of what the scanner declines).
 */
import { describe, expect, it } from "@jest/globals";
import { demoReturns } from "../../src/app/demo/samples";
import { merge } from "../../src/core/merge/merge";
import { summaryFileModel } from "../../src/core/merge/summary-model";
import { buildTemplates } from "../../src/core/template/build-template";
import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { readWithSheetJs } from "../../src/hosts/file/read/sheetjs";
import { readXlsxPackage } from "../../src/hosts/file/read/xlsx";
import { Zip } from "../../src/hosts/file/read/zip";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { writeXlsx } from "../../src/hosts/file/xlsx/write-xlsx";
import { FORMS } from "../helpers/sheets";
import { rawRow, rawXlsx } from "../helpers/packages";

const { files } = demoReturns();
const xlsx: [string, Uint8Array][] = [
  ...files
    .filter((f) => f.format === "xlsx")
    .map((f): [string, Uint8Array] => [f.name, writeSheetsAs(f.sheets, "xlsx", f.savedAt)]),
  ["templates.xlsx", writeXlsx(buildTemplates(FORMS))],
  [
    "summary.xlsx",
    writeXlsx(
      summaryFileModel(
        merge(
          files.map((f) => ({ file: f.name, sheets: f.sheets })),
          { schemas: FORMS },
        ),
      ),
    ),
  ],
  [
    "shapes.xlsx",
    // Dates are in the demo returns; a style-less package (as here) SheetJS reads without formats.
    rawXlsx({
      sheets: [
        {
          name: "S",
          data:
            rawRow(1, ["a&b", 1.5, "", "多行\n文字"]) +
            '<row r="3"><c r="B3"><v>44972</v></c><c r="D3" t="b"><v>1</v></c><c r="F3" t="str"><v>x&amp;y</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
        },
      ],
    }),
  ],
];

/** Trailing empty cells and rows carry nothing: both readers' rows compared without them. */
function trimmed(sheet: SheetData): CellValue[][] {
  const rows = sheet.rows.map((row) => {
    const out = [...row];
    while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
    return out.map((v) => (v === undefined ? null : v));
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

describe("the .xlsx scanner and SheetJS read the same cells", () => {
  it.each(xlsx)("%s", (name, bytes) => {
    const ours = readXlsxPackage(new Zip(bytes))!;
    const theirs = readWithSheetJs(bytes);
    expect(ours).not.toBeNull();
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    ours.sheets.forEach((sheet, i) => {
      expect(trimmed(sheet)).toEqual(trimmed(theirs.sheets[i]));
      expect([...sheet.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1)).toEqual(
        [...theirs.sheets[i].merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1),
      );
      expect(sheet.tag).toEqual(theirs.sheets[i].tag);
    });
    expect(ours.savedAt).toEqual(theirs.savedAt);
  });
});
