/** The CLI as scripts use it: the built bundle, run as a process, exit codes and JSON. */
import { describe, expect, it, beforeAll } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readFileSync, readdirSync, utimesSync } from "node:fs";
import { zipSync } from "fflate";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { docx, p, tbl, tc, tr } from "../helpers/docx";
import { biff5Workbook, storedZip } from "../helpers/packages";
import { gbk } from "../helpers/gbk";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { schema, TALKS_HEADER } from "../helpers/sheets";
import { INSIGHTS, insightsReturn } from "../helpers/sixth-form";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const dir = mkdtempSync(join(tmpdir(), "huibiao-cli-"));
const huibiao = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const rnd = random(3);
beforeAll(() => {
  mkdirSync(join(dir, "returns"));
  const good = talkRows(rnd, "办公室", 3);
  writeFileSync(
    join(dir, "returns", "办公室.xlsx"),
    writeSheetsAs([returnSheet(schema("talks"), good, { unit: "办公室" })], "xlsx"),
  );
  const bad = talkRows(rnd, "法规科", 2).map((r, i) => (i === 1 ? { ...r, date: "2023年2月30日" } : r));
  writeFileSync(
    join(dir, "returns", "法规科.xlsx"),
    writeSheetsAs([returnSheet(schema("talks"), bad, { unit: "法规科" })], "xlsx"),
  );
  writeFileSync(join(dir, "returns", "~$法规科.xlsx"), "lock file");
  writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
  writeFileSync(join(dir, "roster.txt"), "\uFEFF办公室\n法规科\n\n人事科\n");
});

describe("huibiao template", () => {
  it("writes the named annexes", () => {
    const r = huibiao("template", "2", "research", "-o", "t.xlsx");
    expect(r.code).toBe(0);
    expect(readWorkbook(readFileSync(join(dir, "t.xlsx")), "t.xlsx").sheets.map((s) => s.name)).toEqual([
      "附件2 大谈话统计表",
      "附件3 大调研课题申报表",
      "_lists",
    ]);
  });
  it("refuses an unknown annex with a usage error", () => {
    const r = huibiao("template", "9", "-o", "t.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有附件「9」");
  });
});

describe("-o of a command that writes a workbook", () => {
  it.each<[string, string[], string]>([
    ["merge", ["merge", "returns"], "汇总2023.2.15"],
    ["template", ["template", "2"], "模板"],
    ["tasks", ["tasks"], "任务进度"],
  ])("%s: a name without .xlsx gets it, as Save As gives it", (_, command, name) => {
    mkdirSync(join(dir, "named"), { recursive: true });
    const r = huibiao(...command, "-o", join("named", name));
    expect(r.err).toBe("");
    expect(readdirSync(join(dir, "named"))).toContain(`${name}.xlsx`);
    expect(existsSync(join(dir, "named", name))).toBe(false);
    expect(
      readWorkbook(readFileSync(join(dir, "named", `${name}.xlsx`)), `${name}.xlsx`).sheets.length,
    ).toBeGreaterThan(0);
  });

  it.each<[string, string[]]>([
    ["汇总.csv", ["merge", "returns"]],
    ["汇总.XLS", ["merge", "returns"]],
    ["模板.ods", ["template", "2"]],
    ["任务进度.txt", ["tasks", "--as-of", "2023-03-01"]],
  ])("-o %s is refused, saying what to write instead", (out, command) => {
    const r = huibiao(...command, "-o", join("refused", out));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`huibiao 写出的是 .xlsx 工作簿，文件名不能以 ${extname(out)} 结尾`);
    expect(r.err).toContain(`请改为 -o ${join("refused", out.replace(/\.\w+$/, ".xlsx"))}`);
    expect(existsSync(join(dir, "refused"))).toBe(false);
  });
});

describe("-o naming a folder", () => {
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
  };
  it.each<[string, string[], () => string]>([
    ["merge", ["merge", "returns"], () => `汇总表-${today()}.xlsx`],
    ["template", ["template", "2"], () => "模板.xlsx"],
    ["tasks", ["tasks", "--as-of", "2023-03-01"], () => "任务进度.xlsx"],
  ])(
    "%s writes into it under the command's own name, as Save As opened on that folder would",
    (what, command, name) => {
      const folder = join(dir, `输出-${what}`);
      mkdirSync(folder);
      for (const o of [`输出-${what}`, `输出-${what}/`]) {
        const r = huibiao(...command, "-o", o);
        expect(r.err).toBe("");
        expect(readdirSync(folder)).toEqual([name()]);
      }
      expect(readWorkbook(readFileSync(join(folder, name())), name()).sheets.length).toBeGreaterThan(0);
    },
  );

  it.each<[string, string[]]>([
    ["没有的文件夹/汇总.xlsx", ["merge", "returns"]],
    ["没有的文件夹/", ["merge", "returns"]],
    ["roster.txt/汇总.xlsx", ["merge", "returns"]],
    ["没有的文件夹/模板.xlsx", ["template", "2"]],
  ])("-o %s (no such folder) is refused before any file is read", (out, command) => {
    const r = huibiao(...command, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      out.startsWith("roster.txt")
        ? /roster\.txt 是一个文件，不是文件夹/
        : /文件夹 没有的文件夹\/? 不存在：请先建好这个文件夹/,
    );
    expect(r.err).not.toContain("读取");
    expect(existsSync(join(dir, "没有的文件夹"))).toBe(false);
  });
});

describe("merge: many files alike that cannot be merged", () => {
  it("says them in one line with a few names (a downloads folder given by mistake); --json and the overview list each", () => {
    const folder = join(dir, "下载");
    mkdirSync(folder);
    writeFileSync(join(folder, "办公室.xlsx"), readFileSync(join(dir, "returns", "办公室.xlsx")));
    for (let i = 1; i <= 5; i++) writeFileSync(join(folder, `setup${i}.exe`), "MZ");
    writeFileSync(join(folder, "说明.pdf"), "%PDF-1.7");
    writeFileSync(join(folder, "法规科.pdf"), "%PDF-1.7");
    const r = huibiao("merge", "下载", "-o", "many.xlsx", "--roster", "roster.txt");
    const lines = r.out.split("\n").filter((l) => l.includes("无法汇总"));
    expect(lines.filter((l) => l.includes(".exe"))).toEqual([
      "  ✗ 无法汇总 5 个文件「setup1.exe」「setup2.exe」「setup3.exe」等（全部列在汇总表的「汇总概况」中）：不是表格文件（.exe）：汇总只读取 .xlsx、.xls、.ods、.csv 等表格文件",
    ]);
    // Fewer alike, or a unit's own (法规科.pdf), keep a line each.
    expect(lines.filter((l) => l.startsWith("  ✗ 无法汇总「")).map((l) => /「(.+?)」/.exec(l)![1])).toEqual([
      "法规科.pdf",
      "说明.pdf",
    ]);
    const json = JSON.parse(huibiao("merge", "下载", "-o", "many.xlsx", "--json").out) as { rejected: unknown[] };
    expect(json.rejected).toHaveLength(7);
    // validate says them alike too; --json lists each.
    const checked = huibiao("validate", "下载");
    expect(checked.out.split("\n").filter((l) => l.includes(".exe"))).toEqual([
      "✗ 5 个文件「setup1.exe」「setup2.exe」「setup3.exe」等：不是表格文件（.exe）：汇总只读取 .xlsx、.xls、.ods、.csv 等表格文件",
    ]);
    const each = JSON.parse(huibiao("validate", "下载", "--json").out) as { files: { file: string }[] };
    expect(each.files.filter((f) => f.file.endsWith(".exe"))).toHaveLength(5);
    const overview = readWorkbook(readFileSync(join(dir, "many.xlsx")), "many.xlsx").sheets[0];
    const listed = overview.rows.filter((row) => typeof row[0] === "string" && /^setup\d\.exe$/.test(row[0]));
    expect(listed).toHaveLength(5);
  });
});

describe("huibiao validate", () => {
  it("exits 0 for a clean file", () => {
    expect(huibiao("validate", "returns/办公室.xlsx").code).toBe(0);
  });

  it("names each form as the plan does, not by its id", () => {
    const r = huibiao("validate", "returns/办公室.xlsx");
    expect(r.out).toContain("：附件2 大谈话统计表，填报单位：办公室，3 行");
    expect(r.out).not.toMatch(/\btalks\b/);
  });

  it("names no unit for 附件1 as the plan prints it (no 填报单位 line), and says 未知 for a return without one", () => {
    const tasks = [
      ["学习宣传贯彻党的二十大精神任务清单"],
      ["序号", "任务事项", "任务事项", "责任单位", "完成时限"],
      [1, "一、大培训活动", "1.落实好第一议题制度", "办公室、机关党委", "2023年6月底前"],
    ];
    const talks = [
      ["学习宣传贯彻党的二十大精神·大谈话统计表"],
      [...TALKS_HEADER],
      [1, "张三", "主任", "李四", "科员", "王五", "2023-02-15", "会议室", "谈心谈话"],
    ];
    writeFileSync(join(dir, "任务清单.xlsx"), writeSheetsAs([{ name: "附件1", rows: tasks, merges: [] }], "xlsx"));
    writeFileSync(join(dir, "无单位.xlsx"), writeSheetsAs([{ name: "附件2", rows: talks, merges: [] }], "xlsx"));
    const plan = huibiao("validate", "任务清单.xlsx");
    expect([plan.code, plan.out.split("\n")[0]]).toEqual([
      0,
      "✓ 任务清单.xlsx ›「附件1」：附件1 任务清单，1 行，错误 0，提醒 0",
    ]);
    const none = huibiao("validate", "无单位.xlsx");
    expect(none.code).toBe(1);
    expect(none.out).toContain("：附件2 大谈话统计表，填报单位：（未知），1 行，错误 1");
  });

  it("reads an Excel 5.0/95 workbook saved on Chinese Windows (text in GBK), through the bundled SheetJS", () => {
    const rows = [
      ["附件2"],
      ["填报单位：宣教科"],
      [...TALKS_HEADER],
      [1, "张三", "宣教科科长", "李四", "宣教科科员", "王五", "2023年2月15日", "会议室", "谈心谈话"],
    ];
    writeFileSync(join(dir, "宣教科95.xls"), biff5Workbook([{ name: "附件2", rows }], 936, gbk));
    const r = huibiao("validate", "宣教科95.xls", "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).files[0].sheets).toMatchObject([
      { sheet: "附件2", annex: "talks", unit: "宣教科", rows: 1 },
    ]);
  });

  it("names the formulas of an .xls that Python's xlwt wrote without calculating (read in the SheetJS process)", () => {
    const xls = join(__dirname, "../fixtures/programs/xlwt-附件2.xls");
    const r = huibiao("validate", xls, "--json");
    expect(r.code).toBe(1);
    const [sheet] = JSON.parse(r.out).files[0].sheets;
    expect(sheet).toMatchObject({ annex: "talks", unit: "法规科", rows: 3 });
    expect(
      sheet.issues.map((i: { code: string; cell: string; message: string }) => `${i.code}@${i.cell} ${i.message}`),
    ).toEqual([
      expect.stringMatching(/^formula@D4 「谈话对象」是公式（="李"&"四"），文件里没有保存计算结果/),
      expect.stringMatching(/^formula@G5 「谈话时间」是公式（=DATE\(2023,3,6\)）/),
      expect.stringMatching(/^formula@H5 「谈话地点」是公式/),
    ]);
    // LibreOffice calculated its copy: nothing to say.
    expect(huibiao("validate", join(__dirname, "../fixtures/programs/libreoffice-附件2.xls")).code).toBe(0);
  });

  it("takes the unit of a sheet that leaves 填报单位 empty from another sheet of the file, in sheet order", () => {
    const empty = returnSheet(schema("suggestions"), [{ content: "建议加强学习" }], { unit: "", unitLineEmpty: true });
    const named = returnSheet(schema("talks"), talkRows(rnd, "人事科", 1), { unit: "人事科" });
    writeFileSync(join(dir, "报表.xlsx"), writeSheetsAs([empty, named], "xlsx"));
    const r = huibiao("validate", "报表.xlsx", "--json");
    expect(r.code).toBe(0);
    const sheets = JSON.parse(r.out).files[0].sheets;
    expect(sheets.map((s: { annex: string; unit: string }) => [s.annex, s.unit])).toEqual([
      ["suggestions", "人事科"],
      ["talks", "人事科"],
    ]);
    expect(sheets[0].issues.map((i: { message: string }) => i.message)).toEqual([
      "未填写填报单位，已按同一文件中「附件2」的填报单位认定为「人事科」",
    ]);
  });

  it("prints 20 issues of a kind a sheet, then counts the rest of that kind in one line; --json lists them all", () => {
    // 26 talks: every date a month that does not exist, one talk type misspelt.
    const rows = talkRows(rnd, "宣教科", 26).map((t, i) => ({
      ...t,
      date: `2023年13月${i + 1}日`,
      ...(i === 2 ? { type: "谈心" } : {}),
    }));
    writeFileSync(
      join(dir, "宣教科-26.xlsx"),
      writeSheetsAs([returnSheet(schema("talks"), rows, { unit: "宣教科" })], "xlsx"),
    );
    const r = huibiao("validate", "宣教科-26.xlsx");
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    const dates = lines.filter((l) => l.includes("[date]"));
    expect(dates).toHaveLength(21);
    expect(dates.slice(0, 20).every((l) => l.includes("月份 13 不存在"))).toBe(true);
    expect(dates[20]).toBe("    错误 ……    [date] 同类问题另有 6 处（G25 至 G30），全部列出请加 --json");
    expect(lines.filter((l) => l.includes("[talk-type]"))).toHaveLength(1);
    expect(r.out).toContain("错误 27，提醒 0");
    expect(r.out).toContain("共 1 个文件：错误 27 处，提醒 0 处");
    const json = JSON.parse(huibiao("validate", "宣教科-26.xlsx", "--json").out);
    expect(json.files[0].sheets[0].issues).toHaveLength(27);
  });

  it("exits 1 with errors and prints the documented JSON", () => {
    const r = huibiao("validate", "returns/法规科.xlsx", "--roster", "roster.txt", "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toEqual({
      files: [
        {
          file: "法规科.xlsx",
          error: null,
          sheets: [
            {
              sheet: "附件2",
              annex: "talks",
              unit: "法规科",
              rows: 2,
              issues: [
                {
                  severity: "error",
                  code: "date",
                  cell: "G6",
                  value: "2023年2月30日",
                  message: "「2023年2月30日」不存在：2023年2月只有 28 天",
                },
              ],
            },
          ],
        },
      ],
    });
  });
  it("exits 2 when a file cannot be read: one line, no stack trace", () => {
    const r = huibiao("validate", "broken.xlsx", "returns/办公室.xlsx");
    expect(r.code).toBe(2);
    expect(r.out).toContain("broken.xlsx：内容是纯文本");
    expect(r.out + r.err).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
  });
  it("says so of a sheet titled as a form whose header is not the form's (nothing passed over)", () => {
    const sheets = [
      returnSheet(schema("talks"), talkRows(rnd, "法规科", 1), { unit: "法规科" }),
      {
        name: "附件4",
        rows: [["学习宣传贯彻党的二十大精神·提建议清单"], ["填报单位：法规科"], ["序号", "意见内容"], [1, "加强培训"]],
        merges: [],
      },
    ];
    writeFileSync(join(dir, "两张表.xlsx"), writeSheetsAs(sheets, "xlsx"));
    const r = huibiao("validate", "两张表.xlsx", "--json");
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.out).files;
    expect(file.sheets.map((s: { sheet: string; rows: number }) => [s.sheet, s.rows])).toEqual([
      ["附件2", 1],
      ["附件4", 0],
    ]);
    expect(file.sheets[1].issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "sheet",
        cell: "A1",
        message: expect.stringContaining("找不到这张表的表头"),
      }),
    ]);
    // The merge lists it with the files not merged, and the unit's line points there.
    const merged = huibiao("merge", "两张表.xlsx", "-o", "两张表-汇总.xlsx");
    expect(merged.out).toMatch(/法规科\s+附件2 1行\s+另有 1 张表无法汇总（见下）/);
    expect(merged.out).toContain("✗ 无法汇总「两张表.xlsx › 附件4」");
  });
  it("says which path does not exist", () => {
    const r = huibiao("validate", "nope.xlsx");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("huibiao: 找不到文件或文件夹：nope.xlsx");
  });
});

describe("huibiao merge", () => {
  it("merges a folder, lists missing and rejected, prints the documented JSON", () => {
    const r = huibiao("merge", "returns", "broken.xlsx", "-o", "汇总.xlsx", "--roster", "roster.txt", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      output: "汇总.xlsx",
      annexes: { talks: { rows: 5, units: { 办公室: 3, 法规科: 2 } } },
      missing: { talks: ["人事科"] },
      replaced: [],
      // The lock file WPS or Excel leaves beside an open file is listed (the file may be unsaved), not read.
      rejected: [
        { file: "~$法规科.xlsx", code: "read.lock-file" },
        { file: "broken.xlsx", code: "read.kind-text" },
      ],
      issues: 1,
      reconciliation: { read: 5, summarized: 5, replaced: 0, uncollected: 0, dropped: 0 },
    });
    expect(json.rejected[1].reason).toContain("纯文本");
    const summary = readWorkbook(readFileSync(join(dir, "汇总.xlsx")), "汇总.xlsx");
    expect(summary.sheets.map((s) => s.name)).toEqual(["汇总概况", "统计", "汇总 附件2 大谈话统计表"]);
  });
  it("without a roster lists the units that returned as returned, and says who has not cannot be known", () => {
    const plain = huibiao("merge", "returns", "-o", "n.xlsx");
    expect(plain.out).toMatch(/✓ 办公室/);
    expect(plain.out).toContain("没有单位名单：只能列出报送了的单位，无法判断谁未报");
    expect(plain.out).not.toContain("不在名单中");
    expect(JSON.parse(huibiao("merge", "returns", "-o", "n.xlsx", "--json").out).rosterGiven).toBe(false);
    const listed = huibiao("merge", "returns", "-o", "n.xlsx", "--roster", "roster.txt");
    expect(listed.out).not.toContain("没有单位名单");
    expect(
      JSON.parse(huibiao("merge", "returns", "-o", "n.xlsx", "--roster", "roster.txt", "--json").out).rosterGiven,
    ).toBe(true);
  });
  it("gives the same summary bytes for the same inputs", () => {
    huibiao("merge", "returns", "-o", "a.xlsx");
    huibiao("merge", "returns", "-o", "b.xlsx");
    expect(readFileSync(join(dir, "a.xlsx")).equals(readFileSync(join(dir, "b.xlsx")))).toBe(true);
  });
  it("takes --expect as annex numbers", () => {
    const r = huibiao("merge", "returns", "-o", "e.xlsx", "--roster", "roster.txt", "--expect", "2,3", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).missing).toEqual({ talks: ["人事科"], research: ["办公室", "法规科", "人事科"] });
    expect(huibiao("merge", "returns", "-o", "e.xlsx", "--expect", "9").code).toBe(2);
  });
  it("needs -o", () => {
    const r = huibiao("merge", "returns");
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o");
  });
});

describe("output into a closed pipe", () => {
  it("stops printing quietly, without a stack trace, and still does the work", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" demo -o piped | head -1`], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.stdout).toContain("示例数据");
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.stderr).not.toContain("Error");
    for (const f of ["汇总.xlsx", "催交通知.txt", "退回修改"]) expect(existsSync(join(dir, "piped", f))).toBe(true);
  });
});

describe("huibiao demo", () => {
  it("writes sample returns, merges them and prints the return status", () => {
    const r = huibiao("demo", "-o", "demo");
    expect(r.code).toBe(0);
    expect(r.out).toContain("报送情况");
    expect(r.out).toMatch(/✗ 核与辐射安全科.*未报/);
    expect(r.out).toContain("「法规科-报表（修改稿）.xlsx」替换了「法规科-报表（初稿）.xlsx」");
    expect(existsSync(join(dir, "demo", "汇总.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "demo", "模板.xlsx"))).toBe(true);
  });
});

describe("a unit's form sent in parts (补报)", () => {
  it("merges both, says so on the status and in the JSON, and tells what to do if it was the whole form again", () => {
    const parts = join(dir, "parts");
    mkdirSync(parts);
    const month = (m: number) =>
      returnSheet(
        schema("talks"),
        talkRows(random(m), "办公室", 2).map((r, i) => ({
          ...r,
          talkee: `${m}月对象${i}`,
          date: `2023-0${m}-0${i + 3}`,
        })),
        { unit: "办公室" },
      );
    writeFileSync(join(parts, "办公室-1月.xlsx"), writeSheetsAs([month(1)], "xlsx"));
    writeFileSync(join(parts, "办公室-2月.xlsx"), writeSheetsAs([month(2)], "xlsx"));
    utimesSync(join(parts, "办公室-1月.xlsx"), new Date(2023, 1, 1), new Date(2023, 1, 1));
    utimesSync(join(parts, "办公室-2月.xlsx"), new Date(2023, 2, 1), new Date(2023, 2, 1));
    const r = huibiao("merge", "parts", "-o", "parts.xlsx");
    expect(r.out).toContain(
      "＋ 办公室 附件2：「办公室-2月.xlsx」的行大多不在「办公室-1月.xlsx」中，看作补报，一并汇总；如果它是重新填写的整张表，请删去较早的文件后重新汇总",
    );
    expect(r.out).toContain("汇总 4 行 + 被替换的重复报送 0 行");
    const json = JSON.parse(huibiao("merge", "parts", "-o", "parts.xlsx", "--json").out) as {
      supplemented: unknown[];
      replaced: unknown[];
    };
    expect(json.supplemented).toEqual([
      { unit: "办公室", annex: "talks", file: "办公室-2月.xlsx", with: ["办公室-1月.xlsx"] },
    ]);
    expect(json.replaced).toEqual([]);
  });
});

describe("--forms: a sixth form given as data", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "forms.json"), JSON.stringify([INSIGHTS]));
    mkdirSync(join(dir, "insights"));
    for (const unit of ["办公室", "法规科"]) {
      const r = insightsReturn(unit);
      writeFileSync(join(dir, "insights", r.name), writeSheetsAs(r.sheets, "xlsx"));
    }
  });

  it("template writes it", () => {
    const r = huibiao("template", "6", "--forms", "forms.json", "-o", "t6.xlsx");
    expect(r.code).toBe(0);
    expect(readWorkbook(readFileSync(join(dir, "t6.xlsx")), "t6.xlsx").sheets[0].name).toBe("附件6 心得体会交流表");
  });

  it("validate and merge find it", () => {
    const v = huibiao("validate", "insights", "--forms", "forms.json", "--json");
    expect(v.code).toBe(1);
    const sheets = JSON.parse(v.out).files.flatMap((f: { sheets: { annex: string }[] }) => f.sheets);
    expect(sheets.map((s: { annex: string }) => s.annex)).toEqual(["insights", "insights"]);
    const m = huibiao(
      "merge",
      "insights",
      "--forms",
      "forms.json",
      "--roster",
      "roster.txt",
      "-o",
      "s6.xlsx",
      "--json",
    );
    expect(m.code).toBe(0);
    expect(JSON.parse(m.out).annexes).toEqual({ insights: { rows: 4, units: { 办公室: 2, 法规科: 2 } } });
    expect(JSON.parse(m.out).missing).toEqual({ insights: ["人事科"] });
  });

  it("a form that cannot be used is refused with what is wrong", () => {
    writeFileSync(join(dir, "bad-forms.json"), JSON.stringify({ ...INSIGHTS, number: 2, columns: [] }));
    const r = huibiao("template", "--forms", "bad-forms.json", "-o", "x.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/表格定义 bad-forms\.json 不能使用：表格定义 insights：至少需要一列 columns/);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("huibiao merge --roster as coordinators keep it", () => {
  beforeAll(() => {
    mkdirSync(join(dir, "kept"));
    writeFileSync(
      join(dir, "kept", "办公室.xlsx"),
      writeSheetsAs([returnSheet(schema("talks"), talkRows(rnd, "办公室", 2), { unit: "办公室" })], "xlsx"),
    );
    // A workbook with a title, 序号 beside the names and a contact column; saved among the returns.
    const rows = [
      ["2023年报送单位名单"],
      ["序号", "单位名称", "联系人"],
      [1, "办公室", "张三"],
      [2, "法规科", "李四"],
      [3, "人事科", "王五"],
    ];
    writeFileSync(join(dir, "kept", "单位名单.xlsx"), writeSheetsAs([{ name: "名单", rows, merges: [] }], "xlsx"));
    writeFileSync(join(dir, "kept", "名单.txt"), "1. 办公室\n2、法规科\n3、人事科，\n");
  });

  it.each(["kept/单位名单.xlsx", "kept/名单.txt"])("reads %s, and never takes it for a return", (roster) => {
    const r = huibiao("merge", "kept", "-o", "k.xlsx", "--roster", roster, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.missing.talks).toEqual(["法规科", "人事科"]);
    // The other roster file is no return either, but nothing said it is the coordinator's: listed.
    const other = roster.endsWith(".xlsx") ? "名单.txt" : "单位名单.xlsx";
    expect(json.rejected.map((x: { file: string }) => x.file)).toEqual([other]);
  });

  it.each(["单位名单.docx", "名单（Word 另存）.txt"])(
    "reads a roster kept as a Word table, with lines after it (%s: by its content, whatever its name)",
    (name) => {
      const word = docx(
        p("附件：单位名单") +
          tbl(tr(tc("序号"), tc("单位名称")), tr(tc("1"), tc("办公室")), tr(tc("2"), tc("法规科"))) +
          p("二、分局") +
          p("人事科"),
      );
      writeFileSync(join(dir, name), word);
      const r = huibiao("merge", "kept/办公室.xlsx", "-o", "w.xlsx", "--roster", name, "--json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).missing.talks).toEqual(["法规科", "人事科"]);
      // Checked as a return, it is said to be a roster.
      const checked = JSON.parse(huibiao("validate", name, "--json").out);
      expect(checked.files[0].error).toBe(
        "这是单位名单（3 个单位），不是报送文件：请把其中的单位填入「单位名单」（命令行用 --roster）后再汇总",
      );
    },
  );
});

describe("a 填报单位 not on the roster", () => {
  it("a roster unit's name of another kind (法规处 for 法规科): its own line, asking whether it is that unit", () => {
    mkdirSync(join(dir, "other-kind"));
    writeFileSync(
      join(dir, "other-kind", "附件2.xlsx"),
      writeSheetsAs([returnSheet(schema("talks"), talkRows(rnd, "法规处", 2), { unit: "法规处" })], "xlsx"),
    );
    const r = huibiao("merge", "other-kind", "-o", "o.xlsx", "--roster", "roster.txt");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\? 法规处\s+附件2 2行（提醒1）\s+（不在名单中，是「法规科」吗？）/);
    const checked = huibiao("validate", "other-kind/附件2.xlsx", "--roster", "roster.txt");
    expect(checked.out).toContain("填报单位「法规处」不在单位名单中，是名单上的「法规科」吗？");
  });
});

describe("huibiao merge over several folders", () => {
  beforeAll(() => {
    // The same unit's return in two batches, under the same file name; the second one corrected.
    const first = talkRows(rnd, "人事科", 2);
    const second = first.map((r, i) => (i === 0 ? { ...r, talkee: "改正后" } : r));
    for (const [batch, rows, time] of [
      ["第一批", first, 1_700_000_000],
      ["第二批", second, 1_700_086_400],
    ] as const) {
      mkdirSync(join(dir, batch));
      const file = join(dir, batch, "人事科.xlsx");
      writeFileSync(file, writeSheetsAs([returnSheet(schema("talks"), rows, { unit: "人事科" })], "xlsx"));
      utimesSync(file, time, time);
    }
  });

  it("names a file by its folder when two folders hold the same name, and the later replaces the earlier", () => {
    const r = huibiao("merge", "第一批", "第二批", "-o", "batches.xlsx", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.replaced).toMatchObject([
      { unit: "人事科", file: join("第一批", "人事科.xlsx"), by: join("第二批", "人事科.xlsx") },
    ]);
    expect(json.reconciliation).toMatchObject({ read: 4, summarized: 2, replaced: 2, dropped: 0 });
  });

  it("reads a file given twice (by itself and in its folder) once", () => {
    const r = huibiao("merge", "第二批", join("第二批", "人事科.xlsx"), "-o", "twice.xlsx", "--json");
    expect(JSON.parse(r.out).reconciliation).toMatchObject({ read: 2, summarized: 2, replaced: 0 });
  });
});

describe("huibiao merge of a .zip (打包下载)", () => {
  it("reads the returns inside it, as the folder they came from, and leaves nothing unpacked behind", () => {
    const files = {
      "回收/办公室.xlsx": readFileSync(join(dir, "returns", "办公室.xlsx")),
      "回收/法规科/附件2.xlsx": readFileSync(join(dir, "returns", "法规科.xlsx")),
      "回收/通知.pdf": new TextEncoder().encode("%PDF"),
    };
    writeFileSync(join(dir, "回收.zip"), zipSync(files));
    const tmp = mkdtempSync(join(tmpdir(), "huibiao-tmp-"));
    const r = spawnSync(
      process.execPath,
      [BIN, "merge", "回收.zip", "-o", "zip.xlsx", "--roster", "roster.txt", "--json"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, TMPDIR: tmp },
      },
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    // The unit of 法规科/附件2.xlsx is 法规科 (its 填报单位 line says so; the folder would too).
    expect(json.annexes.talks).toMatchObject({ rows: 5, units: { 办公室: 3, 法规科: 2 } });
    expect(json.rejected).toMatchObject([{ file: "回收.zip/回收/通知.pdf", code: "read.kind-scan" }]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("removes the folder an interrupted run left (its process gone), not one of a running process", () => {
    writeFileSync(join(dir, "小.zip"), zipSync({ "办公室.xlsx": readFileSync(join(dir, "returns", "办公室.xlsx")) }));
    const tmp = mkdtempSync(join(tmpdir(), "huibiao-tmp-"));
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const left = join(tmp, `huibiao-zip-${gone.stdout}-abc123`);
    const running = join(tmp, `huibiao-zip-${process.pid}-def456`);
    for (const d of [left, running]) mkdirSync(d);
    const r = spawnSync(process.execPath, [BIN, "merge", "小.zip", "-o", "small.xlsx"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TMPDIR: tmp },
    });
    expect(r.status).toBe(0);
    expect(readdirSync(tmp)).toEqual([`huibiao-zip-${process.pid}-def456`]);
  });

  it("reads both entries of one name (an archiver that appended), neither taken for the other", () => {
    writeFileSync(
      join(dir, "追加.zip"),
      storedZip([
        ["回收/报表.xlsx", readFileSync(join(dir, "returns", "办公室.xlsx"))],
        ["回收/报表.xlsx", readFileSync(join(dir, "returns", "法规科.xlsx"))],
      ]),
    );
    const json = JSON.parse(huibiao("merge", "追加.zip", "-o", "z3.xlsx", "--json").out);
    expect(json.annexes.talks).toMatchObject({ rows: 5, units: { 办公室: 3, 法规科: 2 } });
    expect(json.reconciliation).toMatchObject({ read: 5, summarized: 5, dropped: 0 });
  });

  it("a damaged .zip is listed with its reason and the rest merged", () => {
    writeFileSync(join(dir, "坏.zip"), "PK not a zip");
    const json = JSON.parse(huibiao("merge", "returns", "坏.zip", "-o", "z2.xlsx", "--json").out);
    expect(json.rejected).toContainEqual(expect.objectContaining({ file: "坏.zip", code: "read.archive-damaged" }));
    expect(json.annexes.talks.rows).toBe(5);
  });

  it("a .zip with nothing in it (an upload gone wrong) is listed as empty, against its unit, not passed over", () => {
    writeFileSync(join(dir, "人事科.zip"), zipSync({ "新建文件夹/": new Uint8Array(0) }));
    const json = JSON.parse(
      huibiao("merge", "returns", "人事科.zip", "-o", "z4.xlsx", "--roster", "roster.txt", "--json").out,
    );
    expect(json.rejected).toContainEqual({
      file: "人事科.zip",
      code: "read.archive-empty",
      unit: "人事科",
      reason: expect.stringContaining("压缩包里没有文件"),
    });
  });
});
