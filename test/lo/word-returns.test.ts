/**
 * Returns filled in inside a Word document, as LibreOffice Writer saves them (.docx, and the old
 * .doc: the same rows), merged by the CLI with the spreadsheet returns: the forms'
 * titles and 填报单位 lines are paragraphs, the forms tables with cells merged down and across.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { cellText } from "../../src/core/sheet/grid";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { talkRows, random } from "../../src/app/demo/samples";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { FORMS, schema, TALKS_HEADER } from "../helpers/sheets";
import { docx, p, symbolCell, tbl, tc, tr } from "../helpers/docx";
import { merge } from "../../src/core/merge/merge";
import { convert } from "../helpers/soffice";

const BIN = join(__dirname, "../../bin/huibiao.cjs");
const TITLE = "学习宣传贯彻党的二十大精神";

const cells = (tag: string, values: readonly string[]) => values.map((v) => `<${tag}>${v}</${tag}>`).join("");
const html = (body: string) => `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/** 法规科: 附件2 with 谈话人 merged down over two talks, and 附件4 with a suggestion of two paragraphs. */
const FAGUI = html(`
<p>附件2</p><p align="center"><b>${TITLE}·大谈话统计表</b></p><p>填报单位：法规科</p>
<table border="1">
<tr>${cells("td", TALKS_HEADER)}</tr>
<tr><td>1</td><td rowspan="2">张三</td><td rowspan="2">法规科科长</td>${cells("td", ["李四", "法规科科员", "王五", "2023年2月3日", "会议室", "谈心谈话"])}</tr>
<tr><td>2</td>${cells("td", ["赵六", "法规科科员", "王五", "2023.2.30", "会议室", "廉政谈话"])}</tr>
<tr>${cells("td", ["3", "钱七", "法规科副科长", "孙八", "法规科科员", "王五", "2023-02-10", "会议室", "任前谈话"])}</tr>
</table>
<p>备注：谈话类型为谈心谈话、任前谈话、提醒谈话、廉政谈话等</p>
<p>附件4</p><p align="center">${TITLE}·提建议清单</p><p>填报单位：法规科</p>
<table border="1">
<tr><td>序号</td><td>建议内容</td></tr>
<tr><td>1</td><td><p>建议加强理论学习。</p><p>每月组织一次专题学习。</p></td></tr>
<tr><td>2</td><td>建议完善督办机制 &amp; 考核&lt;办法&gt;</td></tr>
</table>`);

/** 宣教科: 附件3 whose last header spans two columns (牵头领导 / 牵头部门、参与部门). */
const XUANJIAO = html(`
<p align="center">${TITLE}·大调研课题申报表</p><p>填报单位：  宣教科  </p>
<table border="1">
<tr>${cells("td", ["序号", "课题名称", "调研目的", "调研安排"])}<td colspan="2">牵头领导<br>牵头部门、参与部门</td></tr>
<tr>${cells("td", ["1", "生态环境宣传效果研究", "提升宣传效果", "3-6月开展", "张局长", "宣教科、办公室"])}</tr>
</table>`);

/**
 * 监测站: 填报单位 written once at the top; 附件2 as a table; 附件3 below it filled in standing up
 * (课题名称 | … down the first column, a topic a column), as 申报表 are laid out in Word.
 */
const JIANCE = html(`
<p>填报单位：监测站</p>
<p>附件2</p><p align="center">${TITLE}·大谈话统计表</p>
<table border="1">
<tr>${cells("td", TALKS_HEADER)}</tr>
<tr>${cells("td", ["1", "周一", "监测站站长", "吴二", "监测站科员", "郑三", "2023年2月6日", "会议室", "谈心谈话"])}</tr>
</table>
<p>附件3</p><p align="center">${TITLE}·大调研课题申报表</p>
<table border="1">
<tr><td>课题名称</td><td>水质自动监测数据应用研究</td><td>监测能力提升调研</td></tr>
<tr><td>调研目的</td><td>用好监测数据</td><td>补齐短板</td></tr>
<tr><td>调研安排</td><td>3-5月</td><td>4-6月</td></tr>
<tr><td>牵头领导</td><td>周站长</td><td>吴副站长</td></tr>
<tr><td>牵头部门、参与部门</td><td>监测站</td><td>监测站、执法支队</td></tr>
</table>`);

const NO_TABLE = html(`<p>关于报送情况的说明</p><p>我科本月无谈话。</p>`);

interface MergeJson {
  readonly rejected: { file: string; reason: string; code: string }[];
  readonly annexes: Record<string, { rows: number; units: Record<string, number> }>;
  readonly missing: Record<string, string[]>;
  readonly reconciliation: { read: number; summarized: number; dropped: number };
}
interface ValidateJson {
  readonly files: {
    file: string;
    sheets: {
      annex: string;
      issues: { severity: string; code: string; cell: string; place?: string; value: string; message: string }[];
    }[];
  }[];
}

function cli(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`huibiao ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

describe("returns filled in inside Word documents (LibreOffice Writer's .docx and .doc)", () => {
  let merged: MergeJson;
  let checked: ValidateJson;
  let summary: Uint8Array;
  // The same returns saved by LibreOffice as Word 97-2003 documents (.doc).
  let mergedDoc: MergeJson;
  let summaryDoc: Uint8Array;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-word-"));
    const src = join(dir, "src");
    const returns = join(dir, "returns");
    mkdirSync(src);
    mkdirSync(returns);
    const docs = { 法规科报送: FAGUI, 宣教科报送: XUANJIAO, 监测站报送: JIANCE, 人事科情况说明: NO_TABLE };
    for (const [name, body] of Object.entries(docs)) writeFileSync(join(src, `${name}.html`), body);
    const htmls = Object.keys(docs).map((n) => join(src, `${n}.html`));
    convert(htmls, "docx:MS Word 2007 XML", returns);
    const returnsDoc = join(dir, "returns-doc");
    mkdirSync(returnsDoc);
    convert(htmls, "doc:MS Word 97", returnsDoc);
    // Word's 「RTF」 saved under a .doc name: refused with what to do.
    writeFileSync(join(returnsDoc, "旧格式.doc"), "{\\rtf1\\ansi 附件2}");
    rmSync(src, { recursive: true });
    // A spreadsheet return beside them.
    const office = returnSheet(schema("talks"), talkRows(random(3), "办公室", 2), { unit: "办公室" });
    writeFileSync(join(returns, "办公室.xlsx"), writeSheetsAs([office], "xlsx"));
    writeFileSync(join(returnsDoc, "办公室.xlsx"), writeSheetsAs([office], "xlsx"));
    writeFileSync(join(dir, "roster.txt"), "办公室\n法规科\n宣教科\n人事科\n监测站\n");
    const roster = join(dir, "roster.txt");
    merged = JSON.parse(
      cli(["merge", returns, "--roster", roster, "-o", join(dir, "summary.xlsx"), "--json"], dir),
    ) as MergeJson;
    checked = JSON.parse(cli(["validate", returns, "--roster", roster, "--json"], dir)) as ValidateJson;
    summary = readFileSync(join(dir, "summary.xlsx"));
    mergedDoc = JSON.parse(
      cli(["merge", returnsDoc, "--roster", roster, "-o", join(dir, "summary-doc.xlsx"), "--json"], dir),
    ) as MergeJson;
    summaryDoc = readFileSync(join(dir, "summary-doc.xlsx"));
  }, 300_000);

  const sheetRows = (start: string, from = summary) => {
    const sheet = readWorkbook(from, "summary.xlsx").sheets.find((s) => s.name.startsWith(start))!;
    const header = sheet.rows[2].map((v) => cellText(v));
    return sheet.rows
      .slice(3)
      .filter((r) => r.some((v) => v !== null))
      .map((r) => Object.fromEntries(header.map((h, i) => [h, cellText(r[i] ?? null)])));
  };

  it("merges the tables of the .docx returns under the units their 填报单位 lines name, nothing dropped", () => {
    expect(merged.reconciliation.dropped).toBe(0);
    expect(merged.reconciliation.read).toBe(merged.reconciliation.summarized);
    expect(merged.annexes).toEqual({
      talks: { rows: 6, units: { 办公室: 2, 法规科: 3, 监测站: 1 } },
      research: { rows: 3, units: { 宣教科: 1, 监测站: 2 } },
      suggestions: { rows: 2, units: { 法规科: 2 } },
    });
    expect(merged.missing.talks).toEqual(["宣教科", "人事科"]);
  });

  it("a talker merged down over two talks is on both rows; the talks in order", () => {
    const talks = sheetRows("汇总 附件2").filter((r) => r["填报单位"] === "法规科");
    expect(talks.map((r) => [r["谈话人"], r["谈话对象"], r["来源文件"]])).toEqual([
      ["张三", "李四", "法规科报送.docx"],
      ["张三", "赵六", "法规科报送.docx"],
      ["钱七", "孙八", "法规科报送.docx"],
    ]);
  });

  it("a cell of two paragraphs keeps both lines; a header across two columns reads as the form's", () => {
    expect(sheetRows("汇总 附件4").map((r) => r["建议内容"])).toEqual([
      "建议加强理论学习。\n每月组织一次专题学习。",
      "建议完善督办机制 & 考核<办法>",
    ]);
    const topics = sheetRows("汇总 附件3").filter((r) => r["填报单位"] === "宣教科");
    expect(topics.map((r) => r["课题名称"])).toEqual(["生态环境宣传效果研究"]);
    expect(Object.values(topics[0])).toContain("张局长\n宣教科、办公室");
  });

  it("a form standing up in its own table is read as such; 填报单位 written once serves both forms", () => {
    const topics = sheetRows("汇总 附件3").filter((r) => r["填报单位"] === "监测站");
    expect(topics.map((r) => [r["课题名称"], r["调研目的"], r["调研安排"]])).toEqual([
      ["水质自动监测数据应用研究", "用好监测数据", "3-5月"],
      ["监测能力提升调研", "补齐短板", "4-6月"],
    ]);
    const sheets = checked.files.find((f) => f.file.endsWith("监测站报送.docx"))!.sheets;
    const unitIssues = sheets.flatMap((s) =>
      s.issues.filter((i) => i.code === "unit").map((i) => `${s.annex}:${i.code}`),
    );
    expect(unitIssues).toEqual(["research:unit"]);
    expect(sheets.find((s) => s.annex === "research")!.issues.map((i) => i.message)).toContainEqual(
      expect.stringContaining("已按同一文件中「Word 表格1」的填报单位认定为「监测站」"),
    );
  });

  it("a wrong date in a Word table is reported with its value, in the date column", () => {
    const sheets = checked.files.find((f) => f.file.endsWith("法规科报送.docx"))!.sheets;
    const issues = sheets.find((s) => s.annex === "talks")!.issues.filter((i) => i.code === "date");
    expect(issues).toMatchObject([{ value: "2023.2.30", cell: expect.stringMatching(/^G\d+$/) }]);
    // Where the unit finds it in the document: the second talk, under the header and the first one.
    expect(issues[0].message).toContain("2023.2.30");
    expect(issues[0].place).toBe("第1个表格第3行第7列");
  });

  it("refuses a document without a table, saying what to do", () => {
    const reasons = Object.fromEntries(merged.rejected.map((r) => [r.file, r.code]));
    expect(reasons).toEqual({ "人事科情况说明.docx": "read.kind-word" });
  });

  it("the same returns as Word 97-2003 documents (.doc) merge to the same rows: merged cells, spans, lines", () => {
    expect(mergedDoc.annexes).toEqual(merged.annexes);
    expect(mergedDoc.reconciliation).toEqual(merged.reconciliation);
    expect(mergedDoc.missing).toEqual(merged.missing);
    for (const form of ["汇总 附件2", "汇总 附件3", "汇总 附件4"]) {
      const asDocx = sheetRows(form).map((r) => ({ ...r, 来源文件: r["来源文件"].replace(/\.docx$/, ".doc") }));
      expect(sheetRows(form, summaryDoc)).toEqual(asDocx);
    }
    const reasons = Object.fromEntries(mergedDoc.rejected.map((r) => [r.file, r.code]));
    expect(reasons).toEqual({ "人事科情况说明.doc": "read.kind-word", "旧格式.doc": "read.word-old" });
    expect(mergedDoc.rejected.find((r) => r.file === "旧格式.doc")!.reason).toContain("RTF 文档");
    expect(mergedDoc.rejected.find((r) => r.file === "旧格式.doc")!.reason).toContain("另存为」.docx");
  });
});

/**
 * The whole plan sent back: its text, then all five forms as the plan lays them out (附件1 the task
 * list; 附件3 without a 填报单位 line, as in the plan; 附件4 left blank), the unit's entries
 * filled in, saved by LibreOffice as .doc.
 */
describe("the plan's own document sent back with its forms filled in (.doc)", () => {
  const tr = (values: readonly string[]) => `<tr>${cells("td", values)}</tr>`;
  const PLAN = html(`
<p>集中学习宣传贯彻党的二十大精神的行动方案</p>
<p>一、总体要求</p><p>学习宣传贯彻党的二十大精神是当前和今后一个时期的首要政治任务。</p>
<p>（四）学习宣传贯彻党的二十大精神·大谈话活动。于2023年23月底前上报（附件2）。</p>
<p>附件：1.学习宣传贯彻党的二十大精神任务清单</p><p>2.学习宣传贯彻党的二十大精神·大谈话统计表</p>
<p>附件1</p><p>${TITLE}任务清单</p>
<table border="1">${tr(["序号", "任务事项", "任务事项", "责任单位", "完成时限"])}
<tr><td>1</td><td rowspan="2">一、大培训活动</td><td>1.落实好第一议题制度</td><td rowspan="2">办公室</td><td rowspan="2">2023年6月底前</td></tr>
<tr><td>2</td><td>2.组织好宣讲团报告会</td></tr></table>
<p>附件2</p><p>${TITLE}·大谈话统计表</p><p>填报单位：办公室</p>
<table border="1">${tr(TALKS_HEADER)}
${tr(["1", "张局长", "局长", "李主任", "办公室主任", "王五", "2023年2月3日", "会议室", "谈心谈话"])}
${tr(["2", "张局长", "局长", "赵科员", "办公室科员", "王五", "2023年23月底前", "会议室", "廉政谈话"])}
${tr(Array(9).fill(""))}</table>
<p>备注：谈话类型为谈心谈话、任前谈话、提醒谈话、廉政谈话等</p>
<p>附件3</p><p>${TITLE}·大调研课题申报表</p>
<table border="1"><tr>${cells("td", ["序号", "课题名称", "调研目的", "调研安排"])}<td>牵头领导<br>牵头部门、参与部门</td></tr>
${tr(["1", "机关作风建设调研", "改进作风", "3-5月", "张局长\n办公室"])}${tr(Array(5).fill(""))}</table>
<p>附件4</p><p>${TITLE}·提建议清单</p><p>填报单位：</p>
<table border="1">${tr(["序号", "建议内容"])}${tr(["", ""])}${tr(["", ""])}</table>
<p>附件5</p><p>${TITLE}·办实事征集表</p><p>填报单位 ：办公室</p>
<table border="1">${tr(["序号", "办实事事项", "主要内容", "参与部门", "牵头领导"])}
${tr(["1", "帮扶困难职工", "走访慰问", "机关党委", "张局长"])}</table>`);
  let merged: MergeJson;
  let checked: ValidateJson;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-plan-"));
    const returns = join(dir, "returns");
    mkdirSync(returns);
    writeFileSync(join(dir, "办公室报送.html"), PLAN);
    convert([join(dir, "办公室报送.html")], "doc:MS Word 97", returns);
    writeFileSync(join(dir, "roster.txt"), "办公室\n法规科\n");
    const roster = join(dir, "roster.txt");
    merged = JSON.parse(
      cli(["merge", returns, "--roster", roster, "-o", join(dir, "s.xlsx"), "--json"], dir),
    ) as MergeJson;
    checked = JSON.parse(cli(["validate", returns, "--roster", roster, "--json"], dir)) as ValidateJson;
  }, 300_000);

  it("merges each filled form under the unit, the task list left out, the blank 附件4 not returned", () => {
    expect(merged.annexes).toEqual({
      talks: { rows: 2, units: { 办公室: 2 } },
      research: { rows: 1, units: { 办公室: 1 } },
      suggestions: { rows: 0, units: {} },
      practical: { rows: 1, units: { 办公室: 1 } },
    });
    expect(merged.missing).toEqual({
      talks: ["法规科"],
      research: ["法规科"],
      suggestions: ["办公室", "法规科"],
      practical: ["法规科"],
    });
    expect(merged.reconciliation).toMatchObject({ dropped: 0, uncollected: 2 });
  });

  it("the plan's slip 2023年23月底前 written as a talk's date is an error at its place in the document", () => {
    const talks = checked.files[0].sheets.find((s) => s.annex === "talks")!;
    expect(talks.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.place, i.value])).toEqual([
      ["date", "第2个表格第3行第7列", "2023年23月底前"],
    ]);
    // 附件3 has no 填报单位 line in the plan: the unit the other forms name, said where the line would be.
    const research = checked.files[0].sheets.find((s) => s.annex === "research")!;
    expect(research.issues.map((i) => [i.code, i.place])).toEqual([["unit", "第3个表格上方的文字"]]);
  });
});

describe("ticks and boxes from a symbol font, in a .doc LibreOffice saves", () => {
  it("read as what they show: the talk types printed with boxes read as the one ticked", () => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-sym-"));
    const cell = symbolCell;
    const talk = (n: number, type: string) =>
      tr(
        ...["张三", "科长", `李四${n}`, "科员", "王五", `2023-02-1${n}`, "会议室"].reduce(
          (cells, v) => [...cells, tc(v)],
          [tc(String(n))],
        ),
        type,
      );
    const body =
      p(`${TITLE}·大谈话统计表`) +
      p("填报单位：法规科") +
      tbl(
        tr(...TALKS_HEADER.map((h) => tc(h))),
        talk(1, cell(["Wingdings 2", "F052"], "谈心谈话 ", ["Wingdings 2", "F0A3"], "廉政谈话")),
        talk(2, cell(["Wingdings", "F0A8"], "谈心谈话 ", ["Wingdings", "F0FE"], "廉政谈话")),
      );
    writeFileSync(join(dir, "法规科.docx"), docx(body));
    const out = join(dir, "doc");
    mkdirSync(out);
    convert([join(dir, "法规科.docx")], "doc:MS Word 97", out);
    const wb = readWorkbook(readFileSync(join(out, "法规科.doc")), "法规科.doc");
    expect(wb.sheets[0].rows.slice(-2).map((r) => r[8])).toEqual(["☑谈心谈话 □廉政谈话", "□谈心谈话 ☑廉政谈话"]);
    const result = merge([{ file: "法规科.doc", sheets: wb.sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => r.values.type)).toEqual(["谈心谈话", "廉政谈话"]);
  }, 120_000);
});
