import { text } from "../core/i18n/text";
import { guardSaves } from "../app/workbook/before-save";
import { parseRoster } from "../core/roster/roster";
import type { AnnexRegistry } from "../core/schema/registry";
import type { EtApplication, WpsAddonRoot } from "../hosts/wps/api";
import { SAVE_APPROVED, WpsHost } from "../hosts/wps/wps-host";

export type RibbonControl = { readonly Id: string };
export const PANE_KEY = "huibiao.taskpane";
const PANELS: Record<string, string> = {
  huibiaoTemplates: "templates",
  huibiaoValidate: "validate",
  huibiaoMerge: "merge",
};

/**
 * The jsaddon's background logic (main.js): ribbon callbacks, synchronous as WPS requires, and the
 * before-save guard, registered once when the add-in loads so it works with the pane closed.
 */
export function createAddin(
  app: EtApplication & WpsAddonRoot,
  baseUrl: string,
  ask: (message: string) => boolean,
  forms: AnnexRegistry,
) {
  const host = new WpsHost(app, { storage: app.PluginStorage });
  let stopGuard: (() => void) | null = null;

  const options = () => ({
    schemas: forms.all(),
    roster: parseRoster(app.ActiveWorkbook ? (host.loadSettingSync("roster") ?? "") : ""),
  });

  function showPane(panel: string): void {
    const url = new URL(`taskpane.html?panel=${panel}`, baseUrl).href;
    const id = Number(app.PluginStorage.getItem(PANE_KEY));
    if (id) {
      try {
        const pane = app.GetTaskPane(id);
        pane.Navigate(url);
        pane.Visible = true;
        return;
      } catch {
        // The pane was closed for good (new window): create another below.
      }
    }
    const pane = app.CreateTaskPane(url, text("zh-CN", "host.pane-title"));
    pane.Width = 360;
    pane.Visible = true;
    app.PluginStorage.setItem(PANE_KEY, String(pane.ID));
  }

  return {
    OnAddinLoad(): boolean {
      stopGuard ??= guardSaves(host, options, ask, undefined, () => app.PluginStorage.getItem(SAVE_APPROVED) === "1");
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      const panel = PANELS[control.Id];
      if (panel) showPane(panel);
      return true;
    },
    GetImage(): string {
      return "images/icon-32.png";
    },
    dispose(): void {
      stopGuard?.();
      stopGuard = null;
    },
  };
}
