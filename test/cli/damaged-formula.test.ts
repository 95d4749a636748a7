/**
 * An .xls whose formula record is cut short (the container fuzz's seed 240241, #596: six bytes
 * flipped in an .xls inserted into an Outlook mail shortened one). SheetJS read the formula's
 * length from past the record's end (NaN) and its token loop, `while(target != blob.l)`, never
 * ended: the CLI's reader process was stopped at its 60-second limit and the file said to be
 * damaged; a read in-process never ended. scripts/patch-sheetjs.mjs corrects the loop (`prepare`,
 * after `npm ci`). Run as a process with a time limit, so that without the correction this fails
 * rather than hangs.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { biffRecords } from "../../src/hosts/file/read/bytes";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { cleanCompoundFile } from "../../src/hosts/file/read/sheetjs";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const ORIGINAL = join(__dirname, "../fixtures/programs/libreoffice-附件2.xls");
const dir = mkdtempSync(join(tmpdir(), "huibiao-formula-"));
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

const validate = (...files: string[]) => {
  const r = spawnSync(process.execPath, [BIN, "validate", ...files, "--json"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: r.status, signal: r.signal, files: r.stdout ? JSON.parse(r.stdout).files : null };
};

describe("a formula record cut short in an .xls", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "法规科.xls"), new Uint8Array(readFileSync(ORIGINAL)));
    // 17 bytes: the cell, its saved value and part of the flags, no formula length (fuzz #596's record).
    writeFileSync(join(dir, "法规科-17.xls"), cutFormula(17));
    // 24 bytes: the formula length read, its tokens missing.
    writeFileSync(join(dir, "法规科-24.xls"), cutFormula(24));
  });

  it("is read at once with the values the file saved, like the file undamaged", () => {
    const r = validate("法规科.xls", "法规科-17.xls", "法规科-24.xls");
    expect(r.signal).toBeNull();
    const sheets = r.files.map(
      (f: { error: string | null; sheets: { annex: string; unit: string; rows: number }[] }) => ({
        error: f.error,
        sheets: f.sheets.map(({ annex, unit, rows }) => ({ annex, unit, rows })),
      }),
    );
    const undamaged = { error: null, sheets: [{ annex: "talks", unit: "法规科", rows: 3 }] };
    expect(sheets).toEqual([undamaged, undamaged, undamaged]);
  });
});
