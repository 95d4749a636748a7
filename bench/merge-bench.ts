/**
 * npm run bench: merges 300 generated returns of 50 rows each and compares with the workbook
 * library alone reading the same files. Targets on the reference machine (2 cores): the whole
 * `huibiao merge` run under 1.5 s; merge work at most 1.3x the bare read time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { returnSheet } from "../src/app/demo/return-sheet";
import { random, talkRows } from "../src/app/demo/samples";
import { BUILTIN_ANNEXES } from "../src/core/schema/annexes";
import { merge } from "../src/core/merge/merge";
import { summaryModel } from "../src/core/merge/summary-model";
import { READ_OPTIONS, readWorkbook } from "../src/hosts/file/read-workbook";
import { writeSheetsAs } from "../src/hosts/file/write-sheets";
import { writeXlsx } from "../src/hosts/file/xlsx/write-xlsx";

const FILES = 300;
const ROWS = 50;
const RUNS = 5;
const root = join(process.cwd(), ".tmp", "bench");
const dir = join(root, `returns-${FILES}x${ROWS}`);

function generate(): void {
  if (existsSync(dir) && readdirSync(dir).length === FILES) return;
  mkdirSync(dir, { recursive: true });
  const talks = BUILTIN_ANNEXES.find((s) => s.id === "talks")!;
  const rnd = random(42);
  for (let i = 0; i < FILES; i++) {
    const unit = `单位${String(i + 1).padStart(3, "0")}`;
    writeFileSync(
      join(dir, `${unit}.xlsx`),
      writeSheetsAs([returnSheet(talks, talkRows(rnd, unit, ROWS), { unit, trailingBlank: 5 })], "xlsx"),
    );
  }
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

generate();
const names = readdirSync(dir).sort();
const bytes = names.map((n) => readFileSync(join(dir, n)));
process.stderr.write(`bench: ${names.length} returns × ${ROWS} rows in ${dir}\n`);

// Warm up both paths once (JIT), then take the median of RUNS.
const bare = () => bytes.forEach((b) => XLSX.read(b, READ_OPTIONS));
const mergeOnly = () =>
  merge(
    names.map((n, i) => ({ file: n, ...readWorkbook(bytes[i], n) })),
    { schemas: BUILTIN_ANNEXES },
  );
let rows = 0;
const mergeAndWrite = () => {
  const result = mergeOnly();
  rows = result.annexes.reduce((n, a) => n + a.rows.length, 0);
  writeXlsx(summaryModel(result));
};
bare();
mergeAndWrite();
const tBare = median(Array.from({ length: RUNS }, () => time(bare)));
const tMerge = median(Array.from({ length: RUNS }, () => time(mergeOnly)));
const tMergeWrite = median(Array.from({ length: RUNS }, () => time(mergeAndWrite)));

const out = join(root, "summary.xlsx");
const cli = join(process.cwd(), "bin", "huibiao.cjs");
const tCli = median(
  Array.from({ length: RUNS }, () =>
    time(() => {
      const r = spawnSync(process.execPath, [cli, "merge", dir, "-o", out, "--json"], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`huibiao merge failed: ${r.stderr}`);
    }),
  ),
);

const ratio = tMerge / tBare;
const report = [
  `returns merged:                      ${names.length} files, ${rows} rows`,
  `whole \`huibiao merge\` run (CLI):     ${tCli.toFixed(0)} ms   (target < 1500 ms)   ${tCli < 1500 ? "OK" : "OVER"}`,
  `workbook library alone (read):        ${tBare.toFixed(0)} ms`,
  `merge work (read + detect + validate + merge): ${tMerge.toFixed(0)} ms`,
  `ratio merge work / bare read:         ${ratio.toFixed(2)}x  (target ≤ 1.3x)   ${ratio <= 1.3 ? "OK" : "OVER"}`,
  `merge work + writing the summary:     ${tMergeWrite.toFixed(0)} ms`,
  `(median of ${RUNS} runs each, Node ${process.version})`,
];
console.log(report.join("\n"));
