/** The coordinator's follow-through on the command line: the request, reminders, late returns. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { schema } from "../helpers/sheets";
import { readWorkbook } from "../../src/hosts/file/read-workbook";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const dir = mkdtempSync(join(tmpdir(), "huibiao-follow-"));
const huibiao = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const rnd = random(21);

beforeAll(() => {
  mkdirSync(join(dir, "回收"));
  const write = (unit: string, savedAt: Date) => {
    const path = join(dir, "回收", `${unit}.xlsx`);
    writeFileSync(
      path,
      writeSheetsAs([returnSheet(schema("talks"), talkRows(rnd, unit, 2), { unit })], "xlsx", savedAt),
    );
    utimesSync(path, savedAt, savedAt);
  };
  write("办公室", new Date(Date.UTC(2023, 2, 20, 3)));
  write("法规科", new Date(Date.UTC(2023, 3, 3, 3)));
  writeFileSync(join(dir, "单位名单.txt"), "办公室\n法规科\n人事科\n");
  writeFileSync(
    join(dir, "收集任务.json"),
    JSON.stringify({
      title: "第一季度报送",
      annexes: [2, 5],
      roster: "单位名单.txt",
      deadline: "2023-03-31",
      howToSend: "发送至办公室邮箱",
    }),
  );
});

describe("huibiao remind", () => {
  it("prints the reminder for the units that lack something, and writes it for pasting", () => {
    const r = huibiao("remind", "回收", "--request", "收集任务.json", "--as-of", "2023-03-25", "-o", "催交通知.txt");
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toEqual([
      "请以下单位于2023年3月31日前报送《第一季度报送》：",
      "办公室：附件5 办实事征集表",
      "法规科：附件5 办实事征集表",
      "人事科：附件2 大谈话统计表、附件5 办实事征集表",
      "报送方式：发送至办公室邮箱",
    ]);
    const file = readFileSync(join(dir, "催交通知.txt"), "utf8");
    expect(file.startsWith("\uFEFF请以下单位")).toBe(true);
    expect(file).toContain("\r\n");
  });

  it("-o without .txt gets it (it opens with a double click); a workbook's extension is refused before any reading", () => {
    expect(
      huibiao("remind", "回收", "--request", "收集任务.json", "--as-of", "2023-03-25", "-o", "催交2023.3.25").code,
    ).toBe(0);
    expect(readFileSync(join(dir, "催交2023.3.25.txt"), "utf8")).toContain("请以下单位");
    const refused = huibiao("remind", "回收", "--request", "收集任务.json", "-o", "催交通知.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toContain(
      "催交通知是纯文本，文件名不能以 .xlsx 结尾（WPS、Excel 或记事本会按扩展名打开而报错或乱码）。请改为 -o 催交通知.txt",
    );
  });

  it("-o naming a folder writes 催交通知.txt in it", () => {
    mkdirSync(join(dir, "通知"));
    expect(huibiao("remind", "回收", "--request", "收集任务.json", "--as-of", "2023-03-25", "-o", "通知").code).toBe(0);
    expect(readFileSync(join(dir, "通知", "催交通知.txt"), "utf8")).toContain("请以下单位");
  });

  it("--each: one block per unit; after the deadline the wording says so", () => {
    const r = huibiao("remind", "回收", "--request", "收集任务.json", "--each", "--as-of", "2023-04-05");
    const blocks = r.out.trim().split("\n\n");
    expect(blocks).toHaveLength(3);
    expect(blocks[2]).toBe(
      "人事科：《第一季度报送》尚缺附件2 大谈话统计表、附件5 办实事征集表，报送截止日期2023年3月31日已过，请尽快报送。\n报送方式：发送至办公室邮箱",
    );
  });

  it("a request that cannot be used says what is wrong", () => {
    writeFileSync(join(dir, "坏任务.json"), JSON.stringify({ title: "x", annexes: [9], units: ["甲"] }));
    const r = huibiao("remind", "回收", "--request", "坏任务.json");
    expect(r.code).toBe(2);
    expect(r.err).toContain("附件「9」不存在");
  });

  it("is listed in the help", () => {
    expect(huibiao("--help").out).toContain("huibiao remind");
  });
});

describe("huibiao merge --request", () => {
  it("expects the request's annexes from its units, and reports the late returns", () => {
    const r = huibiao("merge", "回收", "--request", "收集任务.json", "-o", "汇总.xlsx", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.missing).toEqual({ talks: ["人事科"], practical: ["办公室", "法规科", "人事科"] });
    expect(json.late).toEqual({ 法规科: ["法规科.xlsx"] });
    const text = huibiao("merge", "回收", "--request", "收集任务.json", "-o", "汇总.xlsx").out;
    expect(text).toMatch(/法规科.*逾期报送/);
  });
});

describe("huibiao merge --request without -o", () => {
  it("names the summary for the round and the day, in the current folder", () => {
    const r = huibiao("merge", "回收", "--request", "收集任务.json", "--json");
    expect(r.code).toBe(0);
    const output = JSON.parse(r.out).output as string;
    expect(output).toMatch(/^汇总表-第一季度报送-\d{8}\.xlsx$/);
    expect(readWorkbook(readFileSync(join(dir, output)), output).sheets[0].name).toBe("汇总概况");
  });

  it("without a request, -o is still asked for", () => {
    const r = huibiao("merge", "回收");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/请用 -o 指定汇总表/);
  });
});

describe("huibiao template --per-unit", () => {
  it("writes one workbook per unit on the request, its name on the 填报单位 line and in the file name", async () => {
    const { readWorkbook } = await import("../../src/hosts/file/read-workbook");
    const { readdirSync } = await import("node:fs");
    const r = huibiao("template", "--per-unit", "各单位模板", "--request", "收集任务.json");
    expect(r.code).toBe(0);
    const names = readdirSync(join(dir, "各单位模板")).sort();
    expect(names).toEqual(["人事科-第一季度报送.xlsx", "办公室-第一季度报送.xlsx", "法规科-第一季度报送.xlsx"].sort());
    const wb = readWorkbook(readFileSync(join(dir, "各单位模板", "法规科-第一季度报送.xlsx")), "x.xlsx");
    // The request's annexes only (2 and 5), and the unit filled in where the form asks for it.
    expect(wb.sheets.filter((s) => !s.name.startsWith("_")).map((s) => s.name)).toEqual([
      "附件2 大谈话统计表",
      "附件5 办实事征集表",
    ]);
    expect(wb.sheets[0].rows[2]).toEqual(["填报单位：", null, "法规科"]);
    // What a unit returns from it is read as its own.
    const { readSheet } = await import("../../src/core/validate/validate");
    const { FORMS } = await import("../helpers/sheets");
    expect(readSheet(wb.sheets[0], FORMS, {})?.unit.name).toBe("法规科");
  });

  it("needs the request", () => {
    const r = huibiao("template", "--per-unit", "x");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--request");
  });
});

describe("huibiao merge --corrections", () => {
  it("writes <单位>-退回修改.xlsx for units with errors, and the list to paste; LibreOffice opens the workbook", async () => {
    const { readWorkbook } = await import("../../src/hosts/file/read-workbook");
    const { readdirSync } = await import("node:fs");
    const { convert, CSV_ALL_SHEETS } = await import("../helpers/soffice");
    mkdirSync(join(dir, "错"), { recursive: true });
    const sheet = returnSheet(
      schema("talks"),
      talkRows(rnd, "人事科", 2).map((r) => ({ ...r, date: "2023年2月30日" })),
      {
        unit: "人事科",
      },
    );
    writeFileSync(join(dir, "错", "人事科.xlsx"), writeSheetsAs([sheet], "xlsx"));
    const r = huibiao("merge", "回收", "错", "--request", "收集任务.json", "-o", "汇总2.xlsx", "--corrections", "退回");
    expect(r.code).toBe(0);
    expect(r.out).toContain("退回修改：1 个单位（人事科）");
    expect(readdirSync(join(dir, "退回")).sort()).toEqual(["人事科-退回修改.xlsx", "退回修改清单.txt"]);
    const wb = readWorkbook(readFileSync(join(dir, "退回", "人事科-退回修改.xlsx")), "x.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["修改说明", sheet.name]);
    const csv = convert([join(dir, "退回", "人事科-退回修改.xlsx")], CSV_ALL_SHEETS, join(dir, "退回-csv"));
    expect(csv.length).toBe(2);
    expect(readFileSync(join(dir, "退回", "退回修改清单.txt"), "utf8")).toContain("人事科：报送的表格有 2 处错误");
  }, 120_000);
});

describe("huibiao tasks", () => {
  it("lists 附件1's tasks by deadline as of a day, the plan's slips as unreadable; reads its own output back", async () => {
    const { readWorkbook } = await import("../../src/hosts/file/read-workbook");
    const r = huibiao("tasks", "--as-of", "2023-05-15", "-o", "任务进度.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toContain("共 25 项：已逾期 4，30 天内到期 0，未到期 18，已完成 0，完成时限无法识别 3");
    expect(r.out).toContain("「2023年23月底前」中的月份 23 不存在");
    const wb = readWorkbook(readFileSync(join(dir, "任务进度.xlsx")), "任务进度.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["任务进度", "按责任单位"]);
    // Read back the file it wrote (no marks yet): the same 25 tasks.
    const again = huibiao("tasks", "任务进度.xlsx", "--as-of", "2023-05-15", "-o", "任务进度2.xlsx");
    expect(again.code).toBe(0);
    expect(again.out).toContain("共 25 项");
    expect(again.out).toContain("读取「任务进度.xlsx」›「任务进度」");
    // Two lists given: the first is read, the other said (never merged silently, never dropped unsaid).
    const two = huibiao("tasks", "任务进度.xlsx", "任务进度2.xlsx", "--as-of", "2023-05-15", "-o", "任务进度3.xlsx");
    expect(two.code).toBe(0);
    expect(two.out).toContain("另有 1 份附件1 未读取（「任务进度2.xlsx」›「任务进度」）");
  });
});
