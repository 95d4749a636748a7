/**
 * The attachments of an Outlook message saved as a file (.msg: dragged out of Outlook, or 另存为),
 * per [MS-OXMSG]: a compound file whose attachments are storages `__attach_version1.0_#XXXXXXXX`
 * (§2.2.2), each with its long file name (PidTagAttachLongFilename, 0x3707; else the short one,
 * 0x3704, or the display name, 0x3001), its bytes (PidTagAttachDataBinary, 0x3701, binary), or,
 * for a mail attached to the mail, that mail as a storage (0x3701, object; §2.2.2.1) whose own
 * attachments are read in their turn. Properties of fixed size are in each storage's
 * `__properties_version1.0` stream after a header (32 bytes for the message, 24 for an attached
 * mail, 8 for an attachment: §2.4), 16 bytes a property; strings in streams `__substg1.0_IIIITTTT`
 * (§2.1.3), UTF-16LE (type 001F) or 8-bit in the message's code page (001E).
 */
import { decodeText } from "../../../core/text/decode";
import type { Mail, MailAttachment } from "./mime";
import { Cfb } from "./cfb";
import { decompressRtf, htmlFromRtf } from "./rtf-html";
import { embeddedObject } from "./ole-object";

/** Mails inside mails opened at most this deep. */
const MAX_DEPTH = 10;

/** A .msg's attachments and its date; throws CfbProblem when it is no compound file. */
export function readMsg(bytes: Uint8Array): Mail {
  const cfb = new Cfb(bytes);
  const props = properties(cfb, [], 32);
  const text = textOf(cfb, codePage(props));
  const attachments: MailAttachment[] = [];
  const pictures = { count: 0 };
  collect(cfb, text, [], 0, attachments, pictures);
  // PidTagClientSubmitTime (0x0039), else PidTagMessageDeliveryTime (0x0E06): FILETIME.
  const time = props.get(0x0039) ?? props.get(0x0e06);
  return { attachments, sentAt: time && fileTime(time), pictures: pictures.count, html: () => bodyPage(cfb) };
}

/**
 * The body as a web page: PidTagHtml (0x1013) where Outlook kept one, else the page inside the
 * compressed RTF body (PidTagRtfCompressed, 0x1009: an HTML mail's body, as Outlook keeps it).
 */
function bodyPage(cfb: Cfb): string | undefined {
  const html = cfb.streamAt(["__substg1.0_10130102"]);
  if (html) return decodeText(html);
  const compressed = cfb.streamAt(["__substg1.0_10090102"]);
  const rtf = compressed && decompressRtf(compressed);
  return (rtf && htmlFromRtf(rtf)) ?? undefined;
}

/**
 * How the message's 8-bit strings are written, as TextDecoder names it: PidTagMessageCodepage
 * (0x3FFD), else the Windows code page of PidTagMessageLocaleId (0x3FF1), else
 * PidTagInternetCodepage (0x3FDE) where it is one of these; undefined when none says.
 */
function codePage(props: Map<number, Uint8Array>): string | undefined {
  const n = (id: number) => {
    const v = props.get(id);
    return v ? v[0] | (v[1] << 8) : undefined;
  };
  return CODE_PAGES[n(0x3ffd) ?? -1] ?? LOCALES[n(0x3ff1) ?? -1] ?? CODE_PAGES[n(0x3fde) ?? -1];
}

const CODE_PAGES: Record<number, string> = {
  936: "gb18030",
  54936: "gb18030",
  950: "big5",
  932: "shift_jis",
  1252: "windows-1252",
  65001: "utf-8",
};

/** Windows locale ids and their code pages: zh-CN, zh-SG 936; zh-TW, zh-HK 950; ja-JP 932; en-US 1252. */
const LOCALES: Record<number, string> = {
  0x0804: "gb18030",
  0x1004: "gb18030",
  0x0404: "big5",
  0x0c04: "big5",
  0x0411: "shift_jis",
  0x0409: "windows-1252",
};

type Text = (path: readonly string[], id: number) => string;

function collect(
  cfb: Cfb,
  text: Text,
  path: readonly string[],
  depth: number,
  out: MailAttachment[],
  pictures: { count: number },
): void {
  const storages = cfb
    .children(path)
    .filter((c) => c.storage && /^__attach_version1\.0_#[0-9a-f]{8}$/i.test(c.name))
    .map((c) => c.name)
    // In the order they were attached (their numbers), as the mail lists them.
    .sort((a, b) => parseInt(a.slice(-8), 16) - parseInt(b.slice(-8), 16));
  for (const name of storages) {
    const at = [...path, name];
    const inner = [...at, "__substg1.0_3701000D"];
    const props = properties(cfb, at, 8);
    if (cfb.children(inner).length) {
      // PidTagAttachMethod (0x3705) 6, or a storage that is no message: an object inserted into a
      // rich-text mail (插入 → 对象), not a mail attached.
      if (props.get(0x3705)?.[0] === 6 || !cfb.streamAt([...inner, "__properties_version1.0"]))
        out.push(embeddedObject(cfb, inner, text(at, 0x3707) || text(at, 0x3704) || text(at, 0x3001)));
      else if (depth < MAX_DEPTH) collect(cfb, text, inner, depth + 1, out, pictures);
      continue;
    }
    // PidTagAttachmentHidden (0x7FFE): a picture the body shows in place (a signature's logo).
    if (props.get(0x7ffe)?.[0]) {
      pictures.count++;
      continue;
    }
    const file = text(at, 0x3707) || text(at, 0x3704) || text(at, 0x3001);
    const data = cfb.streamAt([...at, "__substg1.0_37010102"]);
    if (!file) continue;
    // No bytes: attached by reference (PidTagAttachMethod 2, 4 or 7: a path or a cloud link, §2.2.2.1).
    if (!data) out.push({ name: file, bytes: new Uint8Array(0), type: text(at, 0x370e), linked: true });
    else out.push({ name: file, bytes: data, type: text(at, 0x370e) });
  }
}

/**
 * A storage's string property `id`: UTF-16LE, else 8-bit in the message's code page (or, where it
 * does not say, UTF-8 or GBK as a Chinese Windows writes them).
 */
function textOf(cfb: Cfb, codePage: string | undefined): Text {
  const narrow = (b: Uint8Array) => {
    try {
      return codePage ? new TextDecoder(codePage).decode(b) : decodeText(b);
    } catch {
      return decodeText(b);
    }
  };
  return (path, id) => {
    const hex = id.toString(16).toUpperCase().padStart(4, "0");
    const wide = cfb.streamAt([...path, `__substg1.0_${hex}001F`]);
    if (wide) return new TextDecoder("utf-16le").decode(wide).replace(/\0+$/, "");
    const bytes = cfb.streamAt([...path, `__substg1.0_${hex}001E`]);
    return bytes ? narrow(bytes).replace(/\0+$/, "") : "";
  };
}

/** The fixed-size properties of a storage, by property id: their 8 value bytes. */
function properties(cfb: Cfb, path: readonly string[], header: number): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  const stream = cfb.streamAt([...path, "__properties_version1.0"]);
  if (!stream) return out;
  for (let at = header; at + 16 <= stream.length; at += 16) {
    const id = stream[at + 2] | (stream[at + 3] << 8);
    out.set(id, stream.subarray(at + 8, at + 16));
  }
  return out;
}

/** A FILETIME (100 ns since 1601-01-01 UTC, little-endian) in ms since 1970; undefined for none. */
function fileTime(b: Uint8Array): number | undefined {
  const low = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  const high = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
  if (!low && !high) return undefined;
  return Math.round((high * 2 ** 32 + low) / 10_000 - 11_644_473_600_000);
}
