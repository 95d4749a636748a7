import type { CellValue } from "../../core/sheet/types";

export { decodeText } from "../../core/text/decode";

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
  const push = (field: string) => row.push(field === "" ? null : field);
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  // Fields are sliced, not built a character at a time: a cell of millions of characters costs one slice.
  const stop = new RegExp(`[${delimiter === "\t" ? "\\t" : delimiter}\r\n]`, "g");
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      // Quoted: up to the closing quote; "" is a quote inside.
      let out = "";
      let at = i + 1;
      for (;;) {
        const q = text.indexOf('"', at);
        if (q < 0) {
          out += text.slice(at);
          at = n;
          break;
        }
        out += text.slice(at, q);
        if (text[q + 1] === '"') {
          out += '"';
          at = q + 2;
          continue;
        }
        at = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter belongs to the field, as Excel reads it.
      stop.lastIndex = at;
      const m = stop.exec(text);
      const end = m ? m.index : n;
      field = out + text.slice(at, end);
      i = end;
    } else {
      stop.lastIndex = i;
      const m = stop.exec(text);
      const end = m ? m.index : n;
      field = text.slice(i, end);
      i = end;
    }
    push(field);
    if (i >= n) break;
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      if (i >= n) push("");
      continue;
    }
    endRow();
    i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
  }
  if (row.length) endRow();
  return rows;
}
