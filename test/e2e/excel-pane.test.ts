/** The pane in Excel mode, in Chromium, on Microsoft's client library over the RichApi fake: validation lists cells and goes to them. */
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { servedScriptPath } from "../fakes/richapi/client";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { launch } from "./browser";
import { serve } from "./serve";
import { settle } from "../helpers/wait";

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "huibiao-excel-"));
  await build({
    entryPoints: [resolve("test/e2e/excel-harness.tsx")],
    bundle: true,
    outfile: join(dir, "harness.js"),
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  writeFileSync(
    join(dir, "taskpane.html"),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:0;font-family:"Noto Sans CJK SC",sans-serif}</style></head><body><div id="root"></div><script src="excel-web-16.00.js"></script><script src="harness.js"></script></body></html>`,
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
});
