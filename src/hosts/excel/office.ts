/// <reference types="office-js" />
import type { ExcelApi, XRequestContext } from "./api";
import { ref, TextError } from "../../core/i18n/text";

/** The real Office.js behind the host's API subset (only this file touches the globals). */
export function officeExcelApi(): ExcelApi {
  return {
    run: <T>(batch: (ctx: XRequestContext) => Promise<T>) => Excel.run((ctx) => batch(ctx)),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    clientHas: (type, member) => clientHas(Excel, type, member),
  };
}

/** Whether the loaded client library's class `type` has `member` (a method or a property). */
export function clientHas(excel: unknown, type: string, member: string): boolean {
  const ctor = (excel as Record<string, unknown> | undefined)?.[type];
  if (typeof ctor !== "function") return false;
  const proto = (ctor as { prototype?: object }).prototype;
  return !!proto && member in proto;
}

/**
 * Signs that the page runs inside Office, the ones office.js itself reads to find its host: a
 * host-info bridge (window.external.GetHostInfo, agaveHost), the _host_Info parameter, a host-info
 * window name or session value; also WebView2 and WKWebView bridges, or an iframe (Office on the
 * web). A plain page shows none of them and then never loads office.js, which would otherwise call
 * Microsoft's telemetry service.
 */
export function looksLikeOffice(win: Window): boolean {
  const w = win as unknown as {
    external?: { GetHostInfo?: unknown };
    agaveHost?: unknown;
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: { Agave?: unknown } };
  };
  let stored = false;
  try {
    stored = !!win.sessionStorage.getItem("hostInfoValue");
  } catch {
    stored = false; // storage blocked: rely on the other signs
  }
  let named = false;
  try {
    named = !!(JSON.parse(win.name || "null") as { hostInfo?: string } | null)?.hostInfo;
  } catch {
    named = false; // a window name that is not JSON: not Office's
  }
  return (
    /[?&]_host_Info=/i.test(win.location.search) ||
    stored ||
    named ||
    typeof w.external?.GetHostInfo === "function" ||
    w.agaveHost !== undefined ||
    !!w.chrome?.webview ||
    !!w.webkit?.messageHandlers?.Agave ||
    win.parent !== win
  );
}

/** Where the build says office.js is: our own copy by default, Microsoft's CDN in an OFFICE_JS=cdn build. */
declare const __OFFICE_JS__: string | undefined;
export const OFFICE_JS = typeof __OFFICE_JS__ === "string" ? __OFFICE_JS__ : "office/office.js";

/** Loads office.js: from the add-in's own origin unless built for the CDN (intranets cannot reach it). */
export function loadOfficeJs(win: Window, src = OFFICE_JS): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new TextError(ref("host.office-load", { src })));
    win.document.head.appendChild(script);
  });
}

/** Resolves to "excel" inside Excel, null anywhere else. */
export async function officeHost(win: Window = window, timeoutMs = 5000): Promise<"excel" | null> {
  if (!looksLikeOffice(win)) return null;
  await loadOfficeJs(win);
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  return Promise.race([
    office.onReady().then((info) => (info.host === office.HostType.Excel ? ("excel" as const) : null)),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
}
