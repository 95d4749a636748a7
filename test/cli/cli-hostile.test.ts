/**
 * The CLI on folders as they arrive on a coordinator's disk, and on what can go wrong around them:
 * links that loop, pipes, files of every kind, earlier summaries, the output among the inputs, a
 * kill during the write. Each case is the built bundle run as a process.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
  linkSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { schema } from "../helpers/sheets";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const root = mkdtempSync(join(tmpdir(), "huibiao-hostile-"));
const huibiao = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const rnd = random(11);
const talks = (unit: string, n: number) => returnSheet(schema("talks"), talkRows(rnd, unit, n), { unit });
const returnOf = (unit: string, n: number) => writeSheetsAs([talks(unit, n)], "xlsx");
const bookOf = (unit: string, n: number, bookType: XLSX.BookType): Uint8Array => {
  const s = talks(unit, n);
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(
    s.rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v.serial : v))),
  );
  ws["!merges"] = s.merges.map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
  XLSX.utils.book_append_sheet(wb, ws, "附件2");
  const out = XLSX.write(wb, { type: "array", bookType });
  return typeof out === "string" ? new TextEncoder().encode(out) : new Uint8Array(out as ArrayBuffer);
};
const json = (r: { out: string }) => JSON.parse(r.out);
const reasons = (r: { out: string }) =>
  Object.fromEntries(json(r).rejected.map((x: { file: string; code: string }) => [x.file, x.code]));

describe("a folder with every kind of file", () => {
  const dir = join(root, "kinds");
  beforeAll(() => {
    mkdirSync(join(dir, "回收", "子文件夹"), { recursive: true });
    writeFileSync(join(dir, "回收", "办公室.xlsx"), returnOf("办公室", 3));
    writeFileSync(join(dir, "回收", "法规科.xlsb"), bookOf("法规科", 2, "xlsb"));
    writeFileSync(join(dir, "回收", "人事科.xml"), bookOf("人事科", 2, "xlml"));
    writeFileSync(join(dir, "回收", "宣教科.fods"), bookOf("宣教科", 2, "fods"));
    writeFileSync(
      join(dir, "回收", "子文件夹", "财务科.tsv"),
      new TextEncoder().encode(
        talks("财务科", 2)
          .rows.map((r) =>
            r.map((v) => (v === null ? "" : typeof v === "object" ? "2023-01-05" : String(v))).join("\t"),
          )
          .join("\n"),
      ),
    );
    writeFileSync(join(dir, "回收", "监测站.numbers"), new Uint8Array([0x50, 0x4b, 3, 4]));
    writeFileSync(join(dir, "回收", "通知.docx"), new Uint8Array([0x50, 0x4b, 3, 4]));
    writeFileSync(join(dir, "回收", "通知.pdf"), "%PDF-1.4");
    writeFileSync(join(dir, "回收", "说明"), "readme");
    // Attachments downloaded together (打包下载) but cut short: a .zip that cannot be opened.
    writeFileSync(join(dir, "回收", "附件打包下载.zip"), new Uint8Array([0x50, 0x4b, 3, 4]));
    // A .rar cut short (read with 7-Zip: damaged), and an archive of a kind still to be unpacked first.
    writeFileSync(join(dir, "回收", "报表.rar"), "Rar!");
    writeFileSync(join(dir, "回收", "旧报表.tar.gz"), new Uint8Array([0x1f, 0x8b, 8, 0]));
    writeFileSync(join(dir, "回收", ".DS_Store"), "hidden");
    symlinkSync("loop.xlsx", join(dir, "回收", "loop.xlsx"));
    symlinkSync("不存在.xlsx", join(dir, "回收", "失效的快捷方式.xlsx"));
    symlinkSync("..", join(dir, "回收", "子文件夹", "上一级"));
    spawnSync("mkfifo", [join(dir, "回收", "管道.xlsx")]);
  });

  it("merges what can be read, lists everything else with its reason, and never stops or waits", () => {
    const r = huibiao(dir, "merge", "回收", "-o", "汇总.xlsx", "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const result = json(r);
    expect(result.annexes.talks.units).toEqual({ 办公室: 3, 法规科: 2, 人事科: 2, 宣教科: 2, 财务科: 2 });
    expect(reasons(r)).toEqual({
      "loop.xlsx": "read.symlink-loop",
      "失效的快捷方式.xlsx": "read.gone",
      "管道.xlsx": "read.not-regular-file",
      "监测站.numbers": "read.kind-numbers",
      说明: "read.no-extension",
      "通知.docx": "read.docx-damaged",
      "通知.pdf": "read.kind-scan",
      "附件打包下载.zip": "read.archive-damaged",
      "报表.rar": "read.archive-damaged",
      "旧报表.tar.gz": "read.archive",
    });
    expect(result.reconciliation).toEqual({ read: 11, summarized: 11, replaced: 0, uncollected: 0, dropped: 0 });
  });

  it("a file without permission is listed, the rest merged (as a user without root's rights)", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked, { recursive: true });
    writeFileSync(join(locked, "办公室.xlsx"), returnOf("办公室", 1));
    writeFileSync(join(locked, "密.xlsx"), returnOf("法规科", 1));
    chmodSync(join(locked, "密.xlsx"), 0);
    const asNobody = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    chmodSync(dir, 0o777);
    chmodSync(locked, 0o777);
    chmodSync(root, 0o777);
    const cmd = [...asNobody, process.execPath, BIN, "merge", locked, "-o", join(locked, "汇总.xlsx"), "--json"];
    const p = spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8" });
    if (p.error) return; // no setpriv here: the mapping itself is covered by the reason tests
    expect(p.stderr).toBe("");
    const out = JSON.parse(p.stdout);
    expect(out.annexes.talks.units).toEqual({ 办公室: 1 });
    expect(out.rejected).toMatchObject([{ file: "密.xlsx", code: "read.no-permission" }]);
  });
});

describe("the summary and the returns", () => {
  const dir = join(root, "summary");
  beforeAll(() => {
    mkdirSync(join(dir, "回收"), { recursive: true });
    writeFileSync(join(dir, "回收", "办公室.xlsx"), returnOf("办公室", 3));
    writeFileSync(join(dir, "回收", "法规科.xlsx"), returnOf("法规科", 2));
  });

  it("a summary written into the returns folder is not read back on the next run", () => {
    const first = json(huibiao(dir, "merge", "回收", "-o", "回收/汇总.xlsx", "--json"));
    const second = json(huibiao(dir, "merge", "回收", "-o", "回收/汇总.xlsx", "--json"));
    expect(second.annexes).toEqual(first.annexes);
    expect(second.rejected).toEqual([]);
    // Kept under another name, an earlier summary is recognised by its tag and listed, not counted.
    copyFileSync(join(dir, "回收", "汇总.xlsx"), join(dir, "回收", "汇总（上周）.xlsx"));
    const third = huibiao(dir, "merge", "回收", "-o", "回收/汇总.xlsx", "--json");
    expect(json(third).annexes).toEqual(first.annexes);
    expect(reasons(third)).toEqual({ "汇总（上周）.xlsx": "merge.own-summary" });
  });

  it("refuses to write the summary over a return, which stays as it was", () => {
    const before = readFileSync(join(dir, "回收", "办公室.xlsx"));
    for (const target of ["回收/办公室.xlsx", "./回收/../回收/办公室.xlsx"]) {
      const r = huibiao(dir, "merge", "回收", "-o", target);
      expect(r.code).toBe(2);
      expect(r.err).toContain("汇总表不能写在报送文件上");
    }
    expect(readFileSync(join(dir, "回收", "办公室.xlsx")).equals(before)).toBe(true);
  });

  it("refuses to write over a return that is in the folder through a link under another name", () => {
    const outside = join(dir, "外部.xlsx");
    writeFileSync(outside, returnOf("人事科", 2));
    const before = readFileSync(outside);
    const linked = join(dir, "回收", "人事科（链接）.xlsx");
    symlinkSync(outside, linked);
    try {
      const r = huibiao(dir, "merge", "回收", "-o", "外部.xlsx");
      expect(r.code).toBe(2);
      expect(r.err).toContain("汇总表不能写在报送文件上");
      expect(readFileSync(outside).equals(before)).toBe(true);
    } finally {
      rmSync(linked);
      rmSync(outside);
    }
  });

  it("a hard link to the summary's path loses nothing: the summary replaces the name, the return keeps its bytes", () => {
    const outside = join(dir, "外部.xlsx");
    writeFileSync(outside, returnOf("人事科", 2));
    const before = readFileSync(outside);
    const linked = join(dir, "回收", "人事科（链接）.xlsx");
    linkSync(outside, linked);
    try {
      const r = json(huibiao(dir, "merge", "回收", "-o", "外部.xlsx", "--json"));
      expect(r.annexes.talks.units).toHaveProperty("人事科", 2);
      expect(readFileSync(linked).equals(before)).toBe(true);
      expect(readFileSync(outside).equals(before)).toBe(false);
    } finally {
      rmSync(linked);
      rmSync(outside);
    }
  });

  it("a merge that merged nothing exits 1 and says so (the summary still lists why)", () => {
    mkdirSync(join(dir, "空"), { recursive: true });
    writeFileSync(join(dir, "空", "通知.docx"), "x");
    const r = huibiao(dir, "merge", "空", "-o", "空汇总.xlsx");
    expect(r.code).toBe(1);
    expect(r.out).toContain("没有汇总到任何报送");
    expect(statSync(join(dir, "空汇总.xlsx")).size).toBeGreaterThan(0);
  });

  it("a kill at any moment leaves the earlier summary whole", async () => {
    const big = join(dir, "大");
    mkdirSync(big, { recursive: true });
    for (let i = 0; i < 30; i++) writeFileSync(join(big, `单位${i}.xlsx`), returnOf(`单位${i}`, 200));
    const out = join(dir, "大汇总.xlsx");
    expect(huibiao(dir, "merge", "大", "-o", out).code).toBe(0);
    const whole = () => readWorkbook(readFileSync(out), "大汇总.xlsx").sheets.length;
    expect(whole()).toBe(3);
    for (const ms of [150, 300, 450, 600, 750, 900]) {
      const child = spawn(process.execPath, [BIN, "merge", "大", "-o", out], { cwd: dir, stdio: "ignore" });
      const exited = new Promise((r) => child.on("exit", r));
      await new Promise((r) => setTimeout(r, ms));
      child.kill("SIGKILL");
      await exited;
      expect(whole()).toBe(3);
    }
  }, 120_000);
});

describe("one line per message", () => {
  it("a file name with a line break or control characters is printed on one line", () => {
    const dir = join(root, "names");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "坏\n名字\u001b[31m.docx"), "x");
    writeFileSync(join(dir, "办公室.xlsx"), returnOf("办公室", 1));
    const r = huibiao(root, "merge", "names", "-o", "names.xlsx");
    const line = r.out.split("\n").find((l) => l.includes("名字"))!;
    expect(line).toContain("坏 名字\ufffd[31m.docx");
    expect(r.out).not.toContain("\u001b");
  });
});

describe("a folder flag given a file", () => {
  it.each([
    ["merge --corrections", ["merge", "f-returns", "-o", "f.xlsx", "--corrections", "名单.txt"], "--corrections"],
    ["template --per-unit", ["template", "--per-unit", "名单.txt", "--request", "req.json"], "--per-unit"],
    ["demo -o", ["demo", "-o", "名单.txt"], "-o"],
  ])("%s: refused before any work, saying a folder is wanted", (_, args, flag) => {
    const dir = join(root, "folder-flags");
    mkdirSync(join(dir, "f-returns"), { recursive: true });
    writeFileSync(join(dir, "f-returns", "办公室.xlsx"), returnOf("办公室", 1));
    writeFileSync(join(dir, "名单.txt"), "办公室\n法规科\n");
    writeFileSync(join(dir, "req.json"), JSON.stringify({ title: "报送", annexes: [2], roster: "名单.txt" }));
    const r = huibiao(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${flag} 后面要写一个文件夹`);
    expect(r.err).toContain("名单.txt 却是一个文件");
    expect(readFileSync(join(dir, "名单.txt"), "utf8")).toBe("办公室\n法规科\n");
    expect(() => statSync(join(dir, "f.xlsx"))).toThrow(); // the merge did not run
  });
});

describe("scans and stamped copies among the returns", () => {
  it("when no return could be read and no form was asked for, a unit is 未报 with no empty list of forms after it", () => {
    const dir = join(root, "scans-only");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "法规科.pdf"), "%PDF-1.7\n");
    writeFileSync(join(dir, "名单.txt"), "办公室\n法规科\n");
    const r = huibiao(dir, "merge", "法规科.pdf", "-o", "汇总.xlsx", "--roster", "名单.txt");
    expect(r.out).toMatch(/✗ 法规科\s+—\s+未报\s+收到的「法规科\.pdf」无法汇总（见下）/);
    expect(r.out).toMatch(/✗ 办公室\s+—\s+未报\n/);
    expect(r.out).not.toContain("未报：");
    expect(r.out).toContain("没有汇总到任何报送");
  });

  it("a unit's PDF beside its spreadsheet is a companion; a unit that sent only a PDF is 未报 and told why", () => {
    const dir = join(root, "scans");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "办公室.xlsx"), returnOf("办公室", 2));
    writeFileSync(join(dir, "办公室（盖章）.pdf"), "%PDF-1.7\n");
    writeFileSync(join(dir, "法规科.pdf"), "%PDF-1.7\n");
    writeFileSync(join(dir, "名单.txt"), "办公室\n法规科\n");
    const r = huibiao(dir, "merge", ".", "-o", "汇总.xlsx", "--roster", "名单.txt");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✗ 法规科\s+—\s+未报：附件2\s+收到的「法规科\.pdf」无法汇总（见下）/);
    expect(r.out).toContain("✗ 无法汇总「法规科.pdf」：这是 .pdf 文件（打印或扫描成的版式文件）");
    expect(r.out).toContain(
      "· 「办公室（盖章）.pdf」：办公室应报的表格都已从其他文件汇总；这份是 .pdf 文件（盖章件或扫描件？）",
    );
    const json = JSON.parse(huibiao(dir, "merge", ".", "-o", "汇总.xlsx", "--roster", "名单.txt", "--json").out);
    expect(json.rejected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "办公室（盖章）.pdf",
          unit: "办公室",
          companion: true,
          code: "merge.companion",
        }),
        expect.objectContaining({ file: "法规科.pdf", unit: "法规科", code: "read.kind-scan" }),
      ]),
    );
  });
});
