import type { CellValue } from "../sheet/types";

/**
 * What people write for "the same as the row above": 同上 (同前), in quotes or not, or a ditto
 * mark alone (〃, ″, ", “). Common in forms filled by hand and copied into a sheet.
 */
const DITTO = /^\s*(?:["“”'‘’]?(?:同上|同前)["“”'‘’]?[。.]?|[〃″"“”])\s*$/;

/** Whether a cell's text can begin such a mark: most values are ruled out by their first character. */
function mayStart(code: number): boolean {
  switch (code) {
    case 0x540c: // 同
    case 0x3003: // 〃
    case 0x2033: // ″
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x20: // space
    case 0x09: // tab
    case 0xa0: // no-break space
    case 0x3000: // ideographic space
      return true;
    default:
      return false;
  }
}

export function isDitto(v: CellValue | undefined): boolean {
  return typeof v === "string" && v.length <= 8 && v.length > 0 && mayStart(v.charCodeAt(0)) && DITTO.test(v);
}
