/**
 * Returns sent as a .7z, packed by Debian's 7-Zip (7zz, another build of the program units run),
 * merged by the CLI: the demo's 22 returns (xlsx, xls, ods and csv, one a damaged file) packed in
 * folders give the same merge as the folder itself, each row's file named by the archive and its
 * path. A .7z under a password is said to be locked, and nothing waits for a password.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const dir = mkdtempSync(join(tmpdir(), "huibiao-7z-"));
const demo = join(dir, "demo");
const run = (cmd: string, args: string[], cwd = dir) => {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", input: "", timeout: 60_000 });
  if (r.error) throw r.error;
  return r;
};
const merged = (...inputs: string[]) => {
  const r = run(process.execPath, [
    BIN,
    "merge",
    ...inputs,
    "--roster",
    join(demo, "单位名单.txt"),
    "--json",
    "-o",
    join(dir, "汇总.xlsx"),
  ]);
  // Nothing on stderr but the progress lines (读取 6/22（25%）…).
  expect(r.stderr.split("\n").filter((line) => line && !/^读取 \d+\/\d+/.test(line))).toEqual([]);
  return JSON.parse(r.stdout) as {
    reconciliation: Record<string, number>;
    annexes: Record<string, { units: Record<string, number> }>;
    units: { unit: string; files?: string[] }[];
    rejected: { file: string; code: string; reason: string }[];
  };
};

beforeAll(() => {
  expect(run(process.execPath, [BIN, "demo", "-o", demo]).status).toBe(0);
  // As a unit packs a folder: 7-Zip's defaults (solid LZMA2), the folder inside the archive.
  expect(run("7zz", ["a", "-bso0", join(dir, "回收.7z"), "回收文件"], demo).status).toBe(0);
  expect(run("7zz", ["a", "-bso0", "-p1234", "-mhe=on", join(dir, "加密.7z"), "回收文件"], demo).status).toBe(0);
});

describe("returns packed by 7-Zip", () => {
  it("a .7z of the returns merges as the folder does, each file named by the archive and its path", () => {
    const folder = merged(join(demo, "回收文件"));
    const packed = merged(join(dir, "回收.7z"));
    expect(packed.reconciliation).toEqual(folder.reconciliation);
    expect(packed.annexes).toEqual(folder.annexes);
    expect(packed.reconciliation.read).toBeGreaterThan(150);
    // The damaged return in the folder is damaged in the archive too, named by its path there.
    expect(packed.rejected.map((r) => [r.file.replace(/^回收\.7z\/回收文件\//, ""), r.code])).toEqual(
      folder.rejected.map((r) => [r.file, r.code]),
    );
    expect(packed.rejected.every((r) => r.file.startsWith("回收.7z/回收文件/"))).toBe(true);
  });

  it("a mail's 打包下载 .zip (Python's zipfile) holding the unit's .7z: the .7z opened in its turn, the same merge", () => {
    expect(run("/usr/bin/python3", ["-m", "zipfile", "-c", join(dir, "打包下载.zip"), "回收.7z"]).status).toBe(0);
    const folder = merged(join(demo, "回收文件"));
    const wrapped = merged(join(dir, "打包下载.zip"));
    expect(wrapped.reconciliation).toEqual(folder.reconciliation);
    expect(wrapped.annexes).toEqual(folder.annexes);
    expect(wrapped.rejected.every((r) => r.file.startsWith("打包下载.zip/回收.7z/回收文件/"))).toBe(true);
  });

  it("tasks reads 附件1 from a .7z inside a .zip, as merge reads returns", () => {
    const out = join(dir, "任务");
    mkdirSync(out);
    expect(run(process.execPath, [BIN, "template", "1", "-o", join(out, "附件1.xlsx")], dir).status).toBe(0);
    expect(run("7zz", ["a", "-bso0", join(dir, "任务清单.7z"), "附件1.xlsx"], out).status).toBe(0);
    expect(run("/usr/bin/python3", ["-m", "zipfile", "-c", join(dir, "任务打包.zip"), "任务清单.7z"]).status).toBe(0);
    const r = run(process.execPath, [
      BIN,
      "tasks",
      "任务打包.zip",
      "--as-of",
      "2023-07-15",
      "-o",
      join(dir, "任务进度.xlsx"),
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("读取「任务打包.zip/任务清单.7z/附件1.xlsx」›「附件1 任务清单」");
  });

  it("a .7z whose names are under a password is said to be locked; the other inputs are merged; nothing waits", () => {
    const r = merged(join(dir, "加密.7z"), join(demo, "回收文件"));
    expect(r.rejected).toContainEqual({
      file: "加密.7z",
      code: "read.archive-locked",
      reason: expect.stringContaining("加了密码"),
    });
    expect(r.reconciliation).toEqual(merged(join(demo, "回收文件")).reconciliation);
  });
});
