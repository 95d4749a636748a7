/// <reference types="office-js" />
/**
 * The function file the manifest names. The ribbon buttons open the task pane (ShowTaskpane), so
 * no button functions are needed. Where Excel offers the preview OnDocumentSave autorun event
 * (admin-deployed add-ins), saving is checked here too: errors stop the save.
 */
import { allowDocumentSave } from "../app/workbook/validate-workbook";
import { parseRoster } from "../core/roster/roster";
import { AnnexRegistry } from "../core/schema/registry";

const forms = new AnnexRegistry();
import { ExcelHost } from "../hosts/excel/excel-host";
import { officeExcelApi } from "../hosts/excel/office";

interface SaveEvent {
  completed(options: { allowEvent: boolean }): void;
}

async function onDocumentSave(event: SaveEvent): Promise<void> {
  try {
    const host = new ExcelHost(officeExcelApi());
    const roster = parseRoster((await host.loadSetting("roster")) ?? "");
    event.completed({ allowEvent: (await allowDocumentSave(host, { schemas: forms.all(), roster })).allow });
  } catch {
    // A failure of ours must never make saving impossible.
    event.completed({ allowEvent: true });
  }
}

Office.onReady(() => {
  const actions = (
    Office as unknown as { actions?: { associate(name: string, handler: (event: SaveEvent) => Promise<void>): void } }
  ).actions;
  actions?.associate("onDocumentSave", onDocumentSave);
});
