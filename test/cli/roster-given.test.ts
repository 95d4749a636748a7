/**
 * --roster given a file that is not a roster, as happens on deadline day: a unit's return, the blank
 * templates, or last round's summary (whose overview lists the units, and is read as the roster).
 */
import { describe, expect, it, beforeAll } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { schema } from "../helpers/sheets";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const dir = mkdtempSync(join(tmpdir(), "huibiao-roster-"));
const huibiao = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  const rnd = random(5);
  mkdirSync(join(dir, "returns"));
  for (const unit of ["办公室", "宣教科"])
    writeFileSync(
      join(dir, "returns", `${unit}.xlsx`),
      writeSheetsAs([returnSheet(schema("talks"), talkRows(rnd, unit, 2), { unit })], "xlsx"),
    );
  writeFileSync(join(dir, "名单.txt"), "办公室\n法规科\n人事科\n");
});

describe("huibiao merge --roster given a file that is no roster", () => {
  it.each([
    ["a unit's return", "returns/办公室.xlsx", "是报送表格（附件2 大谈话统计表），不是单位名单"],
    ["the blank templates", "模板.xlsx", "是报送表格（附件1 任务清单），不是单位名单"],
  ])("%s: refused before anything is merged, saying what it is", (_, roster, says) => {
    if (roster === "模板.xlsx") expect(huibiao("template", "-o", "模板.xlsx").code).toBe(0);
    const r = huibiao("merge", "returns", "-o", "x.xlsx", "--roster", roster);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`单位名单「${roster}」${says}`);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("last round's summary: the units its overview lists from that round's roster", () => {
    expect(huibiao("merge", "returns", "-o", "上次汇总.xlsx", "--roster", "名单.txt").code).toBe(0);
    const fromText = JSON.parse(huibiao("merge", "returns", "-o", "a.xlsx", "--roster", "名单.txt", "--json").out);
    const fromSummary = JSON.parse(
      huibiao("merge", "returns", "-o", "b.xlsx", "--roster", "上次汇总.xlsx", "--json").out,
    );
    expect(fromSummary.missing).toEqual(fromText.missing);
    expect(fromSummary.missing.talks).toEqual(["法规科", "人事科"]);
    // 宣教科 was not on that roster (不在名单中 in the overview): not on this one either.
    expect(huibiao("merge", "returns", "-o", "c.xlsx", "--roster", "上次汇总.xlsx").out).toMatch(
      /宣教科.*（不在名单中）/,
    );
  });
});

describe("the coordinator's own files kept in the returns folder", () => {
  it("the request (收集任务.json), the roster it names and the forms (--forms) are never listed as returns", () => {
    writeFileSync(join(dir, "returns", "名单.txt"), "办公室\n法规科\n");
    writeFileSync(
      join(dir, "returns", "收集任务.json"),
      JSON.stringify({ title: "第一季度报送", annexes: [2], roster: "名单.txt" }),
    );
    writeFileSync(join(dir, "returns", "表格定义.json"), "[]");
    const r = huibiao(
      ...["merge", "returns", "--request", "returns/收集任务.json", "--forms", "returns/表格定义.json"],
      ...["-o", "own.xlsx", "--json"],
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).rejected).toEqual([]);
  });
});
