import { AnnexRegistry } from "../../src/core/schema/registry";
/**
 * The task pane as it runs in Excel, for a real browser: the same App, on the Excel host, on
 * Microsoft's own client library (the excel-web-16.00.js dist/office/ serves, loaded by the page
 * before this script) answered by the RichApi fake in the page (no Excel here). Bundled by the e2e
 * test with esbuild; used for the README's screenshot of the pane in Excel.
 */
import { createRoot } from "react-dom/client";
import { App, type PanelId } from "../../src/taskpane/App";
import { inlineJobs } from "../../src/taskpane/inline-jobs";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { insertTemplates } from "../../src/app/workbook/templates";
import { FakeBook } from "../fakes/excel/book";
import { answer } from "../fakes/richapi/server";
import { clientHas } from "../../src/hosts/excel/office";
import type { ExcelApi, XRequestContext } from "../../src/hosts/excel/api";

interface OfficeGlobals {
  Excel: { run(url: string, batch: (ctx: unknown) => Promise<unknown>): Promise<unknown> };
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc(
        f: (req: { body: unknown }) => Promise<{ statusCode: number; headers: object; body: string }>,
      ): void;
    };
  };
}

/** Excel.run through the page's copy of Microsoft's client library, its requests answered from `book`. */
function realClient(book: FakeBook): ExcelApi {
  const office = window as unknown as OfficeGlobals;
  office.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const { statusCode, body } = answer(book, typeof req.body === "string" ? req.body : JSON.stringify(req.body));
    return { statusCode, headers: {}, body };
  });
  return {
    run: (batch) => office.Excel.run("https://book.fake/", (ctx) => batch(ctx as XRequestContext)) as Promise<never>,
    isSetSupported: (version) => book.supports(version),
    clientHas: (type, member) => clientHas(office.Excel, type, member),
  };
}
import { schema, talk, FORMS } from "../helpers/sheets";

async function main() {
  const book = new FakeBook();
  const host = new ExcelHost(realClient(book));
  await insertTemplates(host, [schema("talks"), schema("research")], FORMS);
  const sheet = book.sheet("附件2 大谈话统计表")!;
  sheet.cell(2, 2).value = "办公室";
  [talk(1), talk(2, { date: "2023年23月底前" }), talk(3, { type: "闲聊" }), talk(4)].forEach((row, r) =>
    row.forEach((v, c) => v !== null && (sheet.cell(4 + r, c).value = v as string | number)),
  );
  Object.assign(window, { book });
  const panel = (new URLSearchParams(location.search).get("panel") ?? "validate") as PanelId;
  createRoot(document.getElementById("root")!).render(
    <App
      services={{ mode: "excel", host, forms: new AnnexRegistry(), jobs: inlineJobs, download: () => undefined }}
      initialPanel={panel}
    />,
  );
}

void main();
