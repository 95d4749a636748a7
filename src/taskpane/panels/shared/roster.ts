import { parseRoster } from "../../../core/roster/roster";
import type { PaneServices } from "../../services";

/** Where the standalone page keeps the roster (in a workbook it is a setting of the workbook). */
export const ROSTER_KEY = "huibiao.roster";

/** The roster as saved: in the workbook (Excel, WPS) or in the browser (standalone). */
export async function loadRosterText(services: Pick<PaneServices, "host" | "storage">): Promise<string> {
  return (services.host ? await services.host.loadSetting("roster") : services.storage?.getItem(ROSTER_KEY)) ?? "";
}

/** Saves the roster typed; returns the units (one a line, blank and # lines skipped, duplicates once). */
export async function saveRosterText(
  services: Pick<PaneServices, "host" | "storage">,
  text: string,
): Promise<string[]> {
  const units = parseRoster(text);
  const clean = units.join("\n");
  if (services.host) await services.host.saveSetting("roster", clean);
  else services.storage?.setItem(ROSTER_KEY, clean);
  for (const listener of listeners) listener(units);
  return units;
}

const listeners = new Set<(units: readonly string[]) => void>();

/** Calls `listener` whenever a panel saves the roster (校验 shows the roster it checks against). */
export function onRosterSaved(listener: (units: readonly string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
