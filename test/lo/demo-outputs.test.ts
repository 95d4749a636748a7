/**
 * Every workbook the coordinator's commands write, opened by LibreOffice (a real spreadsheet
 * program): the demo's templates, summary and correction workbooks, the per-unit templates and the
 * task progress. LibreOffice saves each again as .xlsx, and what it saved has the same sheets.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { convert } from "../helpers/soffice";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const dir = mkdtempSync(join(tmpdir(), "huibiao-lo-demo-"));
const demo = join(dir, "demo");
const huibiao = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`huibiao ${args.join(" ")}: ${r.status} ${r.stderr}`);
};

let written: string[] = [];
let saved: Map<string, string> = new Map();

beforeAll(() => {
  huibiao("demo", "-o", demo);
  huibiao("tasks", "--as-of", "2023-06-30", "-o", join(dir, "任务进度.xlsx"));
  huibiao("template", "--per-unit", join(dir, "按单位"), "--request", join(demo, "收集任务.json"));
  const xlsx = (d: string) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(d, f));
  written = [
    ...xlsx(demo),
    ...xlsx(join(demo, "退回修改")),
    join(dir, "任务进度.xlsx"),
    // Three of the 24 per-unit templates: they differ only in the unit's name.
    ...xlsx(join(dir, "按单位")).slice(0, 3),
  ];
  const out = join(dir, "lo");
  mkdirSync(out);
  saved = new Map(convert(written, "xlsx", out).map((f) => [basename(f), f]));
}, 300_000);

describe("LibreOffice opens every workbook the commands write", () => {
  it("the demo's templates, summary and corrections, the task progress and the per-unit templates are all there", () => {
    const names = written.map((f) => basename(f));
    expect(names).toEqual(expect.arrayContaining(["模板.xlsx", "汇总.xlsx", "办公室-退回修改.xlsx", "任务进度.xlsx"]));
    expect(names.filter((n) => n.endsWith("-退回修改.xlsx")).length).toBeGreaterThan(1);
  });

  it("each, saved again by LibreOffice, has the sheets we wrote and their first cells", () => {
    for (const file of written) {
      const ours = readWorkbook(readFileSync(file), basename(file));
      const back = saved.get(basename(file));
      expect(back ? basename(back) : `LibreOffice did not open ${basename(file)}`).toBe(basename(file));
      const theirs = readWorkbook(readFileSync(back!), basename(file));
      expect(theirs.sheets.map((s) => s.name)).toEqual(ours.sheets.map((s) => s.name));
      for (const [i, sheet] of ours.sheets.entries())
        expect(theirs.sheets[i].rows[0]?.[0] ?? null).toEqual(sheet.rows[0]?.[0] ?? null);
    }
  });
});
