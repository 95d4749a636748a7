import { TextError } from "../../../core/i18n/text";
import { textSheet } from "../../../core/roster/roster";
import type { SettingKey, SettingValues } from "../../../hosts/host";
import type { PaneServices } from "../../services";

/** Where the standalone page keeps each setting (in a workbook they are settings of the workbook). */
export const STORAGE_KEYS: Readonly<Record<SettingKey, string>> = {
  roster: "huibiao.roster",
  request: "huibiao.request",
};

const opened = new WeakMap<object, Promise<SettingValues>>();

/**
 * The settings as the pane opened (the roster, the request), read once for every panel: one
 * operation of the workbook instead of one per panel and key; later changes come by onRosterSaved.
 */
export function initialSettings(services: Pick<PaneServices, "host" | "storage">): Promise<SettingValues> {
  let found = opened.get(services);
  if (!found) {
    found = services.host
      ? services.host.loadSettings(["roster", "request"])
      : Promise.resolve(
          Object.fromEntries(
            (Object.keys(STORAGE_KEYS) as SettingKey[]).flatMap((k) => {
              const v = services.storage?.getItem(STORAGE_KEYS[k]);
              return v === null || v === undefined ? [] : [[k, v]];
            }),
          ),
        );
    opened.set(services, found);
  }
  return found;
}

/**
 * Saves the roster typed, and `also` the other settings given, in one operation of the workbook;
 * returns the units (one a line, blank and # lines skipped, duplicates once). A form pasted in
 * instead (a return's rows copied from Excel) is refused, saying which form it is, before anything
 * is saved: read as a roster it would list 附件2, its title and 序号 as units.
 * `subject` names the roster in the pane's language (填入的单位名单).
 */
export async function saveRosterText(
  services: Pick<PaneServices, "host" | "storage" | "forms">,
  text: string,
  subject: string,
  also: Omit<SettingValues, "roster"> = {},
): Promise<string[]> {
  // The forms' detection is the validator's (~20 KB gzip): loaded when a roster is saved, not with the pane.
  const { rosterOfSheets } = await import("../../../core/roster/roster-file");
  const read = rosterOfSheets([textSheet(text)], services.forms.all(), subject);
  if ("why" in read) throw new TextError(read.why);
  const units = read.units;
  const values: SettingValues = { ...also, roster: units.join("\n") };
  if (services.host) await services.host.saveSettings(values);
  else
    for (const [key, value] of Object.entries(values) as [SettingKey, string | undefined][])
      if (value !== undefined) services.storage?.setItem(STORAGE_KEYS[key], value);
  for (const listener of listeners) listener(units);
  return units;
}

const listeners = new Set<(units: readonly string[]) => void>();

/** Calls `listener` whenever a panel saves the roster (校验 shows the roster it checks against). */
export function onRosterSaved(listener: (units: readonly string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
