import { splitSetting } from "../host";
import { asText } from "./cell-values";

/**
 * The hidden settings sheet as a rectangle of text: a key in column A, its value split over B, C…
 * (a cell holds at most 32,767 characters); text that would read as a formula stays text.
 */
export function settingsMatrix(values: ReadonlyMap<string, string>): string[][] {
  const rows = [...values].map(([k, v]) => [k, ...splitSetting(v)]);
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<string>(width - r.length).fill("")].map((v) => String(asText(v))));
}
