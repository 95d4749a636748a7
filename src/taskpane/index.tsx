import "../hosts/wps/builtins";
import { createRoot } from "react-dom/client";
import { App, type PanelId } from "./App";
import { detectServices } from "./boot";
import { workerJobs } from "./worker-jobs";
import { loadLocale } from "./i18n/load-locale";
import { LOCALE_KEY } from "./i18n/use-locale-state";

const PANELS: readonly PanelId[] = ["templates", "validate", "merge"];

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const panel = PANELS.find((p) => p === params.get("panel")) ?? "templates";
  const lang = params.get("lang");
  const locale = lang === "en" ? "en" : lang === "zh-CN" || lang === "zh" ? "zh-CN" : undefined;
  // File work runs in a web worker; webpack bundles this form of `new Worker` as its own chunk.
  const services = await detectServices(
    window,
    workerJobs(() => new Worker(new URL("./file-worker.ts", import.meta.url))),
  );
  // English, when asked for or last chosen, is fetched before the first paint (no flash of Chinese).
  const wanted = locale ?? (services.storage?.getItem(LOCALE_KEY) === "en" ? "en" : undefined);
  if (wanted) await loadLocale(wanted).catch(() => undefined);
  const root = document.getElementById("root")!;
  root.removeAttribute("aria-busy");
  createRoot(root).render(<App services={services} initialPanel={panel} initialLocale={locale} />);
}

// taskpane.html has already told the user when this browser is too old: do not start then.
const unsupported = (window as unknown as { huibiaoUnsupported?: boolean }).huibiaoUnsupported;
if (!unsupported)
  main().catch((e: unknown) => {
    const root = document.getElementById("root");
    if (root)
      root.textContent = `汇表助手无法启动：${e instanceof Error ? e.message : String(e)}。请刷新页面；若仍不行，请联系管理员。`;
  });
