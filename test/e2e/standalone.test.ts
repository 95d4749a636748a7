/**
 * End to end in a real browser: Debian's Chromium drives the built standalone page (dist/) served
 * over HTTP, as a coordinator without the add-in would use it. Files are generated here, uploaded
 * through the page, and what the page downloads is opened and checked.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { zipSync } from "fflate";
import { join, resolve } from "node:path";
import type { Browser, FileChooser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { demoReturns } from "../../src/app/demo/samples";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { mergeFiles } from "../../src/app/merge-returns";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { FORMS, schema, talk } from "../helpers/sheets";
import { launch } from "./browser";
import { animationsDone, axeViolations, clickStill } from "./axe";
import { serve } from "./serve";
import { settle } from "../helpers/wait";
import { sheetsAsDocx } from "../helpers/docx";
import { biff5Workbook, htmlPage } from "../helpers/packages";
import { gbk } from "../helpers/gbk";
import { partCrcs } from "../helpers/zip-crc";

const DIST = resolve("dist");
const SHOTS = process.env.UPDATE_SCREENSHOTS ? resolve("docs/screenshots") : null;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
let work: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  server = await serve(DIST);
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), "huibiao-e2e-"));
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width = 360, query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith("blob:") && !r.url().startsWith("data:"))
      outside.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.getByText("独立网页模式").or(page.getByText("Standalone page")).waitFor();
  Object.assign(page, { outside, errors });
  return page;
}

/** Closes a page after checking it threw nothing and asked no other server for anything. */
async function done(page: Page): Promise<void> {
  const { outside, errors } = page as Page & { outside: string[]; errors: string[] };
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
  await page.close();
}

/** The source files the summary's 附件2 sheet names (its 来源文件 column), blanks aside. */
function talkSources(summary: ReturnType<typeof readWorkbook>): Set<string> {
  const talks = summary.sheets.find((s) => s.name.startsWith("汇总 附件2"))!;
  const column = talks.rows[2].indexOf("来源文件");
  return new Set(
    talks.rows
      .slice(3)
      .map((r) => String(r[column] ?? ""))
      .filter((s) => s !== ""),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function download(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  // A merge in the page's worker under a loaded 2-core machine (the other Jest projects run beside
  // it) has taken longer than Playwright's default 30 s: the wait is the test's own timeout's share.
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), click()]);
  const path = join(work, dl.suggestedFilename());
  await dl.saveAs(path);
  return new Uint8Array(readFileSync(path));
}

/**
 * Merges the demo's returns on the page's 汇总 (Merge) tab, with the demo roster: the summary's bytes.
 * The files are written into `dir` under the work folder.
 */
async function mergeDemoOn(page: Page, dir: string, en = false): Promise<Uint8Array> {
  mkdirSync(join(work, dir), { recursive: true });
  const { roster, files } = demoReturns();
  const paths = files.map((f) => writeFile(join(dir, f.name), writeSheetsAs(f.sheets, f.format, f.savedAt)));
  await page.getByRole("tab", { name: en ? "Merge" : "汇总" }).click();
  await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles(paths);
  await page.getByRole("textbox").fill(roster.join("\n"));
  const button = en
    ? page.getByRole("button", { name: "Merge" }).last()
    : page.getByRole("button", { name: "开始汇总" });
  return download(page, () => button.click());
}

function writeFile(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe("standalone page in Chromium", () => {
  it("says it runs standalone, talks to nobody, and downloads the templates", async () => {
    const page = await open();
    await shot(page, "templates");
    const bytes = await download(page, () => page.getByRole("button", { name: "下载所选模板" }).click());
    const book = readWorkbook(bytes, "模板.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual([
      "附件2 大谈话统计表",
      "附件3 大调研课题申报表",
      "附件4 提建议清单",
      "附件5 办实事征集表",
      "_lists",
    ]);
    const talks = book.sheets[0];
    expect(talks.rows[3]).toEqual(schema("talks").columns.map((c) => c.header));
    await done(page);
  });

  it("validates a return with mistakes and names the right cells", async () => {
    const page = await open();
    const rows = [talk(1), talk(2, { date: "2023年23月底前" }), talk(3, { type: "闲聊" }), talk(4, { talkee: null })];
    const sheet = returnSheet(schema("talks"), [], { unit: "办公室" });
    const filled = { ...sheet, rows: [...sheet.rows.slice(0, 4), ...rows] };
    const file = writeFile("办公室-附件2.xlsx", writeSheetsAs([filled], "xlsx"));
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles(file);
    await page.getByText("已选 1 个文件").waitFor();
    await page.getByRole("button", { name: "开始校验" }).click();
    await page
      .getByText(/个错误/)
      .first()
      .waitFor();
    const cells = await page
      .locator("li[data-cell]")
      .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-code")}@${li.getAttribute("data-cell")}`));
    expect(cells).toContain("date@G6");
    expect(cells).toContain("talk-type@I7");
    expect(cells).toContain("required@D8");
    await shot(page, "validate");
    await done(page);
  });

  it("merges a folder of returns, downloads the summary and shows each unit's status", async () => {
    // The pane's narrowest width in Office: 320 px.
    const page = await open(320);
    const { roster, files, corrupt } = demoReturns();
    // The returns as a coordinator keeps them: a folder, a second batch in a subfolder, a PDF (a
    // scan, passed on unread: the merge lists it) and an Office lock file (skipped) lying around.
    mkdirSync(join(work, "回收文件", "第二批"), { recursive: true });
    const paths = [
      ...files.map((f, i) =>
        writeFile(join("回收文件", i % 4 === 3 ? "第二批" : "", f.name), writeSheetsAs(f.sheets, f.format, f.savedAt)),
      ),
      writeFile(join("回收文件", corrupt.name), corrupt.bytes),
    ];
    writeFile(join("回收文件", "说明.pdf"), new Uint8Array([1, 2, 3]));
    writeFile(join("回收文件", "~$办公室-学习宣传贯彻二十大精神报表.xlsx"), new Uint8Array([1, 2, 3]));
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("tabpanel").getByTestId("folder-input").setInputFiles(join(work, "回收文件"));
    await page.getByText(`已选 ${paths.length + 1} 个文件`).waitFor();
    await page.getByRole("textbox").fill(roster.join("\n"));
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    await page.getByText(/汇总完成/).waitFor();
    // Compressed by Chromium's own deflate (CompressionStream), each part's CRC from its gzip trailer.
    expect(await page.evaluate(() => typeof CompressionStream)).toBe("function");
    const crcs = partCrcs(bytes);
    expect(crcs.length).toBeGreaterThan(5);
    for (const part of crcs) expect(part).toEqual({ ...part, recorded: part.actual });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The files were parsed off the main thread.
    expect(page.workers().length).toBeGreaterThan(0);
    await shot(page, "merge");

    const summary = readWorkbook(bytes, "汇总表.xlsx");
    expect(summary.sheets[0].name).toBe("汇总概况");
    const talks = summary.sheets.find((s) => s.name === "汇总 附件2 大谈话统计表")!;
    const unitCol = talks.rows[2].indexOf("填报单位");
    const perUnit = new Map<string, number>();
    for (const row of talks.rows.slice(3))
      if (row[unitCol]) perUnit.set(String(row[unitCol]), (perUnit.get(String(row[unitCol])) ?? 0) + 1);
    // The page in the browser gives what the engine gives in Node, row for row, unit for unit.
    const node = mergeFiles(
      paths.map((p) => ({ name: p.replace(/^.*[\\/]/, ""), bytes: new Uint8Array(readFileSync(p)) })),
      readWorkbook,
      { schemas: FORMS, roster },
    );
    const nodeTalks = node.annexes.find((a) => a.schema.id === "talks")!;
    expect(Object.fromEntries(perUnit)).toEqual(nodeTalks.units);
    // And independently of the engine: 办公室's rows are those of its file; silent units have none.
    const office = files.find((f) => f.name.startsWith("办公室"))!;
    const officeTalkRows = office.sheets[0].rows.slice(4).filter((r) => typeof r[0] === "number").length;
    expect(perUnit.get("办公室")).toBe(officeTalkRows);
    expect(perUnit.has("沅江分局")).toBe(false);
    // The first draft of 法规科 was replaced by its second submission (6 talk rows).
    expect(perUnit.get("法规科")).toBe(6);

    const status = page.getByRole("table", { name: "各单位情况" });
    for (const unit of ["核与辐射安全科", "沅江分局", "大通湖分局", "信息中心"])
      await expect(status.locator(`tr[data-unit="${unit}"] [data-state=missing]`).count()).resolves.toBe(1);
    await expect(status.locator(`tr[data-unit="法规科"] [data-flag=replaced]`).count()).resolves.toBe(1);
    const rejected = await page.getByRole("tabpanel").getByTestId("rejected").textContent();
    expect(rejected).toContain(corrupt.name);
    expect(rejected).toMatch(/说明\.pdf：这是 \.pdf 文件/);
    await done(page);
  });

  it("stays responsive while it merges 300 returns (the files are parsed in a worker)", async () => {
    const page = await open(360);
    const dir = join(work, "many");
    mkdirSync(dir, { recursive: true });
    const talks = schema("talks");
    const paths = Array.from({ length: 300 }, (_, i) => {
      const unit = `单位${String(i + 1).padStart(3, "0")}`;
      const rows = Array.from({ length: 50 }, (_, j) => ({
        talker: `谈话人${j}`,
        talkerPost: "科长",
        talkee: `对象${j}`,
        talkeePost: "科员",
        recorder: "记录人",
        date: "2023-03-01",
        place: "会议室",
        type: "谈心谈话",
      }));
      return writeFile(join("many", `${unit}.xlsx`), writeSheetsAs([returnSheet(talks, rows, { unit })], "xlsx"));
    });
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles(paths);
    await page.getByText("已选 300 个文件").waitFor();
    // A timer on the page: while the worker parses, the page's own thread keeps ticking.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; last: number };
      w.gaps = [];
      w.last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.gaps.push(now - w.last);
        w.last = now;
      }, 20);
    });
    await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    await page.getByText(/汇总完成：300 个单位、15000 行/).waitFor();
    const gaps = await page.evaluate(() => (window as unknown as { gaps: number[] }).gaps);
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(1000);
    await done(page);
  });

  it("works with the keyboard alone", async () => {
    const page = await open();
    // Listening from the start turns on Playwright's file-chooser interception before any key is pressed.
    const choosers: FileChooser[] = [];
    page.on("filechooser", (c) => choosers.push(c));
    await new Promise((r) => setTimeout(r, 100));
    // Tab to the tab list, arrow to 汇总, tab to 选择文件 and press Enter: the file chooser opens.
    // Past the help link and the language switch to the tab list.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.getAttribute("role"))) === "tab") break;
    }
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByText("汇总各单位交回的文件").waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("选择文件");
    await page.keyboard.press("Enter");
    expect(
      await settle(
        () => choosers.length,
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(choosers[0].isMultiple()).toBe(true);
    await done(page);
  });

  it("switches to English", async () => {
    const page = await open();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("tab", { name: "Merge" }).click();
    await page.getByText("Merge the returned files").waitFor();
    await shot(page, "english");
    await done(page);
  });

  it("English missing where the page is served: the pane says so and stays in Chinese; the worker merges in Chinese", async () => {
    const page = await open();
    await page.route("**/en.js", (r) => r.abort());
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("英文界面未能载入").waitFor();
    expect(await page.getByRole("tab", { name: "汇总" }).count()).toBe(1);
    await page.close();

    // English reached the pane, not the worker (which fetches it on its own for the first job).
    const en = await open(360, "?lang=en");
    await en.route("**/en.js", (r) => r.abort());
    const bytes = await mergeDemoOn(en, "no-en", true);
    const cells = readWorkbook(bytes, "summary.xlsx").sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContain("来源文件");
    await done(en);
  });

  it("opens in English from the address (?lang=en)", async () => {
    const page = await open(360, "?lang=en&panel=validate");
    await page.getByRole("button", { name: "Validate" }).waitFor();
    await done(page);
  });

  it("works opened straight from disk (file://), as when someone double-clicks taskpane.html", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${join(DIST, "taskpane.html")}?panel=merge`);
    await page.getByText("独立网页模式").waitFor();
    const { files } = demoReturns();
    const paths = files
      .slice(0, 4)
      .map((f) => writeFile(`disk-${f.name}`, writeSheetsAs(f.sheets, f.format, f.savedAt)));
    // From disk 7-Zip's WebAssembly cannot be fetched: a .rar is then one to unpack first, said so.
    const rar = writeFile("disk-报表.rar", readFileSync(join(__dirname, "../fixtures/third-party/rar/FolderTest.rar")));
    await page
      .getByRole("tabpanel")
      .getByTestId("file-input")
      .setInputFiles([...paths, rar]);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    const overview = readWorkbook(bytes, "汇总表.xlsx").sheets[0];
    expect(overview.name).toBe("汇总概况");
    expect(overview.rows.map((r) => r.join("|")).join("\n")).toMatch(/disk-报表\.rar.*请先解压/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("merges the returns inside a .zip (打包下载) as the files themselves", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}taskpane.html?panel=merge`);
    const { files } = demoReturns();
    const chosen = files.slice(0, 5);
    const zip = zipSync(
      Object.fromEntries(chosen.map((f) => [`回收文件/${f.name}`, writeSheetsAs(f.sheets, f.format, f.savedAt)])),
    );
    const path = writeFile("打包下载.zip", zip);
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles([path]);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    // Every source file named in the summary is one of the zip's, by its path inside.
    const sources = talkSources(readWorkbook(bytes, "汇总表.xlsx"));
    expect([...sources].every((s) => s.startsWith("打包下载.zip/回收文件/"))).toBe(true);
    expect(sources.size).toBeGreaterThan(1);
    await page.close();
  });

  it("merges the returns inside a unit's .7z and a .rar inside a .zip, read with 7-Zip in the page's worker, fetched from the page's own server", async () => {
    const page = await open(360, "?panel=merge");
    const { files } = demoReturns();
    const folder = join(work, "七z", "回收文件");
    mkdirSync(folder, { recursive: true });
    for (const f of files.slice(0, 5))
      writeFileSync(join(folder, f.name), writeSheetsAs(f.sheets, f.format, f.savedAt));
    // Packed by Debian's 7-Zip as a unit packs a folder; the .rar is one RARLAB's packer made (third-party fixture).
    expect(spawnSync("7zz", ["a", "-bso0", join(work, "回收.7z"), "回收文件"], { cwd: join(work, "七z") }).status).toBe(
      0,
    );
    // The .rar comes inside a mail's 打包下载 .zip, as a unit's attachment: opened in its turn.
    const rar = writeFile(
      "打包下载.zip",
      zipSync({
        "财务科/部分加密.rar": readFileSync(join(__dirname, "../fixtures/third-party/rar/FileEncByName.rar")),
      }),
    );
    await page
      .getByRole("tabpanel")
      .getByTestId("file-input")
      .setInputFiles([join(work, "回收.7z"), rar]);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    const summary = readWorkbook(bytes, "汇总表.xlsx");
    const sources = talkSources(summary);
    expect([...sources].every((s) => s.startsWith("回收.7z/回收文件/"))).toBe(true);
    expect(sources.size).toBeGreaterThan(1);
    // What the .rar holds: a text that is no form, and two files under a password, each said.
    const overview = summary.sheets[0].rows.map((r) => r.join("|")).join("\n");
    expect(overview).toContain("打包下载.zip/财务科/部分加密.rar/2中文.txt");
    expect(overview).toContain("加了密码");
    await done(page);
  });

  it("merges the returns attached to a saved mail (.eml), and says what an Outlook .msg carries, in the page's worker", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}taskpane.html?panel=merge`);
    const office = demoReturns().files[0];
    const xlsx = Buffer.from(writeSheetsAs(office.sheets, "xlsx")).toString("base64");
    const mail = [
      "Date: Tue, 07 Mar 2023 10:15:00 +0800",
      "Content-Type: multipart/mixed; boundary=b",
      "",
      "--b",
      "Content-Type: text/plain",
      "",
      "请查收",
      "--b",
      `Content-Disposition: attachment; filename="=?UTF-8?B?${Buffer.from("附件2.xlsx").toString("base64")}?="`,
      "Content-Transfer-Encoding: base64",
      "",
      xlsx,
      "--b--",
      "",
    ].join("\r\n");
    const eml = writeFile("办公室报送.eml", new TextEncoder().encode(mail));
    const msg = writeFile(
      "法规科报送.msg",
      readFileSync(join(__dirname, "../fixtures/third-party/msgreader/attachmentFiles.msg")),
    );
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles([eml, msg]);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    const book = readWorkbook(bytes, "汇总表.xlsx");
    expect([...talkSources(book)]).toEqual(["办公室报送.eml/附件2.xlsx"]);
    // The .msg's attachments are pictures: each said to be one, under the unit its name names.
    const overview = book.sheets[0].rows.map((r) => r.join("|")).join("\n");
    expect(overview).toMatch(/法规科报送\.msg\/jpg\.jpg.*图片/);
    await page.close();
  });

  it("merges a return filled in inside a Word document (.docx), read in the page's worker", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}taskpane.html?panel=merge`);
    const office = demoReturns().files[0];
    const path = writeFile("办公室（Word 版）.docx", sheetsAsDocx(office.sheets));
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles([path]);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    const talks = readWorkbook(bytes, "汇总表.xlsx").sheets.find((s) => s.name.startsWith("汇总 附件2"))!;
    const header = talks.rows[2];
    const rows = talks.rows.slice(3).filter((r) => r[header.indexOf("来源文件")] === "办公室（Word 版）.docx");
    // As many as the engine merges from the workbook itself.
    const fromBook = mergeFiles([{ name: office.name, bytes: writeSheetsAs(office.sheets, "xlsx") }], readWorkbook, {
      schemas: FORMS,
    }).annexes.find((a) => a.schema.id === "talks")!.rows;
    expect(rows.length).toBe(fromBook.length);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r[header.indexOf("填报单位")] === "办公室")).toBe(true);
    await page.close();
  });

  it("merges a web page named .xls and an Excel 95 workbook in GBK, read in the page's worker", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}taskpane.html?panel=merge`);
    const office = demoReturns().files[0];
    const talksSheet = office.sheets.find((s) => s.rows.some((r) => r.includes("谈话对象")))!;
    const excel95 = biff5Workbook(
      [
        {
          name: "附件2",
          rows: talksSheet.rows.map((r) =>
            r.map((v) => (v && typeof v === "object" ? v.serial : typeof v === "boolean" ? String(v) : v)),
          ),
        },
      ],
      936,
      gbk,
    );
    const paths = [
      writeFile("导出（网页）.xls", new TextEncoder().encode(htmlPage(office.sheets))),
      writeFile("Excel95.xls", excel95),
    ];
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles(paths);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    const talks = readWorkbook(bytes, "汇总表.xlsx").sheets.find((s) => s.name.startsWith("汇总 附件2"))!;
    const header = talks.rows[2];
    const from = (file: string) => talks.rows.slice(3).filter((r) => r[header.indexOf("来源文件")] === file);
    // As many rows as the engine merges from the workbook itself, under the unit the form names.
    const fromBook = mergeFiles([{ name: office.name, bytes: writeSheetsAs(office.sheets, "xlsx") }], readWorkbook, {
      schemas: FORMS,
    }).annexes.find((a) => a.schema.id === "talks")!.rows;
    const unit = fromBook[0].unit;
    // The two are one unit's 附件2 twice: the later replaces the earlier, said to be the same content.
    const rows = from("Excel95.xls");
    expect(rows.length).toBe(fromBook.length);
    expect(rows.every((r) => r[header.indexOf("填报单位")] === unit)).toBe(true);
    const overview = readWorkbook(bytes, "汇总表.xlsx").sheets[0].rows.map((r) => r.join("|"));
    expect(overview).toContain(`${unit}|附件2|导出（网页）.xls|Excel95.xls|内容与被替换的报送相同`);
    expect(fromBook.length).toBeGreaterThan(2);
    await page.close();
  });

  it("merges a return filled in inside an old Word document (.doc), read in the page's worker", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}taskpane.html?panel=merge`);
    const doc = readFileSync(join(__dirname, "../fixtures/word/法规科报送.doc"));
    const path = writeFile("法规科报送.doc", doc);
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles([path]);
    const bytes = await download(page, () => page.getByRole("button", { name: "开始汇总" }).click());
    const talks = readWorkbook(bytes, "汇总表.xlsx").sheets.find((s) => s.name.startsWith("汇总 附件2"))!;
    const header = talks.rows[2];
    const rows = talks.rows.slice(3).filter((r) => r[header.indexOf("来源文件")] === "法规科报送.doc");
    // As the engine reads the same bytes in Node; the wrong date said where it is in the document.
    expect(rows.map((r) => [r[header.indexOf("谈话人")], r[header.indexOf("谈话对象")]])).toEqual([
      ["张三", "李四"],
      ["张三", "赵六"],
      ["钱七", "孙八"],
    ]);
    expect(String(rows[1][header.indexOf("校验问题")])).toContain("第1个表格第3行第7列");
    await page.close();
  });

  it("the WPS copy of the page works standalone too", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}wps/taskpane.html`);
    await page.getByText("独立网页模式").waitFor();
    await page.close();
  });
});

describe("in a browser too old for the pane", () => {
  it("says so in Chinese instead of showing an empty pane", async () => {
    const page = await browser.newPage();
    // Simulate the Internet Explorer view of old Office builds: no fetch before any script runs.
    await page.addInitScript(() => {
      delete (window as unknown as { fetch?: unknown }).fetch;
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(/需要较新的浏览器内核/).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByText("独立网页模式").count()).toBe(0);
    await page.close();
  });
});

describe("layout, focus and accessibility", () => {
  async function mergeDemo(page: Page): Promise<void> {
    await mergeDemoOn(page, "zoom");
    await page.getByText(/汇总完成/).waitFor();
  }

  it("at 200 % zoom in a 340 px pane (170 CSS pixels) nothing scrolls sideways, the status column included", async () => {
    const page = await open(170);
    await mergeDemo(page);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > 171 && (e as HTMLElement).offsetParent !== null)
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName}.${e.className.toString().slice(0, 30)} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? "").slice(0, 20)}`,
        ),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(170);
    const table = page.getByRole("table", { name: "各单位情况" });
    const box = await table.locator("th").last().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(170);
    // Unit names are not broken inside a word: 办公室 is on one line.
    const name = table.locator('tr[data-unit="办公室"] td').first().getByText("办公室", { exact: true });
    expect((await name.boundingBox())!.height).toBeLessThan(25);
    await done(page);
  });

  it("after 开始校验 and 开始汇总 the keyboard focus is where it was, on the button", async () => {
    mkdirSync(join(work, "zoom"), { recursive: true });
    const page = await open(320);
    const { files } = demoReturns();
    const path = writeFile(join("zoom", files[0].name), writeSheetsAs(files[0].sheets, files[0].format));
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("tabpanel").getByTestId("file-input").setInputFiles([path]);
    const button = page.getByRole("button", { name: "开始校验" });
    await button.focus();
    await page.keyboard.press("Enter");
    await page
      .getByText(/个错误|个提醒|未发现问题/)
      .first()
      .waitFor();
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await done(page);
  });

  it("axe finds nothing after a merge, at 320 px, in Chinese and in English", async () => {
    for (const lang of ["", "?lang=en"]) {
      const page = await open(320, lang);
      if (lang) {
        const bytes = await mergeDemoOn(page, "zoom", true);
        await page
          .getByText(/Merged/)
          .first()
          .waitFor();
        // Written in the file worker, which fetched English for itself (the first download has none).
        const cells = readWorkbook(bytes, "summary.xlsx").sheets.flatMap((s) => s.rows.flat());
        expect(cells).toContain("Source file");
        expect(cells).not.toContain("来源文件");
      } else await mergeDemo(page);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await done(page);
    }
  });
});

describe("the follow-through in Chromium (issue 12)", () => {
  /** Merges the demo with a deadline and opens every part of 后续工作 and 收集任务. */
  async function mergeAndOpen(page: Page, en = false): Promise<void> {
    mkdirSync(join(work, "follow"), { recursive: true });
    const { roster, files } = demoReturns();
    const paths = files.map((f) => writeFile(join("follow", f.name), writeSheetsAs(f.sheets, f.format, f.savedAt)));
    const panel = page.getByRole("tabpanel");
    await page.getByRole("tab", { name: en ? "Merge" : "汇总" }).click();
    await panel.getByTestId("file-input").setInputFiles(paths);
    await panel.getByRole("textbox", { name: en ? /Roster/ : /单位名单/ }).fill(roster.join("\n"));
    await panel.getByRole("button", { name: en ? /^Collection request/ : /^收集任务/ }).click();
    await panel.getByRole("textbox", { name: en ? /^Deadline/ : /^截止日期/ }).fill("2023年2月20日");
    // 收集任务 opens with Fluent's collapse motion and pushes 开始汇总 down: a click while it moves
    // lands on the panel beside it (seen: one run in ten on a loaded machine, no merge, no download).
    await animationsDone(page);
    await download(page, () =>
      panel
        .getByRole("button", { name: en ? "Merge" : "开始汇总" })
        .last()
        .click(),
    );
    for (const name of en
      ? [/^Reminder/, /^Corrections/, /^Statistics$/, /^Task progress/]
      : [/^催交通知/, /^退回修改/, /^统计$/, /^任务进度/])
      await clickStill(page, panel.getByRole("button", { name }));
    await panel.getByTestId("statistics").waitFor();
    await panel.getByTestId("tasks-summary").waitFor();
    // The panels fade in (Fluent's collapse motion): text half faded in would read as low contrast.
    await animationsDone(page);
  }

  it("copies the reminder, downloads the corrections as a zip, shows the statistics and the tasks", async () => {
    const page = await open(320);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await mergeAndOpen(page);
    const panel = page.getByRole("tabpanel");
    const reminder = await panel.getByTestId("reminder").inputValue();
    expect(reminder).toMatch(/^以下单位尚未报送《.+》（截止日期2023年2月20日已过），请尽快报送：\n/);
    await panel.getByRole("button", { name: "复制", exact: true }).click();
    await panel.getByText(/已复制/).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reminder);
    const zip = await download(page, () => panel.getByRole("button", { name: "全部下载（zip）" }).click());
    const { unzipSync } = await import("fflate");
    const entries = Object.keys(unzipSync(zip));
    expect(entries).toContain("办公室-退回修改.xlsx");
    expect(entries).toContain("退回修改清单.txt");
    expect(readWorkbook(unzipSync(zip)["办公室-退回修改.xlsx"], "x.xlsx").sheets[0].name).toBe("修改说明");
    expect(await panel.getByRole("img", { name: /谈话次数按类型的条形图/ }).count()).toBe(1);
    expect(await panel.getByTestId("tasks-summary").textContent()).toMatch(/^共 \d+ 项/);
    if (SHOTS) {
      // Two pictures for the README: the reminder and the corrections; the statistics.
      const section = page.locator('section[aria-labelledby="follow-up-title"]');
      for (const name of [/^统计$/, /^任务进度/]) await clickStill(page, panel.getByRole("button", { name }));
      await animationsDone(page);
      await section.screenshot({ path: join(SHOTS, "follow-up.png") });
      for (const name of [/^催交通知/, /^退回修改/, /^统计$/])
        await clickStill(page, panel.getByRole("button", { name }));
      await animationsDone(page);
      // The statistics' top, in page coordinates (a full-page clip is measured from the page's top).
      const top = await section.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
      const left = await section.evaluate((e) => e.getBoundingClientRect().left + window.scrollX);
      const width = await section.evaluate((e) => e.getBoundingClientRect().width);
      await page.screenshot({
        path: join(SHOTS, "statistics.png"),
        fullPage: true,
        clip: { x: left, y: top, width, height: 760 },
      });
    }
    await done(page);
  });

  it("fits 170 CSS pixels (200 % zoom) with every part open: wide tables scroll inside their own region", async () => {
    const page = await open(170);
    await mergeAndOpen(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(170);
    const region = page.getByRole("region", { name: /谈话次数（按单位和谈话类型）/ });
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth && r.tabIndex === 0)).toBe(true);
    await done(page);
  });

  it("axe finds nothing with every part open, at 320 px, in Chinese and in English", async () => {
    for (const lang of ["", "?lang=en"]) {
      const page = await open(320, lang);
      await mergeAndOpen(page, !!lang);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await done(page);
    }
  });
});
