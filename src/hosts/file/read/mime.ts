/**
 * The attachments of an e-mail saved as a file (.eml: Foxmail, Thunderbird, Outlook's 另存为,
 * web mail's 导出/下载邮件), as the coordinator receives returns (报送方式：发送至局办公室邮箱).
 * Internet Message Format (RFC 5322) with MIME (RFC 2045, 2046): headers folded over lines,
 * multipart bodies split at their boundary, a forwarded mail (message/rfc822) read in its turn,
 * bodies in base64 or quoted-printable. Attachment names as mail programs write them: RFC 2231
 * (filename*=UTF-8''%E5%8A%9E…, in parts filename*0*=…), RFC 2047 encoded words even inside
 * quotes (name="=?GB2312?B?…?=", as Outlook and Foxmail write them, RFC 2047 §5 notwithstanding),
 * or raw 8-bit text in UTF-8 or GBK. Lenient as mail readers are: a part without its closing
 * boundary ends where the message ends; nothing here throws on a damaged message.
 */
import { decodeText } from "../../../core/text/decode";

export interface MailAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The MIME type the sender's program gave it (application/ms-tnef for Outlook's winmail.dat). */
  readonly type: string;
  /** Attached by reference (a cloud attachment, a path on the sender's disk): the mail holds no bytes of it. */
  readonly linked?: boolean;
  /** An object inserted into a rich-text mail's body that holds no file (a picture, another program's document). */
  readonly embedded?: boolean;
}

export interface Mail {
  readonly attachments: readonly MailAttachment[];
  /**
   * The body as a web page (its text/html part, decoded), when the mail has one: a form pasted into
   * it. Decoded only when asked for (a mail with attachments never needs it).
   */
  readonly html: () => string | undefined;
  /** Pictures the body shows in place (not attachments): a screenshot of the form pasted into the mail? */
  readonly pictures: number;
  /** When the mail says it was sent (its Date header), ms since epoch; undefined when it does not say. */
  readonly sentAt?: number;
}

/** Parts nested deeper than this (multipart in multipart…) are not opened: no mail needs them, a crafted one would. */
const MAX_DEPTH = 20;

/** An .eml's attachments and its date. Bytes that are no mail give none (never an error). */
export function readEml(bytes: Uint8Array): Mail {
  const text = binaryString(bytes);
  const top = entity(text, 0, text.length);
  const leaves: Leaf[] = [];
  collect(top, 0, leaves);
  // Pictures a body shows in place (a signature's logo, cid:…) are the body's, not attachments.
  const referenced = new Set<string>();
  for (const l of leaves)
    if (l.type === "text/html")
      for (const m of binaryString(decodeBody(l)).matchAll(/cid:([^"'\s>)]+)/gi)) referenced.add(m[1].toLowerCase());
  const inBody = (l: Leaf) => l.id !== "" && referenced.has(l.id);
  const attachments = leaves
    .filter((l) => l.name && !inBody(l))
    .map((l) => ({ name: l.name, bytes: decodeBody(l), type: l.type }));
  const date = Date.parse(headerText(top.headers.get("date") ?? ""));
  const body = leaves.find((l) => l.type === "text/html" && !l.name);
  return {
    attachments,
    sentAt: Number.isFinite(date) ? date : undefined,
    pictures: leaves.filter((l) => inBody(l) && l.type.startsWith("image/")).length,
    html: () => (body ? decodeAs(decodeBody(body), body.charset || "utf-8") : undefined),
  };
}

interface Entity {
  /** The text (a binary string) the entity is in: the message's, or a forwarded mail's decoded. */
  readonly text: string;
  readonly headers: Map<string, string>;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

interface Leaf extends Entity {
  readonly type: string;
  /** The charset its Content-Type names ("" when none). */
  readonly charset: string;
  readonly name: string;
  readonly id: string;
  readonly encoding: string;
}

/** One entity (a message or a part): its headers (unfolded, names in lower case) and where its body is. */
function entity(text: string, start: number, end: number): Entity {
  // A part with no header at all starts with its blank line. Searched within the entity only: a
  // message of many parts is read in one pass, however few blank lines it has.
  const first = /^\r?\n/.exec(text.slice(start, start + 2));
  const m = first ? null : /\r?\n\r?\n/.exec(text.slice(start, end));
  const headEnd = first ? start : m ? start + m.index : end;
  const bodyStart = first ? start + first[0].length : m ? start + m.index + m[0].length : end;
  const headers = new Map<string, string>();
  let last = "";
  for (const line of text.slice(start, headEnd).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      // The first of a header given twice counts, as mail readers take it.
      if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
      else last = "";
    }
  }
  return { text, headers, bodyStart, bodyEnd: end };
}

/** The leaves under an entity, in order: multiparts split, forwarded mails opened. */
function collect(e: Entity, depth: number, out: Leaf[]): void {
  const text = e.text;
  const ct = parameters(e.headers.get("content-type") ?? "text/plain");
  const type = ct.value.toLowerCase();
  const encoding = (e.headers.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  if (depth < MAX_DEPTH && type.startsWith("multipart/") && ct.params.get("boundary")) {
    for (const [s, end] of parts(text, e.bodyStart, e.bodyEnd, ct.params.get("boundary")!))
      collect(entity(text, s, end), depth + 1, out);
    return;
  }
  const disposition = parameters(e.headers.get("content-disposition") ?? "");
  if (depth < MAX_DEPTH && type === "message/rfc822" && !disposition.params.get("filename")) {
    // A forwarded mail sent as a part (7bit or 8bit, as RFC 2046 §5.2.1 requires): its own attachments.
    // Some programs encode it all the same: decoded first.
    const encoded = encoding === "base64" || encoding === "quoted-printable";
    const inner = encoded ? binaryString(decodeBody({ ...e, type, charset: "", name: "", id: "", encoding })) : text;
    collect(encoded ? entity(inner, 0, inner.length) : entity(text, e.bodyStart, e.bodyEnd), depth + 1, out);
    return;
  }
  const name = disposition.params.get("filename") || ct.params.get("name") || "";
  const id = (e.headers.get("content-id") ?? "").trim().replace(/^<|>$/g, "").toLowerCase();
  out.push({ ...e, type, charset: ct.params.get("charset") ?? "", name: name.trim(), id, encoding });
}

/** Where each part of a multipart body is: between `--boundary` lines, up to `--boundary--` (or the end). */
function parts(text: string, start: number, end: number, boundary: string): [number, number][] {
  const out: [number, number][] = [];
  const delimiter = `--${boundary}`;
  // A delimiter is a line of its own: at a line's start, nothing after it but `--` (the last) or
  // spaces (RFC 2046 §5.1.1), so that a nested boundary it begins (--b in --bb) is not taken for it.
  const next = (from: number): number => {
    for (let at = text.indexOf(delimiter, from); at >= 0 && at < end; at = text.indexOf(delimiter, at + 1)) {
      if (at > start && text[at - 1] !== "\n") continue;
      const rest = text.slice(at + delimiter.length, at + delimiter.length + 80);
      if (/^(--|[ \t]*(\r?\n|$))/.test(rest)) return at;
    }
    return -1;
  };
  for (let at = next(start); at >= 0;) {
    const after = at + delimiter.length;
    if (text.startsWith("--", after)) break;
    const lineEnd = text.indexOf("\n", after);
    if (lineEnd < 0 || lineEnd >= end) break;
    const following = next(lineEnd);
    const partEnd = following < 0 ? end : following - (text[following - 2] === "\r" ? 2 : 1);
    out.push([lineEnd + 1, Math.max(lineEnd + 1, partEnd)]);
    at = following;
  }
  return out;
}

/** A part's body decoded from its transfer encoding. */
function decodeBody(l: Leaf): Uint8Array {
  const body = l.text.slice(l.bodyStart, l.bodyEnd);
  if (l.encoding === "base64") return base64(body);
  if (l.encoding === "quoted-printable") return quotedPrintable(body);
  return fromBinary(body);
}

/**
 * Base64 text decoded: by the platform's atob where the text is clean (its line breaks are let go,
 * as the forgiving-base64 of the HTML standard does: 20 MB in ~60 ms), else here, what is not of
 * the alphabet (stray characters, padding in the middle) passed over.
 */
function base64(s: string): Uint8Array {
  try {
    return fromBinary(atob(s));
  } catch {
    return base64Leniently(s);
  }
}

function base64Leniently(s: string): Uint8Array {
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let n = 0;
  let bits = 0;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64[s.charCodeAt(i) & 0xff];
    if (v < 0) continue;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Each byte's value in the base64 alphabet, -1 for one outside it. */
const B64 = (() => {
  const table = new Int8Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
})();

function quotedPrintable(s: string): Uint8Array {
  return fromBinary(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}

/** A header's value (`type/sub; key=value; …`) and its parameters, RFC 2231's joined and decoded. */
function parameters(header: string): { value: string; params: Map<string, string> } {
  const [value, ...rest] = splitParams(header);
  const raw = new Map<string, { text: string; extended: boolean }[]>();
  for (const p of rest) {
    const eq = p.indexOf("=");
    if (eq < 0) continue;
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(p.slice(0, eq).trim().toLowerCase());
    if (!m) continue;
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, v.endsWith('"') && v.length > 1 ? -1 : undefined).replace(/\\(.)/g, "$1");
    const pieces = raw.get(m[1]) ?? [];
    pieces[Number(m[2] ?? 0)] = { text: v, extended: m[3] === "*" };
    raw.set(m[1], pieces);
  }
  const params = new Map<string, string>();
  for (const [key, pieces] of raw) params.set(key, joined(pieces.filter(Boolean)));
  return { value: value.trim(), params };
}

/** A parameter's pieces (RFC 2231 §3, §4): charset'language' on the first extended one, %XX bytes. */
function joined(pieces: readonly { text: string; extended: boolean }[]): string {
  if (!pieces.some((p) => p.extended)) return headerText(pieces.map((p) => p.text).join(""));
  let charset = "utf-8";
  let bytes = "";
  pieces.forEach((p, i) => {
    let t = p.text;
    if (p.extended && i === 0) {
      const m = /^([^']*)'[^']*'(.*)$/.exec(t);
      if (m) [charset, t] = [m[1] || "utf-8", m[2]];
    }
    bytes += p.extended ? t.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
  });
  return decodeAs(fromBinary(bytes), charset);
}

/** `a; b="x;y"; c=d` split at the semicolons outside quotes. */
function splitParams(header: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i];
    if (ch === "\\" && quoted) {
      cur += ch + (header[++i] ?? "");
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * A header's text: RFC 2047 encoded words decoded (those side by side joined, their bytes together,
 * so a character split between two words survives), raw 8-bit text read as UTF-8 or GBK.
 */
function headerText(raw: string): string {
  const words = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
  let out = "";
  let last = 0;
  let pending: { charset: string; bytes: string } | null = null;
  const flush = () => {
    if (pending) out += decodeAs(fromBinary(pending.bytes), pending.charset);
    pending = null;
  };
  for (const m of raw.matchAll(words)) {
    const between = raw.slice(last, m.index);
    const charset = m[1].replace(/\*.*$/, "").toLowerCase();
    const bytes =
      m[2].toUpperCase() === "B"
        ? binaryString(base64(m[3]))
        : m[3].replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    // Whitespace between two encoded words is not text (RFC 2047 §6.2).
    if (!pending || between.trim() || pending.charset !== charset) {
      flush();
      if (between.trim() || !out) out += plain(between);
      pending = { charset, bytes };
    } else pending.bytes += bytes;
    last = m.index! + m[0].length;
  }
  flush();
  return (out + plain(raw.slice(last))).trim();
}

/** Header text outside encoded words: 8-bit bytes (a binary string) as UTF-8, else GBK. */
function plain(s: string): string {
  return /[\x80-\xff]/.test(s) ? decodeText(fromBinary(s)) : s;
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  const label = /^(gb2312|gbk|x-gbk|cp936|euc-cn)$/i.test(charset) ? "gb18030" : charset;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return decodeText(bytes);
  }
}

/** Bytes as a string of one character per byte (a "binary string"), to search and split as text. */
function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x2000)
    chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]));
  return chunks.join("");
}

function fromBinary(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
