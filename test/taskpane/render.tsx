import { AnnexRegistry } from "../../src/core/schema/registry";
import { configure, render, screen, within } from "@testing-library/react";
import { App, type PanelId } from "../../src/taskpane/App";
import { inlineJobs } from "../../src/taskpane/inline-jobs";
import type { PaneServices } from "../../src/taskpane/services";
import type { SpreadsheetHost } from "../../src/hosts/host";
import type { InputFile } from "../../src/hosts/files";
import { demoReturns } from "../../src/app/demo/samples";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";

// find*/waitFor wait up to 10 s: merging or validating the demo files inside jsdom takes a second
// or two when the whole suite runs in parallel on 2 cores (1 s, the default, made tests flaky).
configure({ asyncUtilTimeout: 10_000 });

export interface Rendered {
  downloads: { name: string; bytes: Uint8Array }[];
  confirms: string[];
  storage: Pick<Storage, "getItem" | "setItem">;
}

/** Renders the pane on a host (or standalone) with the file jobs run inline. */
export function renderPane(
  host: SpreadsheetHost | null,
  panel: PanelId,
  answer = false,
  storage?: Rendered["storage"],
  forms: AnnexRegistry = new AnnexRegistry(),
  locale?: "en" | "zh-CN",
): Rendered & ReturnType<typeof render> {
  const downloads: Rendered["downloads"] = [];
  const confirms: string[] = [];
  const memory = new Map<string, string>();
  const store = storage ?? {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
  };
  const services: PaneServices = {
    mode: host ? "excel" : "standalone",
    host,
    forms,
    jobs: inlineJobs,
    download: (bytes, name) => downloads.push({ name, bytes }),
    confirm: async (m) => {
      confirms.push(m);
      return answer;
    },
    storage: store,
  };
  return {
    downloads,
    confirms,
    storage: store,
    ...render(<App services={services} initialPanel={panel} initialLocale={locale} />),
  };
}

/** The demo's returned files as the browser would hand them over. */
export function demoFiles(): { roster: readonly string[]; files: File[] } {
  const { roster, files, corrupt } = demoReturns();
  const inputs: InputFile[] = [
    ...files.map((f) => ({ name: f.name, bytes: writeSheetsAs(f.sheets, f.format, f.savedAt) })),
    corrupt,
  ];
  return { roster, files: inputs.map((f) => new File([new Uint8Array(f.bytes)], f.name)) };
}

/** The panel on show (the others stay mounted, hidden, keeping their work). */
export function panel() {
  return within(screen.getByRole("tabpanel"));
}
