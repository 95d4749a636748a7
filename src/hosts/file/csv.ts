import type { CellValue } from "../../core/sheet/types";

/**
 * Bytes of a CSV file as text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030, which
 * is what Chinese-locale Excel and WPS save as 「CSV（逗号分隔）」.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * RFC 4180 rows (quoted fields, doubled quotes, line breaks inside quotes). Values stay text:
 * the engine reads dates and numbers itself, so nothing is guessed here (no 001 → 1).
 * The delimiter is the one of , ; or tab used most in the first 30 lines (a form's first lines
 * are a title and 填报单位, without any), or the one Excel's 「sep=;」 line names.
 */
export function parseCsv(text: string): CellValue[][] {
  const sep = /^sep=([,;\t|])\r?\n/.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const lines = text.slice(0, 65_536).split(/\r?\n/, 30);
  const most = (d: string) => lines.reduce((n, l) => n + l.split(d).length - 1, 0);
  const delimiter = sep?.[1] ?? [",", "\t", ";"].map((d) => [d, most(d)] as const).sort((a, b) => b[1] - a[1])[0][0];
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field === "" ? null : field);
    field = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      endField();
      rows.push(row);
      row = [];
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}
