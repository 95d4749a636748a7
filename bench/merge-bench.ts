/**
 * npm run bench: the whole `huibiao merge` process against the script an IT person would write
 * (pandas + openpyxl, bench/pandas_merge.py) and against the floor (bench/floor.ts: unzip and scan,
 * nothing else), for 300 returns × 50 rows, 300 × 500 and 3,000 × 50; then validation of 10,000
 * rows, the pane's bundle sizes and the standalone page merging the 300 × 50 returns in Chromium. Each process is run RUNS times (5 at least for 300 × 50, whose
 * runs are short and whose ratio is the tightest goal), alternating, and the medians
 * printed: wall time, CPU time (user + system, children included) and peak memory of the process
 * tree (resident, sampled from /proc every 20 ms).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { returnSheet } from "../src/app/demo/return-sheet";
import { random, talkRows } from "../src/app/demo/samples";
import { BUILTIN_ANNEXES } from "../src/core/schema/annexes";
import { validate } from "../src/core/validate/validate";
import { writeSheetsAs } from "../src/hosts/file/write-sheets";
import { launch, CHROMIUM } from "../test/e2e/browser";
import { serve } from "../test/e2e/serve";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Runs of the 300 × 50 scenario: a few seconds each, so more of them for a steadier median. */
const SHORT_RUNS = Math.max(RUNS, 5);
const root = join(process.cwd(), ".tmp", "bench");
const talks = BUILTIN_ANNEXES.find((s) => s.id === "talks")!;
const PYTHON = ["/usr/bin/python3", "python3"].find(
  (p) => spawnSync(p, ["-c", "import pandas, openpyxl"]).status === 0,
);

interface Sample {
  wall: number;
  cpu: number;
  peakMb: number;
}

function returnsFolder(files: number, rows: number): string {
  const dir = join(root, `returns-${files}x${rows}`);
  if (existsSync(dir) && readdirSync(dir).length === files) return dir;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`bench: writing ${files} returns × ${rows} rows…\n`);
  const rnd = random(42);
  for (let i = 0; i < files; i++) {
    const unit = `单位${String(i + 1).padStart(4, "0")}`;
    const sheet = returnSheet(talks, talkRows(rnd, unit, rows), { unit, trailingBlank: 5 });
    writeFileSync(join(dir, `${unit}.xlsx`), writeSheetsAs([sheet], "xlsx"));
  }
  return dir;
}

/** Resident memory of a process and its descendants, in KB (Linux /proc; 0 elsewhere). */
function treeRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return rss + children.reduce((n, c) => n + treeRssKb(Number(c)), 0);
  } catch {
    return 0;
  }
}

/** Runs a command to its end: wall time, CPU of it and its children (GNU time), peak tree memory. */
function measure(cmd: string, args: string[]): Promise<Sample> {
  const timeBin = existsSync("/usr/bin/time");
  const argv = timeBin ? ["/usr/bin/time", "-f", "%U %S", cmd, ...args] : [cmd, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 20);
    child.on("exit", (code) => {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`${cmd} ${args.join(" ")} failed: ${stderr}`));
      const times = /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(stderr);
      const cpu = times ? Number(times[1]) + Number(times[2]) : NaN;
      resolve({ wall, cpu, peakMb: peak / 1024 });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianSample = (xs: Sample[]): Sample => ({
  wall: median(xs.map((x) => x.wall)),
  cpu: median(xs.map((x) => x.cpu)),
  peakMb: median(xs.map((x) => x.peakMb)),
});
const fmt = (s: Sample) => `${s.wall.toFixed(2)} s wall, ${s.cpu.toFixed(2)} s CPU, ${s.peakMb.toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? "OK" : "OVER");

async function scenario(files: number, rows: number, goals: { vsPandas: number; byCpu: boolean }): Promise<string[]> {
  const dir = returnsFolder(files, rows);
  const cli = join(process.cwd(), "bin", "huibiao.cjs");
  const floor = join(process.cwd(), "dist", "bench", "floor.cjs");
  const out = join(root, "summary.xlsx");
  const samples: Record<"huibiao" | "floor" | "pandas", Sample[]> = { huibiao: [], floor: [], pandas: [] };
  const runs = files * rows <= 15_000 ? SHORT_RUNS : RUNS;
  for (let run = 0; run < runs; run++) {
    samples.huibiao.push(await measure(process.execPath, [cli, "merge", dir, "-o", out]));
    samples.floor.push(await measure(process.execPath, [floor, dir]));
    if (PYTHON) samples.pandas.push(await measure(PYTHON, ["bench/pandas_merge.py", dir, join(root, "pandas.xlsx")]));
  }
  const h = medianSample(samples.huibiao);
  const f = medianSample(samples.floor);
  const lines = [`${files} returns × ${rows} rows (${files * rows} rows; median of ${runs} runs):`];
  lines.push(`  huibiao merge   ${fmt(h)}`);
  lines.push(`  floor           ${fmt(f)}   huibiao / floor: ${(h.wall / f.wall).toFixed(2)}x wall`);
  if (PYTHON) {
    const p = medianSample(samples.pandas);
    const ratio = goals.byCpu ? p.cpu / h.cpu : p.wall / h.wall;
    lines.push(`  pandas script   ${fmt(p)}`);
    lines.push(
      `  pandas / huibiao: ${ratio.toFixed(1)}x ${goals.byCpu ? "CPU" : "wall"}   (goal ≥ ${goals.vsPandas}x)   ${verdict(ratio >= goals.vsPandas)}`,
    );
  } else lines.push("  pandas script   not run: python3 with pandas and openpyxl is not installed");
  if (files * rows >= 150_000)
    lines.push(`  peak memory ${h.peakMb.toFixed(0)} MB   (goal < 400 MB)   ${verdict(h.peakMb < 400)}`);
  else lines.push(`  within 2x of the floor: ${verdict(h.wall <= 2 * f.wall)}`);
  return lines;
}

function validation(): string {
  const sheet = returnSheet(talks, talkRows(random(7), "办公室", 10_000), { unit: "办公室" });
  // The first run, before the optimiser has seen the code: what a coordinator's first 校验 costs.
  const t0 = performance.now();
  validate(sheet, talks);
  const first = performance.now() - t0;
  const times = Array.from({ length: 7 }, () => {
    const t = performance.now();
    validate(sheet, talks);
    return performance.now() - t;
  });
  const ms = median(times);
  return `validation of 10,000 rows of 附件2: ${ms.toFixed(0)} ms   (goal < 50 ms)   ${verdict(ms < 50)}   (the first run: ${first.toFixed(0)} ms)`;
}

function bundles(): string[] {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "taskpane.js"))) return ["pane bundles: run `npm run build` first"];
  const size = (f: string) => gzipSync(readFileSync(join(dist, f))).length / 1024;
  const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const main = size("taskpane.js");
  return [
    `pane main bundle taskpane.js: ${main.toFixed(0)} KB gzip   (goal ≤ 200 KB)   ${verdict(main <= 200)}`,
    ...scripts.filter((f) => f !== "taskpane.js").map((f) => `  ${f}: ${size(f).toFixed(0)} KB gzip`),
  ];
}

/**
 * The standalone page (dist/, served over HTTP) merging the 300 × 50 returns in Debian's Chromium:
 * from the click on 开始汇总 to the summary's download, the median of 3 (a figure to follow, no goal).
 */
async function page(): Promise<string> {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "taskpane.html"))) return "standalone page: run `npm run build` first";
  if (!existsSync(CHROMIUM)) return `standalone page: not run, no Chromium at ${CHROMIUM}`;
  const dir = returnsFolder(300, 50);
  const paths = readdirSync(dir).map((f) => join(dir, f));
  const server = await serve(dist);
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const tab = await browser.newPage({ acceptDownloads: true, locale: "zh-CN" });
      await tab.goto(`${server.url}taskpane.html`);
      await tab.getByRole("tab", { name: "汇总" }).click();
      await tab.getByRole("tabpanel").getByTestId("file-input").setInputFiles(paths);
      await tab.getByText(`已选 ${paths.length} 个文件`).waitFor();
      const started = performance.now();
      const [download] = await Promise.all([
        tab.waitForEvent("download", { timeout: 300_000 }),
        tab.getByRole("button", { name: "开始汇总" }).click(),
      ]);
      times.push((performance.now() - started) / 1000);
      await download.path();
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return `standalone page, 300 × 50 in Chromium (click to download, median of 3): ${median(times).toFixed(2)} s`;
}

async function main(): Promise<void> {
  const report: string[] = [];
  report.push(...(await scenario(300, 50, { vsPandas: 10, byCpu: false })));
  report.push(...(await scenario(300, 500, { vsPandas: 8, byCpu: true })));
  report.push(...(await scenario(3000, 50, { vsPandas: 8, byCpu: true })));
  report.push(validation());
  report.push(...bundles());
  report.push(await page());
  report.push(`(alternating runs; Node ${process.version}; ${PYTHON ? `pandas via ${PYTHON}` : "no pandas"})`);
  console.log(report.join("\n"));
}

void main();
