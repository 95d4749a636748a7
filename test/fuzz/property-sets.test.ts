/**
 * Every 32-bit field of an .xls's SummaryInformation stream garbled, one at a time: the stream the
 * readers hand SheetJS beside the sheets (read-workbook.ts), whose counts SheetJS read past the
 * data's end until memory ran out (fuzz seed 260002, #14512) or for over a minute (a dictionary's
 * count), corrected by scripts/patch-sheetjs.mjs. Two streams as SummaryInformation: LibreOffice's
 * own (one property set) and its DocumentSummaryInformation (two sets, the second with custom
 * properties' names), each field at every even offset set to four values (a count of hundreds of
 * millions, all ones, the largest signed, 65,536). Each file must read at once with the sheet the
 * undamaged file has: the properties may be lost, never the rows. The reads run in a process of
 * their own with a time limit, so a loop fails the test instead of hanging it.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { cleanCompoundFile } from "../../src/hosts/file/read/sheetjs";

const ORIGINAL = join(__dirname, "../fixtures/programs/libreoffice-附件2.xls");
const VALUES = [0x38000003, 0xffffffff, 0x7fffffff, 0x10000];
const dir = mkdtempSync(join(tmpdir(), "huibiao-property-sets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The garbled files: name → bytes, each with the Workbook stream and one SummaryInformation. */
function garbled(): string[] {
  const cfb = new Cfb(new Uint8Array(readFileSync(ORIGINAL)));
  const workbook = cfb.stream("Workbook")!;
  const names: string[] = [];
  for (const from of ["\u0005SummaryInformation", "\u0005DocumentSummaryInformation"]) {
    const stream = cfb.stream(from)!;
    for (let at = 0; at + 4 <= stream.length; at += 2)
      for (const value of VALUES) {
        const copy = new Uint8Array(stream);
        new DataView(copy.buffer).setUint32(at, value, true);
        const name = `${from.slice(1, 4)}-${at}-${value.toString(16)}.xls`;
        writeFileSync(join(dir, name), cleanCompoundFile({ Workbook: workbook, "\u0005SummaryInformation": copy }));
        names.push(name);
      }
  }
  return names;
}

/** Reads each file given in this process, printing a line of JSON each: its sheets' row counts or its error, and the time. */
function reader(): string {
  const readWorkbook = join(__dirname, "../../src/hosts/file/read-workbook.ts");
  const contents = `import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from ${JSON.stringify(readWorkbook)};
const [dir, ...names] = process.argv.slice(2);
for (const name of names) {
  const t = performance.now();
  let rows, error;
  try {
    rows = readWorkbook(new Uint8Array(readFileSync(join(dir, name))), name).sheets.map((s) => s.rows.length);
  } catch (e) {
    error = String(e);
  }
  console.log(JSON.stringify({ name, rows, error, ms: performance.now() - t }));
}`;
  const outfile = join(dir, "reader.cjs");
  buildSync({ stdin: { contents, resolveDir: dir, loader: "ts" }, bundle: true, platform: "node", outfile });
  return outfile;
}

describe("an .xls's SummaryInformation garbled at every field", () => {
  it("reads every file at once, with the rows of the undamaged file", () => {
    const names = garbled();
    expect(names.length).toBeGreaterThan(600);
    const script = reader();
    const undamaged = join(dir, "原样.xls");
    writeFileSync(undamaged, readFileSync(ORIGINAL));
    const r = spawnSync(process.execPath, ["--max-old-space-size=1024", script, dir, "原样.xls", ...names], {
      encoding: "utf8",
      timeout: 100_000,
      maxBuffer: 64 << 20,
    });
    expect(r.signal).toBeNull();
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { name: string; rows?: number[]; error?: string; ms: number });
    expect(lines).toHaveLength(names.length + 1);
    const [first, ...rest] = lines;
    expect(first.error).toBeUndefined();
    const off = rest.filter((l) => l.error !== undefined || JSON.stringify(l.rows) !== JSON.stringify(first.rows));
    expect(off).toEqual([]);
    const slow = rest.filter((l) => l.ms > 2_000).map((l) => l.name);
    expect(slow).toEqual([]);
  });
});
