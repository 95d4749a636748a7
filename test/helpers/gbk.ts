/**
 * Text in a Windows double-byte code page (GBK, code page 936, as Chinese Windows stores it in
 * files without Unicode; Big5; Shift_JIS). Encoded by a table built from the platform's own
 * decoder (the WHATWG Encoding Standard's), so the bytes are exactly those that decoder, and so
 * the reader, takes back to the text.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  let out = tables.get(label);
  if (out) return out;
  out = new Map<string, number[]>();
  const decoder = new TextDecoder(label);
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== "\uFFFD" && !out.has(ch)) out.set(ch, [a, b]);
    }
  tables.set(label, out);
  return out;
}

/** `text` in the code page TextDecoder calls `label` (ASCII as itself). */
export function encodeAs(label: string, text: string): Uint8Array {
  const codes = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = codes.get(ch);
      if (!bytes) throw new Error(`「${ch}」 has no code in ${label}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export const gbk = (text: string): Uint8Array => encodeAs("gbk", text);
