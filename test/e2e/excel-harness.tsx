import { AnnexRegistry } from "../../src/core/schema/registry";
/**
 * The task pane as it runs in Excel, for a real browser: the same App, on the Excel host, over the
 * Office.js fake (no Excel here). Bundled by the e2e test with esbuild; used for the README's
 * screenshot of the pane in Excel and to run the Excel-mode panels in Chromium.
 */
import { createRoot } from "react-dom/client";
import { App, type PanelId } from "../../src/taskpane/App";
import { inlineJobs } from "../../src/taskpane/inline-jobs";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { insertTemplates } from "../../src/app/workbook/templates";
import { FakeBook } from "../fakes/excel/book";
import { fakeExcelApi } from "../fakes/excel/context";
import { schema, talk, FORMS } from "../helpers/sheets";

async function main() {
  const book = new FakeBook();
  const host = new ExcelHost(fakeExcelApi(book));
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
