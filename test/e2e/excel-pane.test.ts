/** The pane in Excel mode, in Chromium, on Microsoft's client library over the RichApi fake: validation lists cells and goes to them. */
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { servedScriptPath } from "../fakes/richapi/client";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { launch } from "./browser";
import { animationsDone, axeViolations, clickStill } from "./axe";
import { serve } from "./serve";
import { settle } from "../helpers/wait";
import { demoReturns } from "../../src/app/demo/samples";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let work: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "huibiao-excel-"));
  work = dir;
  await build({
    entryPoints: [resolve("test/e2e/excel-harness.tsx")],
    bundle: true,
    outfile: join(dir, "harness.js"),
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    // 7-Zip's build (src/taskpane/seven-zip.ts) imports Node's "module" on Node only (webpack: resolve.fallback).
    external: ["module"],
    logLevel: "error",
  });
  writeFileSync(
    join(dir, "taskpane.html"),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>汇表助手</title><style>body{margin:0;font-family:"Noto Sans CJK SC",sans-serif}</style></head><body><div id="root"></div><script src="excel-web-16.00.js"></script><script src="harness.js"></script></body></html>`,
  );
  copyFileSync(
    existsSync("dist/office/excel-web-16.00.js")
      ? "dist/office/excel-web-16.00.js"
      : servedScriptPath("excel-web-16.00.js"),
    join(dir, "excel-web-16.00.js"),
  );
  server = await serve(dir);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pane in Excel mode (Office.js fake) in Chromium", () => {
  it("validates the workbook, lists issues by sheet and selects the cell that is clicked", async () => {
    const page = await browser.newPage({ viewport: { width: 340, height: 760 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}taskpane.html?panel=validate`);
    await page.getByText("在 Excel 中运行").waitFor();
    await page.getByRole("button", { name: "开始校验" }).click();
    await page
      .getByText(/个错误/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "转到 G6" }).click();
    const selection = () => page.evaluate(() => (window as unknown as { book: { selection: string } }).book.selection);
    expect(await settle(selection, (v) => v === "附件2 大谈话统计表!G6")).toBe("附件2 大谈话统计表!G6");
    if (process.env.UPDATE_SCREENSHOTS)
      await page.screenshot({ path: resolve("docs/screenshots/excel-validate.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which annexes the workbook already has", async () => {
    const page = await browser.newPage({ viewport: { width: 340, height: 760 } });
    await page.goto(`${server.url}taskpane.html?panel=templates`);
    await page.getByText("已有：附件2 大谈话统计表").waitFor();
    await page.getByText("已有：附件3 大调研课题申报表").waitFor();
    expect(await page.getByText("尚未插入").count()).toBe(3);
    if (process.env.UPDATE_SCREENSHOTS)
      await page.screenshot({ path: resolve("docs/screenshots/excel-templates.png"), fullPage: true });
    await page.close();
  });

  it("汇总 in Excel: the request kept in the workbook, the follow-up after a merge, 任务进度 written as sheets, axe-clean", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}taskpane.html?panel=merge`);
    await page.getByText("在 Excel 中运行").waitFor();
    const { roster, files } = demoReturns();
    const paths = files.map((f) => {
      const path = join(work, f.name);
      writeFileSync(path, writeSheetsAs(f.sheets, f.format, f.savedAt));
      return path;
    });
    const panel = page.getByRole("tabpanel");
    await panel.getByTestId("file-input").setInputFiles(paths);
    await panel.getByRole("textbox", { name: /单位名单/ }).fill(roster.join("\n"));
    await panel.getByRole("button", { name: /^收集任务/ }).click();
    await panel.getByRole("textbox", { name: /^截止日期/ }).fill("2023-02-20");
    // 收集任务's panel opens with a motion that moves 开始汇总 down: clicked only once it stands still.
    await animationsDone(page);
    await panel.getByRole("button", { name: "开始汇总" }).click();
    await panel.getByText(/汇总完成/).waitFor({ timeout: 30_000 });
    type Book = { sheets: { name: string }[]; sheet(n: string): unknown };
    const names = () => page.evaluate(() => (window as unknown as { book: Book }).book.sheets.map((s) => s.name));
    expect(await names()).toContain("统计");
    // The request went into the workbook's settings sheet, beside the roster.
    const setting = await page.evaluate(() => {
      type Sheet = { peek(r: number, c: number): { value: unknown } | undefined };
      const sheet = (window as unknown as { book: { sheet(n: string): Sheet } }).book.sheet("_huibiao");
      for (let r = 0; r < 20; r++) if (sheet.peek(r, 0)?.value === "request") return String(sheet.peek(r, 1)?.value);
      return null;
    });
    expect(JSON.parse(setting ?? "{}")).toMatchObject({ deadline: "2023-02-20" });
    for (const name of [/^催交通知/, /^退回修改/, /^统计$/, /^任务进度/])
      await clickStill(page, panel.getByRole("button", { name }));
    await panel.getByTestId("reminder").waitFor();
    // The button stands above what the tasks' loading fills in: it once sat below their list, moved
    // down when the list came, and a click at its old place was lost (one run in three).
    const write = panel.getByRole("button", { name: "写入任务进度表" });
    await panel.getByTestId("tasks-summary").waitFor();
    const [button, summary] = [await write.boundingBox(), await panel.getByTestId("tasks-summary").boundingBox()];
    expect(button!.y + button!.height).toBeLessThanOrEqual(summary!.y);
    await write.click();
    await panel.getByText(/已写入 任务进度/).waitFor();
    expect(await names()).toContain("任务进度");
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
