/**
 * The text of an Excel 5.0/95 workbook (BIFF5: the compound file's "Book" stream), stored in the
 * ANSI code page its CODEPAGE record names ([MS-XLS] §2.4.52): GBK (936) when it was saved on
 * Chinese Windows, by Excel 95 or by Save As 「Microsoft Excel 5.0/95 工作簿」, which Excel still
 * offers beside the 97-2003 .xls. The SheetJS build the CLI and the pane bundle (its ES module)
 * comes without code-page tables and gives each byte as a character (「Ìî±¨µ¥Î»」 for 填报单位), so the
 * form was not found; those characters are the bytes, decoded here with the platform's decoder
 * (Node with full ICU, every browser). BIFF8 (the "Workbook" stream) stores UTF-16 and needs none.
 */
import type { CellValue, SheetData } from "../../../core/sheet/types";
import type { ReadWorkbook } from "../../files";
import { biffRecords, u16 } from "./bytes";

const CODEPAGE = 0x0042;
const EOF = 0x000a;

/** Windows code pages as the WHATWG Encoding Standard names them (TextDecoder's labels). */
const LABELS: Record<number, string> = {
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1250: "windows-1250",
  1251: "windows-1251",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
};

/** The code page a BIFF stream's globals name, before their EOF; null when none is named. */
export function biffCodepage(stream: Uint8Array): number | null {
  for (const { type, length, body } of biffRecords(stream)) {
    if (type === EOF) return null;
    if (type === CODEPAGE && length >= 2 && body + 2 <= stream.length) return u16(stream, body);
  }
  return null;
}

/** The workbook with its sheet names and text decoded from `codepage` (unchanged for a code page with nothing to decode). */
export function withCodepage(read: ReadWorkbook, codepage: number | null): ReadWorkbook {
  const label = codepage === null ? undefined : LABELS[codepage];
  if (!label) return read;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return read; // a platform without that decoder: the text stays as read
  }
  const text = (s: string): string => {
    let high = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) return s; // decoded already (SheetJS with its code-page tables)
      if (c >= 0x80) high = true;
    }
    return high ? decoder.decode(Uint8Array.from(s, (ch) => ch.charCodeAt(0))) : s;
  };
  const cell = (v: CellValue): CellValue => (typeof v === "string" ? text(v) : v);
  return {
    ...read,
    sheets: read.sheets.map((s): SheetData => ({ ...s, name: text(s.name), rows: s.rows.map((r) => r.map(cell)) })),
  };
}
