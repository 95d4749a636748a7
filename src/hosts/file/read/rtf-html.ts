/**
 * The web page an Outlook message's body was written as, where Outlook kept the body only as
 * compressed RTF (PidTagRtfCompressed, 0x1009): its LZFu compression undone ([MS-OXRTFCP] §2.2),
 * then the HTML Outlook wraps in RTF taken back out ([MS-OXRTFEX] §2.1.3.1): the text of the
 * `{\*\htmltagN …}` groups and the text outside them, less what `\htmlrtf` marks as RTF's own
 * rendering. Used for a form pasted into a mail's body (mail.ts); null where there is no such page.
 */

/** The dictionary's first bytes, as the compressor starts with them ([MS-OXRTFCP] §3.1.3.1). */
const PREFIX =
  "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

/** PidTagRtfCompressed's bytes as RTF; null when they are neither compressed (LZFu) nor stored (MELA). */
export function decompressRtf(b: Uint8Array): Uint8Array | null {
  if (b.length < 16) return null;
  const u32 = (at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
  const rawSize = u32(4);
  const type = u32(8);
  if (type === MELA) return b.subarray(16, 16 + rawSize);
  if (type !== LZFU) return null;
  const dict = new Uint8Array(4096);
  for (let i = 0; i < PREFIX.length; i++) dict[i] = PREFIX.charCodeAt(i);
  let write = PREFIX.length;
  const out = new Uint8Array(rawSize);
  let n = 0;
  const end = Math.min(b.length, 4 + u32(0));
  for (let at = 16; at < end && n < rawSize;) {
    const control = b[at++];
    for (let bit = 0; bit < 8 && at < end && n < rawSize; bit++) {
      if (!(control & (1 << bit))) {
        const byte = b[at++];
        out[n++] = byte;
        dict[write] = byte;
        write = (write + 1) & 0xfff;
        continue;
      }
      if (at + 1 >= end) return out.subarray(0, n);
      const ref = (b[at] << 8) | b[at + 1];
      at += 2;
      const offset = ref >> 4;
      // A reference to where the next byte goes is the end of the stream (§2.2.2.2).
      if (offset === write) return out.subarray(0, n);
      for (let i = 0; i < (ref & 0xf) + 2 && n < rawSize; i++) {
        const byte = dict[(offset + i) & 0xfff];
        out[n++] = byte;
        dict[write] = byte;
        write = (write + 1) & 0xfff;
      }
    }
  }
  return out.subarray(0, n);
}

/** Destinations whose text is no part of the page (RTF's own tables), besides \* ones other than htmltag. */
const SKIPPED = new Set(["fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer"]);

/** The HTML an RTF body written from HTML (`\fromhtml1`) holds; null for an RTF that was not (a plain or rich text mail). */
export function htmlFromRtf(rtf: Uint8Array): string | null {
  let s = "";
  for (let i = 0; i < rtf.length; i += 0x2000)
    s += String.fromCharCode.apply(null, rtf.subarray(i, i + 0x2000) as unknown as number[]);
  if (!/\\fromhtml1/.test(s.slice(0, 1024))) return null;
  const page = /\\ansicpg(\d+)/.exec(s.slice(0, 1024))?.[1];
  const ansi = textDecoder(page);
  // Each font's character set (\fcharset in the font table): \'hh bytes are in the current font's.
  const charsets = new Map<number, number>();
  let defining = -1;
  let out = "";
  let bytes: number[] = [];
  let decoder = ansi;
  const flush = () => {
    if (bytes.length) out += decoder.decode(new Uint8Array(bytes));
    bytes = [];
  };
  const text = (t: string) => {
    flush();
    out += t;
  };
  // Each group: whether its text is skipped, whether it is an htmltag, and \htmlrtf's state, \uc's count.
  type Group = { skip: boolean; tag: boolean; htmlrtf: boolean; uc: number; fonts: boolean; font: TextDecoder };
  let g: Group = { skip: false, tag: false, htmlrtf: false, uc: 1, fonts: false, font: ansi };
  const stack: Group[] = [];
  let skipChars = 0;
  let groupStart = false;
  const emitting = () => !g.skip && (g.tag || !g.htmlrtf);
  for (let i = 0; i < s.length;) {
    const ch = s[i];
    if (ch === "{") {
      stack.push(g);
      g = { ...g };
      groupStart = true;
      i++;
      continue;
    }
    if (ch === "}") {
      g = stack.pop() ?? g;
      if (g.font !== decoder) flush();
      decoder = g.font;
      groupStart = false;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      i++;
      continue;
    }
    if (ch !== "\\") {
      const next = s.slice(i).search(/[\\{}\r\n]/);
      const run = next < 0 ? s.slice(i) : s.slice(i, i + next);
      i += run.length;
      groupStart = false;
      if (skipChars) {
        const dropped = Math.min(skipChars, run.length);
        skipChars -= dropped;
        if (emitting()) for (const c of run.slice(dropped)) bytes.push(c.charCodeAt(0));
      } else if (emitting()) for (const c of run) bytes.push(c.charCodeAt(0));
      continue;
    }
    // A control symbol: \' hex byte, \\ \{ \}, \* (an ignorable destination), others.
    const sym = s[i + 1];
    if (sym === "'") {
      const byte = parseInt(s.slice(i + 2, i + 4), 16);
      i += 4;
      if (skipChars) skipChars--;
      else if (emitting() && Number.isFinite(byte)) bytes.push(byte);
      continue;
    }
    if (sym === "\\" || sym === "{" || sym === "}") {
      if (emitting()) bytes.push(sym.charCodeAt(0));
      i += 2;
      continue;
    }
    if (sym === "*") {
      // {\*\htmltag…} holds the page; any other ignorable destination is RTF's own.
      if (!/^\\\*\\htmltag/.test(s.slice(i, i + 10))) g.skip = true;
      i += 2;
      continue;
    }
    const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(s.slice(i, i + 40));
    if (!m) {
      i += 2;
      continue;
    }
    i += m[0].length;
    const [word, arg] = [m[1], m[2]];
    const first = groupStart;
    groupStart = false;
    // \binN: N raw bytes follow (a picture's), braces among them: stepped over whole.
    if (word === "bin") i += Math.max(0, Number(arg ?? 0));
    else if (first && SKIPPED.has(word)) g = { ...g, skip: true, fonts: word === "fonttbl" };
    else if (g.fonts && word === "f") defining = Number(arg ?? 0);
    else if (g.fonts && word === "fcharset") charsets.set(defining, Number(arg ?? 0));
    else if (word === "f" && !g.fonts) {
      g.font = charsetDecoder(charsets.get(Number(arg ?? 0)), ansi);
      if (g.font !== decoder) flush();
      decoder = g.font;
    } else if (word === "htmltag") g.tag = true;
    else if (word === "htmlrtf") g.htmlrtf = arg !== "0";
    else if (word === "uc") g.uc = Number(arg ?? 1);
    else if (!emitting()) continue;
    else if (word === "par" || word === "line") text("\r\n");
    else if (word === "tab") text("\t");
    else if (word === "u" && arg !== undefined) {
      const code = Number(arg);
      text(String.fromCharCode(code < 0 ? code + 65536 : code));
      skipChars = g.uc;
    }
  }
  flush();
  return out;
}

/** RTF's \fcharset values and the code pages they stand for (Microsoft's RTF specification 1.9.1). */
const CHARSETS: Record<number, string> = {
  128: "shift_jis",
  129: "euc-kr",
  134: "gb18030",
  136: "big5",
  161: "windows-1253",
  162: "windows-1254",
  177: "windows-1255",
  178: "windows-1256",
  186: "windows-1257",
  204: "windows-1251",
  222: "windows-874",
  238: "windows-1250",
};
const decoders = new Map<string, TextDecoder>();

/** The decoder for a font's character set; the document's ANSI code page for 0 (ANSI), 1 (default) or none. */
function charsetDecoder(charset: number | undefined, ansi: TextDecoder): TextDecoder {
  const label = charset === undefined ? undefined : CHARSETS[charset];
  if (!label) return ansi;
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label)));
  return d;
}

/** Code pages that are not windows-N by name: Chinese (GBK, Big5), Japanese, Korean, UTF-8. */
const PAGES: Record<string, string> = {
  "936": "gb18030",
  "54936": "gb18030",
  "950": "big5",
  "932": "shift_jis",
  "949": "euc-kr",
  "65001": "utf-8",
};

/** A decoder for the RTF's ANSI code page (\ansicpg936 for a Chinese Windows), Windows-1252 else. */
function textDecoder(page: string | undefined): TextDecoder {
  const label = (page && PAGES[page]) ?? (page ? `windows-${page}` : "windows-1252");
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("windows-1252");
  }
}
