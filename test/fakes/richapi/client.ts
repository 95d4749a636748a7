/**
 * Microsoft's Excel client library, as the add-in serves it, loaded into jsdom: the host under test
 * runs on its proxy classes and its serialisation, and its requests go to the RichApi server
 * (server.ts) over the library's own HttpUtility (setCustomSendRequestFunc, the hook it offers in
 * place of XMLHttpRequest for a RequestContext made with a URL).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { JSDOM } from "jsdom";
import type { ExcelApi, XRequestContext } from "../../../src/hosts/excel/api";
import { clientHas } from "../../../src/hosts/excel/office";
import type { FakeBook } from "../excel/book";
import { answer } from "./server";

/** The Excel scripts dist/office/ serves (copied by webpack from @microsoft/office-js). */
export type ServedScript = "excel-web-16.00.js" | "excel-win32-16.01.js";

/** The script as the package ships it (webpack copies it to dist/office/ byte for byte: test/manifest checks). */
export function servedScriptPath(name: ServedScript): string {
  return join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist", name);
}

/** dist/office/'s copy when the add-in is built, else the package's. */
function scriptToLoad(name: ServedScript): string {
  const built = join(__dirname, "../../../dist/office", name);
  return existsSync(built) ? built : servedScriptPath(name);
}

interface OfficeWindow {
  Excel: { run(url: string, batch: (ctx: unknown) => Promise<unknown>): Promise<unknown> } & Record<string, unknown>;
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc(
        f: (req: { url: string; body: unknown }) => Promise<{ statusCode: number; headers: object; body: string }>,
      ): void;
    };
  };
}

const windows = new Map<ServedScript, OfficeWindow>();
const books = new Map<string, FakeBook>();
let nextBook = 1;

/** A window with the script loaded (once per script and test file: it is 1.4 MB). */
export function officeWindow(script: ServedScript = "excel-web-16.00.js"): OfficeWindow {
  let win = windows.get(script);
  if (win) return win;
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(scriptToLoad(script), "utf8"));
  win = dom.window as unknown as OfficeWindow;
  win.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const book = books.get(new URL(req.url).host);
    if (!book) return { statusCode: 404, headers: {}, body: "" };
    const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const { statusCode, body } = answer(book, text);
    return { statusCode, headers: {}, body };
  });
  windows.set(script, win);
  return win;
}

/** Excel.run against a fake workbook, through the real client library; the host says it supports up to `book.apiVersion`. */
export function protocolExcelApi(book: FakeBook, script: ServedScript = "excel-web-16.00.js"): ExcelApi {
  const win = officeWindow(script);
  const host = `book-${nextBook++}.fake`;
  books.set(host, book);
  return {
    run: (batch) =>
      win.Excel.run(`https://${host}/`, (ctx) => {
        book.runs++;
        return batch(ctx as XRequestContext);
      }) as Promise<never>,
    isSetSupported: (version) => book.supports(version),
    clientHas: (type, member) => clientHas(win.Excel, type, member),
  };
}
