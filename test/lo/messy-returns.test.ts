/**
 * Messy returns written by other programs, merged by the CLI as a coordinator runs it. Python's
 * openpyxl writes 20 units' returns laid out the many ways offices lay them out (see the script's
 * docstring: test/fixtures/messy/make_returns.py); LibreOffice turns some into .xls and .ods; some
 * are CSV in UTF-8 or GBK. The script also writes what a merge must give (expected.json), worked
 * out from what it wrote rather than from our code: every talk of every unit, in order, under the
 * roster's name; the other forms' items; the later of two versions kept, a file of more talks
 * merged beside the first; the planted mistakes
 * reported at their cells and nothing else reported on the rows.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { cellText } from "../../src/core/sheet/grid";
import type { CellValue } from "../../src/core/sheet/types";
import { convert } from "../helpers/soffice";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const MAKE = join(__dirname, "../fixtures/messy/make_returns.py");
/** Debian's python3, where python3-openpyxl installs (scripts/ensure-tools.mjs installs it). */
const PYTHON = "/usr/bin/python3";

interface Expected {
  readonly file: string;
  readonly saved: string;
  readonly fmt: "xlsx" | "xls" | "ods" | "csv";
  readonly resubmitted: boolean;
  /** A file of talks sent later (补报), to be merged beside the first. */
  readonly supplement: string | null;
  readonly talkees: (string | null)[];
  readonly talkers: string[];
  readonly places: string[];
  readonly items: Record<string, string[]>;
  readonly bad: string[];
}

interface Issue {
  readonly severity: string;
  readonly code: string;
  readonly cell: string;
}
interface ValidateJson {
  readonly files: {
    readonly file: string;
    readonly error: string | null;
    readonly sheets: { readonly annex: string; readonly issues: Issue[] }[];
  }[];
}
interface MergeJson {
  readonly replaced: { unit: string; annex: string; file: string; by: string }[];
  readonly supplemented: { unit: string; annex: string; file: string; with: string[] }[];
  readonly rejected: unknown[];
  readonly reconciliation: { read: number; summarized: number; replaced: number; dropped: number };
  readonly missing: Record<string, string[]>;
}

/** Issues about the sheet as a whole (its unit, header, counts): not about a row. */
const SHEET_CODES = new Set(["unit", "header", "count", "sheet"]);
const ANNEX_IDS: Record<string, string> = { "3": "research", "4": "suggestions", "5": "practical" };
const ITEM_HEADER: Record<string, string> = { "3": "课题名称", "4": "建议内容", "5": "办实事事项" };

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} (python3-openpyxl: apt-get install -y python3-openpyxl)`);
  // The CLI exits 1 when it found errors: the planted mistakes.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** A summary sheet's rows under its header (row 3), as objects by header. */
function summaryRows(bytes: Uint8Array, sheetStart: string): Record<string, CellValue>[] {
  const sheet = readWorkbook(bytes, "summary.xlsx").sheets.find((s) => s.name.startsWith(sheetStart));
  if (!sheet) return [];
  const header = sheet.rows[2].map((v) => cellText(v));
  return sheet.rows
    .slice(3)
    .filter((r) => r.some((v) => v !== null))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

const byUnit = <T>(rows: Record<string, CellValue>[], pick: (r: Record<string, CellValue>) => T) => {
  const out: Record<string, T[]> = {};
  for (const r of rows) (out[cellText(r["填报单位"])] ??= []).push(pick(r));
  return out;
};

/** Seeds: three in every run; more for a sweep, e.g. HUIBIAO_MESSY_SEEDS=1-40 npx jest --selectProjects integration --testPathPatterns messy-returns. */
const SEEDS = seedsFrom(process.env.HUIBIAO_MESSY_SEEDS) ?? [7, 12, 37];

function seedsFrom(spec: string | undefined): number[] | null {
  if (!spec) return null;
  return spec.split(",").flatMap((part) => {
    const [a, b = a] = part.split("-").map(Number);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

describe.each(SEEDS)("messy returns from openpyxl and LibreOffice (seed %i)", (seed) => {
  let expected: Record<string, Expected>;
  let merged: MergeJson;
  let checked: ValidateJson;
  let summary: Uint8Array;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), `huibiao-messy-${seed}-`));
    const returns = join(dir, "returns");
    run(PYTHON, [MAKE, String(seed), dir], dir);
    expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected>;
    for (const fmt of ["xls", "ods"] as const) {
      const saved = Object.values(expected)
        .filter((x) => x.fmt === fmt)
        .map((x) => join(returns, x.saved));
      if (!saved.length) continue;
      convert(saved, fmt, returns);
      for (const f of saved) rmSync(f);
    }
    const roster = join(dir, "roster.txt");
    merged = JSON.parse(
      run(
        process.execPath,
        [BIN, "merge", returns, "--roster", roster, "-o", join(dir, "summary.xlsx"), "--json"],
        dir,
      ),
    ) as MergeJson;
    checked = JSON.parse(
      run(process.execPath, [BIN, "validate", returns, "--roster", roster, "--json"], dir),
    ) as ValidateJson;
    summary = readFileSync(join(dir, "summary.xlsx"));
  }, 300_000);

  it("reads every file and drops nothing: all rows are merged or replaced by a later version", () => {
    expect(checked.files.filter((f) => f.error)).toEqual([]);
    expect(merged.rejected).toEqual([]);
    expect(merged.reconciliation.dropped).toBe(0);
    expect(merged.reconciliation.read).toBe(merged.reconciliation.summarized + merged.reconciliation.replaced);
    expect(Object.keys(expected).length).toBe(20);
  });

  it("merges every unit's talks in order, under the roster's name: 谈话对象, 谈话人, 谈话地点 (同上 and merges filled in)", () => {
    const rows = summaryRows(summary, "汇总 附件2");
    const text = (v: CellValue) => (v === null ? null : cellText(v));
    const got = byUnit(rows, (r) => [text(r["谈话对象"]), text(r["谈话人"]), text(r["谈话地点"])]);
    for (const [unit, x] of Object.entries(expected))
      expect({ unit, rows: got[unit] }).toEqual({
        unit,
        rows: x.talkees.map((t, i) => [t, x.talkers[i], x.places[i]]),
      });
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
  });

  it("merges 附件3/4/5 where a unit sent them (a sheet each, stacked, or standing up), and lists the rest as missing", () => {
    for (const [n, id] of Object.entries(ANNEX_IDS)) {
      const got = byUnit(summaryRows(summary, `汇总 附件${n}`), (r) => cellText(r[ITEM_HEADER[n]]));
      for (const [unit, x] of Object.entries(expected))
        expect({ unit, n, items: got[unit] }).toEqual({ unit, n, items: x.items[n] });
      const sent = Object.entries(expected).filter(([, x]) => x.items[n]);
      expect((merged.missing[id] ?? []).sort()).toEqual(
        Object.keys(expected)
          .filter((u) => !sent.some(([s]) => s === u))
          .sort(),
      );
    }
  });

  it("keeps the later of two versions a unit sent, and says which it replaced", () => {
    const replaced = merged.replaced.filter((r) => r.annex === "talks").map((r) => [r.unit, r.file, r.by]);
    const resent = Object.entries(expected).filter(([, x]) => x.resubmitted);
    expect(replaced.sort()).toEqual(
      resent.map(([u, x]) => [u, x.saved.replace(/\.xlsx$/, "-第一次.xlsx"), x.file]).sort(),
    );
  });

  it("merges a file of talks sent later beside the first (补报), and says so", () => {
    const later = Object.entries(expected).filter(([, x]) => x.supplement);
    expect(merged.supplemented.map((s) => [s.unit, s.annex, s.file, s.with]).sort()).toEqual(
      later.map(([u, x]) => [u, "talks", x.supplement, [x.file]]).sort(),
    );
  });

  it("reports nothing on the other forms' rows (headers in the units' words, 同上 taken from the row above)", () => {
    for (const file of checked.files)
      for (const sheet of file.sheets.filter((s) => s.annex !== "talks")) {
        const cells = sheet.issues.filter((i) => i.severity !== "info" && !SHEET_CODES.has(i.code)).map((i) => i.cell);
        expect({ file: file.file, annex: sheet.annex, cells }).toEqual({
          file: file.file,
          annex: sheet.annex,
          cells: [],
        });
      }
  });

  it("reports each planted mistake at its cell, and nothing else on the talks' rows", () => {
    for (const [unit, x] of Object.entries(expected)) {
      const file = checked.files.find((f) => f.file === x.file);
      const talks = file?.sheets.find((s) => s.annex === "talks");
      const cells = (talks?.issues ?? [])
        .filter((i) => i.severity !== "info" && !SHEET_CODES.has(i.code))
        .map((i) => i.cell)
        .sort();
      expect({ unit, file: x.file, cells }).toEqual({ unit, file: x.file, cells: [...x.bad].sort() });
    }
  });
});
