import type { CellValue } from "../sheet/types";

/**
 * What people write for "the same as the row above": 同上 (同前), in quotes or not, or a ditto
 * mark alone (〃, ″, ", “). Common in forms filled by hand and copied into a sheet.
 */
const DITTO = /^\s*(?:["“”'‘’]?(?:同上|同前)["“”'‘’]?[。.]?|[〃″"“”])\s*$/;

/** The characters such a cell can begin with: most values are ruled out without the pattern. */
const DITTO_START = new Set([..."同〃″\"“”'‘’ \t\u00a0\u3000"]);

export function isDitto(v: CellValue | undefined): boolean {
  return typeof v === "string" && v.length <= 8 && DITTO_START.has(v.charAt(0)) && DITTO.test(v);
}
