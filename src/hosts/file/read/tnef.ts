/**
 * The files inside an Outlook `winmail.dat` (TNEF, [MS-OXTNEF]): what a mail program other than
 * Outlook receives instead of the attachments when the sender's Outlook wrote the mail in rich
 * text. A stream of attributes (§2.1.3.1: level, id, size, data, checksum); each attachment starts
 * at attAttachRendData (0x9002) and has its bytes in attAttachData (0x800F), its 8-bit name in
 * attAttachTitle (0x8010) and its MAPI properties in attAttachment (0x9005, §2.1.3.4), where the
 * long name is (PidTagAttachLongFilename, 0x3707) and, for an attached object, the bytes
 * (PidTagAttachDataObject, 0x3701, after its 16-byte interface id). Damage ends the reading where it
 * is: what was read before it is kept.
 */
import { decodeText } from "../../../core/text/decode";

export interface TnefFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** An object inserted into the mail's body (PidTagAttachMethod 6): its bytes are its OLE storage as a compound file. */
  readonly object?: boolean;
}

const SIGNATURE = 0x223e9f78;

/** Whether the bytes are a TNEF stream (its signature, §2.1.3.1). */
export function isTnefStream(b: Uint8Array): boolean {
  return b.length >= 6 && u32(b, 0) === SIGNATURE;
}

/** The files a winmail.dat holds; null when the bytes are no TNEF stream. */
export function readTnef(b: Uint8Array): TnefFile[] | null {
  if (!isTnefStream(b)) return null;
  const files: { title?: string; long?: string; bytes?: Uint8Array; object?: boolean }[] = [];
  let codePage = "windows-1252";
  for (let at = 6; at + 9 <= b.length;) {
    const level = b[at];
    const id = u32(b, at + 1) & 0xffff;
    const size = u32(b, at + 5);
    const data = b.subarray(at + 9, at + 9 + size);
    if (data.length < size) break;
    at += 9 + size + 2;
    if (level === 1 && id === 0x9007 && size >= 4) codePage = windowsCodePage(u32(data, 0));
    if (level !== 2) continue;
    if (id === 0x9002) files.push({});
    const file = files[files.length - 1];
    if (!file) continue;
    if (id === 0x8010) file.title = text(data, codePage);
    else if (id === 0x800f) file.bytes = data;
    else if (id === 0x9005) {
      const props = mapiProperties(data, codePage);
      file.long = props.long ?? file.long;
      file.object = props.method === 6;
      file.bytes ??= props.object;
    }
  }
  // One without a name is named by its place (附件2 for the second), so that it is listed, not lost.
  return files.flatMap((f, i) =>
    f.bytes
      ? [{ name: f.long || f.title || `附件${i + 1}`, bytes: f.bytes, ...(f.object ? { object: true } : {}) }]
      : [],
  );
}

/** Of an attachment's MAPI properties, its long name, an attached object's bytes and how it is attached. */
function mapiProperties(b: Uint8Array, codePage: string): { long?: string; object?: Uint8Array; method?: number } {
  const out: { long?: string; object?: Uint8Array; method?: number } = {};
  const count = u32(b, 0);
  let at = 4;
  for (let i = 0; i < count && at + 4 <= b.length; i++) {
    const type = b[at] | (b[at + 1] << 8);
    const id = b[at + 2] | (b[at + 3] << 8);
    at += 4;
    if (id >= 0x8000) {
      // A named property: its set's GUID, then a number or a name (§2.1.3.4.1).
      const kind = u32(b, at + 16);
      at += 20;
      if (kind === 0) at += 4;
      else at += 4 + pad(u32(b, at));
    }
    const multi = (type & 0x1000) !== 0;
    const base = type & 0x0fff;
    const variable = base === 0x001e || base === 0x001f || base === 0x0102 || base === 0x000d;
    // A count no property could hold (damage) ends the list.
    const values = multi || variable ? Math.min(u32(b, at), b.length) : 1;
    if (multi || variable) at += 4;
    for (let v = 0; v < values && at <= b.length; v++) {
      if (variable) {
        const length = u32(b, at);
        const value = b.subarray(at + 4, at + 4 + length);
        at += 4 + pad(length);
        if (id === 0x3707 && base === 0x001f) out.long = new TextDecoder("utf-16le").decode(value).replace(/\0+$/, "");
        else if (id === 0x3707 && base === 0x001e) out.long = text(value, codePage);
        else if (id === 0x3701 && base === 0x000d && value.length > 16) out.object = value.subarray(16);
        else if (id === 0x3701 && base === 0x0102) out.object = value;
      } else {
        const size = FIXED[base];
        // A type this reader does not know the size of: the rest cannot be found, and is left.
        if (size === undefined) return out;
        if (size === 0) break;
        // PidTagAttachMethod (0x3705, a long): 6 for an object inserted into the body.
        if (id === 0x3705 && base === 0x0003 && at + 4 <= b.length) out.method = u32(b, at);
        at += size;
      }
    }
  }
  return out;
}

/** Bytes of each fixed-size property type as TNEF writes it (§2.1.3.4.2: short and boolean padded to 4). */
const FIXED: Record<number, number> = {
  0x0001: 0,
  0x0002: 4,
  0x0003: 4,
  0x0004: 4,
  0x0005: 8,
  0x0006: 8,
  0x0007: 8,
  0x000a: 4,
  0x000b: 4,
  0x0014: 8,
  0x0040: 8,
  0x0048: 16,
};

/** An 8-bit string in the message's code page, its ending NULs left out. */
function text(b: Uint8Array, codePage: string): string {
  const end = b.indexOf(0);
  const bytes = end < 0 ? b : b.subarray(0, end);
  try {
    return new TextDecoder(codePage).decode(bytes);
  } catch {
    return decodeText(bytes);
  }
}

function windowsCodePage(n: number): string {
  return n === 936 || n === 54936
    ? "gb18030"
    : n === 950
      ? "big5"
      : n === 932
        ? "shift_jis"
        : n === 65001
          ? "utf-8"
          : `windows-${n}`;
}

const pad = (n: number) => (n + 3) & ~3;

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
