import { ref, text } from "../../core/i18n/text";
import { READ_ARCHIVES, type InputFile } from "../files";
import { extensionOf } from "../../core/text/extension";
import { XL, type EtApplication, type EtWorkbook } from "./api";
import { WpsHost } from "./wps-host";

/**
 * Lets the coordinator pick returned files with WPS's own dialog and reads them with WPS itself,
 * which opens .et files too. Each file is opened, read and closed without saving.
 */
export function pickWithWps(app: EtApplication): InputFile[] {
  const dialog = app.FileDialog(XL.filePicker);
  dialog.AllowMultiSelect = true;
  dialog.Title = text("zh-CN", "host.pick-title");
  if (dialog.Show() !== -1) return [];
  const paths = Array.from({ length: dialog.SelectedItems.Count }, (_, i) => dialog.SelectedItems.Item(i + 1));
  return paths.map((path) => {
    const name = path.replace(/^.*[\\/]/, "");
    // WPS 表格 does not read a Word document's tables: the pane's own file button does (read/docx.ts).
    if (/\.(docx|docm|dotx|dotm|doc|dot|wps|wpt)$/i.test(name))
      return { name, bytes: new Uint8Array(0), unreadable: ref("read.wps-word") };
    // Nor an archive or a saved mail (.zip, .rar, .7z, .eml, .msg): the pane's own button reads those.
    if ((READ_ARCHIVES as readonly string[]).includes(extensionOf(name)))
      return { name, bytes: new Uint8Array(0), unreadable: ref("read.wps-archive") };
    // A file the user already has open stays open; only what we opened is closed again.
    const open = new Set(
      Array.from({ length: app.Workbooks.Count }, (_, i) => app.Workbooks.Item(i + 1).FullName.toLowerCase()),
    );
    let wb: EtWorkbook | null = null;
    try {
      wb = app.Workbooks.Open(path);
      const reader = new WpsHost(app, { workbook: wb });
      const names = reader.listSheetsSync().map((s) => s.name);
      return { name, bytes: new Uint8Array(0), sheets: reader.readSheetsSync(names) };
    } catch (e) {
      return {
        name,
        bytes: new Uint8Array(0),
        unreadable: ref("read.wps-open", { detail: e instanceof Error ? e.message : String(e) }),
      };
    } finally {
      if (wb && !open.has(wb.FullName.toLowerCase())) wb.Close(false);
    }
  });
}
