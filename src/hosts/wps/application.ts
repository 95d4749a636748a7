import type { EtApplication, WpsAddonRoot } from "./api";

/**
 * WPS's object model in an add-in page: `window.Application`, or `wps.EtApplication()` in older
 * builds (Kingsoft's jsapi samples use both). Something called Application that lacks ApiEvent
 * and Workbooks is not WPS's.
 */
export function etApplication(win: unknown): (EtApplication & Partial<WpsAddonRoot>) | null {
  const w = win as { Application?: unknown; wps?: { EtApplication?: () => unknown } };
  const candidates: unknown[] = [w.Application];
  try {
    if (typeof w.wps?.EtApplication === "function") candidates.push(w.wps.EtApplication());
  } catch {
    // An EtApplication that throws (another kind of WPS window): not ours to use.
  }
  const app = candidates.find((a) => !!a && typeof a === "object" && "ApiEvent" in a && "Workbooks" in a);
  return (app as EtApplication & Partial<WpsAddonRoot>) ?? null;
}
