import { officeExcelApi, officeHost } from "../hosts/excel/office";
import type { EtApplication, WpsAddonRoot } from "../hosts/wps/api";
import { etApplication } from "../hosts/wps/application";
import type { FileJobs, PaneServices } from "./services";
import { AnnexRegistry } from "../core/schema/registry";

/** The one place that decides where the pane runs: WPS, Excel, or a plain browser page. */
export async function detectServices(
  win: Window,
  jobs: FileJobs,
  forms: AnnexRegistry = new AnnexRegistry(),
): Promise<PaneServices> {
  const download = (bytes: Uint8Array, fileName: string) => saveAs(win, bytes, fileName);
  const storage = safeStorage(win);
  const wps = wpsApplication(win);
  // Each host's code is loaded only where it runs (its own chunk): the pane starts lighter.
  if (wps) {
    const [{ WpsHost }, { pickWithWps }] = await Promise.all([
      import("../hosts/wps/wps-host"),
      import("../hosts/wps/pick-files"),
    ]);
    return {
      mode: "wps",
      forms,
      host: new WpsHost(wps, { storage: (wps as Partial<WpsAddonRoot>).PluginStorage }),
      jobs,
      download,
      storage,
      confirm: async (message) => win.confirm(message),
      pickFiles: async () => pickWithWps(wps),
    };
  }
  if ((await officeHost(win)) === "excel") {
    const { ExcelHost } = await import("../hosts/excel/excel-host");
    return { mode: "excel", host: new ExcelHost(officeExcelApi()), forms, jobs, download, storage };
  }
  return {
    mode: "standalone",
    host: null,
    forms,
    jobs,
    download,
    storage,
    confirm: async (message) => win.confirm(message),
  };
}

/** WPS's object model in this page, or null (see hosts/wps/application.ts). */
export function wpsApplication(win: Window): EtApplication | null {
  return etApplication(win);
}

/** What the downloaded file is, by its name: a workbook, a zip of them, or the text of a reminder. */
export function mimeOf(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "zip") return "application/zip";
  if (ext === "txt") return "text/plain;charset=utf-8";
  return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

function saveAs(win: Window, bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: mimeOf(fileName) });
  const url = URL.createObjectURL(blob);
  const a = win.document.createElement("a");
  a.href = url;
  a.download = fileName;
  win.document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function safeStorage(win: Window): Pick<Storage, "getItem" | "setItem"> | undefined {
  try {
    const s = win.localStorage;
    s.getItem("huibiao.probe");
    return s;
  } catch {
    // Storage is blocked (some intranet browsers, file://): the roster is then kept for the session only.
    return undefined;
  }
}
