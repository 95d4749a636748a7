/**
 * Damage that SheetJS's readers (xls, xlsb) went round in for ever or until memory ran out, found
 * by the fuzz and corrected by scripts/patch-sheetjs.mjs (`prepare`, after `npm ci`); and a sheet
 * whose parsing SheetJS gave up on, which it leaves out without a word (read/sheetjs.ts). The CLI's
 * reader process stopped the loops at its time or memory limit and said the file was damaged; a
 * read in-process never ended. Run as processes with a time limit, so that without the corrections
 * these fail rather than hang.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { biffRecords } from "../../src/hosts/file/read/bytes";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { cleanCompoundFile } from "../../src/hosts/file/read/sheetjs";
import { unzipSync, zipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { TALKS_HEADER } from "../helpers/sheets";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const ORIGINAL = join(__dirname, "../fixtures/programs/libreoffice-附件2.xls");
const dir = mkdtempSync(join(tmpdir(), "huibiao-sheetjs-damage-"));
const FORMULA = 0x0006;

/** LibreOffice's .xls with its first FORMULA record ([MS-XLS] 2.4.127) cut to `keep` bytes, the record's length saying so. */
function cutFormula(keep: number): Uint8Array {
  const stream = new Cfb(new Uint8Array(readFileSync(ORIGINAL))).stream("Workbook")!;
  const f = [...biffRecords(stream)].find((r) => r.type === FORMULA)!;
  const cut = new Uint8Array([
    ...stream.subarray(0, f.body - 2),
    keep,
    0,
    ...stream.subarray(f.body, f.body + keep),
    ...stream.subarray(f.body + f.length),
  ]);
  return cleanCompoundFile({ Workbook: cut });
}

/** What `validate --json` says of each file: its error, or each sheet's form, unit and rows. */
function readings(files: { error: string | null; sheets: { annex: string; unit: string; rows: number }[] }[]) {
  return files.map((f) => ({
    error: f.error,
    sheets: f.sheets.map(({ annex, unit, rows }) => ({ annex, unit, rows })),
  }));
}

const validate = (...files: string[]) => {
  const r = spawnSync(process.execPath, [BIN, "validate", ...files, "--json"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { signal: r.signal, files: r.stdout ? JSON.parse(r.stdout).files : null };
};

// The container fuzz's seed 240241, #596: six bytes flipped in an .xls inserted into an Outlook mail
// shortened a formula record; SheetJS read the formula's length from past the record (NaN) and its
// token loop, `while(target != blob.l)`, never ended.
describe("a formula record cut short in an .xls", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "法规科.xls"), new Uint8Array(readFileSync(ORIGINAL)));
    // 17 bytes: the cell, its saved value and part of the flags, no formula length (fuzz #596's record).
    writeFileSync(join(dir, "法规科-17.xls"), cutFormula(17));
    // 24 bytes: the formula length read, its tokens missing.
    writeFileSync(join(dir, "法规科-24.xls"), cutFormula(24));
  });

  it("is read at once: the same form, unit and rows as the file undamaged", () => {
    const r = validate("法规科.xls", "法规科-17.xls", "法规科-24.xls");
    expect(r.signal).toBeNull();
    const sheets = readings(r.files);
    const undamaged = { error: null, sheets: [{ annex: "talks", unit: "法规科", rows: 3 }] };
    expect(sheets).toEqual([undamaged, undamaged, undamaged]);
  });
});

/**
 * An .xlsb of 附件2 as SheetJS writes it, with one 32-bit field of the first record of a type in
 * its sheet set to `value`: `edit` says which record types and where in the record.
 */
function xlsbEdited(edit?: {
  types: Record<number, number>;
  value: number;
  last?: boolean;
  part?: string;
}): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ["附件2  大谈话统计表"],
    ["填报单位：宣教科"],
    [...TALKS_HEADER],
    [1, "张三", "科长", "李四", "科员", "王五", "2023-03-05", "会议室", "谈心谈话"],
    // A number alone at the end of its row, below the form (a total typed beside it).
    [null, null, null, null, null, null, null, null, null, 1],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "附件2");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["说明"]]), "说明");
  const written = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsb" }) as ArrayBuffer);
  if (!edit) return written;
  const files = unzipSync(written);
  const sheet = files[edit.part ?? "xl/worksheets/sheet1.bin"];
  let found = -1;
  // [MS-XLSB] 2.1.4: a record's type and length are each 1-4 bytes, 7 bits a byte, high bit "more".
  for (let at = 0; at < sheet.length;) {
    let type = sheet[at++];
    if (type & 0x80) type = (type & 0x7f) | ((sheet[at++] & 0x7f) << 7);
    let length = 0;
    for (let shift = 0, more = true; more; shift += 7) {
      const b = sheet[at++];
      length |= (b & 0x7f) << shift;
      more = (b & 0x80) !== 0 && shift < 21;
    }
    const offset = edit.types[type];
    if (offset !== undefined) {
      found = at + offset;
      if (!edit.last) break;
    }
    at += length;
  }
  if (found < 0) throw new Error("no such record in SheetJS's .xlsb");
  new DataView(sheet.buffer, sheet.byteOffset + found, 4).setUint32(0, edit.value, true);
  return zipSync(files);
}

/** The first string cell's length ([MS-XLSB] 2.5.166 XLWideString): after BrtShortSt's (0x0011) 4-byte cell, BrtCellSt's (0x0006) 8. */
const stringLength = (value: number) => xlsbEdited({ types: { 0x0011: 4, 0x0006: 8 }, value });
/** The last number cell's column (the one alone in the last row): BrtCellRk (0x0002) and BrtCellReal (0x0005) open with it ([MS-XLSB] 2.5.9 Cell). */
const numberColumn = (value: number) => xlsbEdited({ types: { 0x0002: 0, 0x0005: 0 }, value, last: true });
/** The count of cell metadata pairs: BrtMdb (0x0033, [MS-XLSB] 2.4.695) in xl/metadata.bin opens with it. */
const metadataCount = (value: number) => xlsbEdited({ types: { 0x0033: 0 }, value, part: "xl/metadata.bin" });
/** The first row's number: BrtRowHdr (0x0000, [MS-XLSB] 2.4.728) opens with it. */
const rowNumber = (value: number) => xlsbEdited({ types: { 0x0000: 0 }, value });

// The main fuzz's seed 7002, #92: an .xlsb string cell whose length became billions; SheetJS built
// a string of that many characters (without Node's Buffer, as in the browser) until memory ran out.
describe("an .xlsb string cell whose length runs past the sheet", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "宣教科.xlsb"), xlsbEdited());
    writeFileSync(join(dir, "宣教科-长度.xlsb"), stringLength(0x7fffffff));
  });

  it("is said to be damaged at once, naming the sheet, not read as an empty sheet", () => {
    const r = validate("宣教科.xlsb", "宣教科-长度.xlsb");
    expect(r.signal).toBeNull();
    expect(r.files[0].error).toBeNull();
    expect(r.files[0].sheets.map((s: { sheet: string; rows: number }) => [s.sheet, s.rows])).toEqual([["附件2", 1]]);
    expect(r.files[1].error).toBe(
      "工作表「附件2」已损坏，读不出其中的内容（.xlsb）：请对方用 WPS 或 Excel 打开，检查这张工作表后另存为 .xlsx 再发送",
    );
  });
});

// A row or column number garbled to hundreds of millions: the main fuzz's seed 7002, #796 (an
// .xlsb row: every row above it was made an empty row until V8 aborted) and seed 7003, #1532 (a
// column: the row was gone through index by index, holes and all, 110 s). The last row and column
// a sheet has (1,048,576 and XFD, numbered from 0) hold a value as usual.
describe.each([
  ["row numbered past any sheet's last row", "行号", rowNumber(0x3fffffff), "末行", rowNumber(1_048_575)],
  ["cell in a column past XFD", "列号", numberColumn(0x3fffffff), "末列", numberColumn(16_383)],
])("an .xlsb %s", (_, damagedName, damaged, lastName, last) => {
  it("is said to be damaged at once, naming the sheet; a value in the last one is read", () => {
    writeFileSync(join(dir, `宣教科-${damagedName}.xlsb`), damaged);
    writeFileSync(join(dir, `宣教科-${lastName}.xlsb`), last);
    const r = validate(`宣教科-${damagedName}.xlsb`, `宣教科-${lastName}.xlsb`);
    expect(r.signal).toBeNull();
    expect(r.files[0].error).toBe(
      "工作表「附件2」已损坏，读不出其中的内容（.xlsb）：请对方用 WPS 或 Excel 打开，检查这张工作表后另存为 .xlsx 再发送",
    );
    expect(r.files[1].error).toBeNull();
  });
});

// The main fuzz's seed 291130, #4924: an .xlsb row header (no cells) numbered 2,925,459,968 made
// SheetJS's list of row properties that long; going through it for hidden rows took 92 s, and the
// CLI's reader process gave up on the file as damaged. Its four forms are read.
describe("an .xlsb whose row properties run to billions", () => {
  it("is read at once, every form in it", () => {
    writeFileSync(
      join(dir, "办公室-行属性.xlsb"),
      readFileSync(join(__dirname, "../fixtures/fuzz/seed291130-4924.xlsb")),
    );
    const r = validate("办公室-行属性.xlsb");
    expect(r.signal).toBeNull();
    expect(r.files[0].error).toBeNull();
    expect(r.files[0].sheets.map((s: { sheet: string }) => s.sheet).sort()).toEqual([
      "附件2",
      "附件3",
      "附件4",
      "附件5",
    ]);
  });
});

// The main fuzz's seed 7007, #1820: the count of an .xlsb's cell metadata pairs garbled to billions;
// SheetJS pushed pairs read from past the part's end until memory ran out.
describe("an .xlsb whose cell metadata counts billions of pairs", () => {
  it("is said to be damaged at once", () => {
    writeFileSync(join(dir, "宣教科-元数据.xlsb"), metadataCount(0x7fffffff));
    const r = validate("宣教科-元数据.xlsb");
    expect(r.signal).toBeNull();
    expect(r.files[0].error).toBe(
      "文件已损坏，或不是受支持的表格格式（.xlsb）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
    );
  });
});

/** A copy of `bytes` with the 32-bit field at `at` set to `value`. */
function edited(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
}

const SI = "\u0005SummaryInformation";
const DSI = "\u0005DocumentSummaryInformation";
const N = 939_524_099;

/**
 * LibreOffice's .xls rebuilt with its Workbook stream and a SummaryInformation stream (the two
 * streams the readers hand SheetJS), the latter with a count in it set to `count` (undefined: as
 * it was). `summary` gives that stream's bytes; `at`, where the count is in it.
 */
function withSummary(summary: Uint8Array, at: number, count?: number): Uint8Array {
  const cfb = new Cfb(new Uint8Array(readFileSync(ORIGINAL)));
  const stream = count === undefined ? summary : edited(summary, at, count);
  expect(new DataView(summary.buffer, summary.byteOffset).getUint32(at, true)).toBeLessThan(20); // a count, small
  return cleanCompoundFile({ Workbook: cfb.stream("Workbook")!, [SI]: stream });
}
const lo = (name: string) => new Cfb(new Uint8Array(readFileSync(ORIGINAL))).stream(name)!;

// The main fuzz's seed 260002, #14512: eight bytes flipped in an .xls garbled the number of its
// document properties (939,524,099); SheetJS read that many from past the stream's end into an
// array until memory ran out (4 GB, in the fuzz's own process). Then the same fault by hand in the
// names of custom properties (a second property set's Dictionary): over a minute in SheetJS.
describe.each([
  // [MS-OLEPS] 2.20 PropertySet: NumProperties, at 52 in a stream of one set (LibreOffice's SummaryInformation).
  ["the number of its document properties", () => lo(SI), 52],
  // A stream of two sets (LibreOffice's DocumentSummaryInformation, as SummaryInformation): the
  // second set, at 92, begins with its Dictionary (at 32 in it), the count first.
  ["the count of its custom properties' names", () => lo(DSI), 92 + 32],
])("an .xls whose %s is garbled to hundreds of millions", (_what, summary, at) => {
  it("is read at once, as the file undamaged is (its properties left out)", () => {
    writeFileSync(join(dir, "原样.xls"), withSummary(summary(), at));
    writeFileSync(join(dir, "属性.xls"), withSummary(summary(), at, N));
    const r = validate("原样.xls", "属性.xls");
    expect(r.signal).toBeNull();
    const [undamaged, damaged] = readings(r.files);
    expect(undamaged).toEqual({ error: null, sheets: [{ annex: "talks", unit: "法规科", rows: 3 }] });
    expect(damaged).toEqual(undamaged);
  });
});
