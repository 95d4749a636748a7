/// <reference types="office-js" />
import type { ExcelApi, XRequestContext } from "./api";

/** The real Office.js behind the host's API subset (only this file touches the globals). */
export function officeExcelApi(): ExcelApi {
  return {
    run: <T>(batch: (ctx: XRequestContext) => Promise<T>) => Excel.run((ctx) => batch(ctx)),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}

/** Resolves to "excel" inside Excel, null anywhere else (office.js loaded in a plain browser). */
export function officeHost(timeoutMs = 3000): Promise<"excel" | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve(null);
  return Promise.race([
    office.onReady().then((info) => (info.host === office.HostType.Excel ? ("excel" as const) : null)),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
}
