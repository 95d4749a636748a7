/**
 * Objects inserted into a rich-text Outlook mail (插入 → 对象), as an attachment of PidTagAttachMethod
 * 6 holds them: in a .msg, a storage of the message (read/msg.ts); in a winmail.dat, that storage
 * as a compound file of its own (read/tnef.ts).
 */
import type { MailAttachment } from "./mime";
import { Cfb, CfbProblem, isCfb } from "./cfb";
import { cleanCompoundFile } from "./sheetjs";

/**
 * An object inserted into the mail's body ([MS-OLEDS] §2.3: an OLE storage): an Excel workbook
 * inserted as one keeps the file itself, an .xlsx as its `Package` stream, an .xls as its
 * `Workbook` (Excel 95: `Book`) stream, which is then given a compound file of its own. Any other
 * object (a picture, a document of another program) is said to be one (`embedded`).
 */
export function embeddedObject(cfb: Cfb, at: readonly string[], label: string): MailAttachment {
  const base = label.replace(/\.(xlsx|xls|docx)$/i, "") || "插入的对象";
  const pkg = cfb.streamAt([...at, "Package"]);
  if (pkg && hasAscii(pkg, "xl/workbook")) return { name: `${base}.xlsx`, bytes: pkg, type: "" };
  if (pkg && hasAscii(pkg, "word/document")) return { name: `${base}.docx`, bytes: pkg, type: "" };
  for (const stream of ["Workbook", "Book"]) {
    const biff = cfb.streamAt([...at, stream]);
    if (biff) return { name: `${base}.xls`, bytes: cleanCompoundFile({ [stream]: biff }), type: "" };
  }
  return { name: label || "插入的对象", bytes: new Uint8Array(0), type: "", embedded: true };
}

/** Whether `bytes` holds the ASCII text `s` (a zip's entry names are stored as they are). */
function hasAscii(bytes: Uint8Array, s: string): boolean {
  const first = s.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i + s.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < s.length && bytes[i + k] === s.charCodeAt(k)) k++;
    if (k === s.length) return true;
  }
  return false;
}

/** An inserted object given as a compound file (a winmail.dat's); one that is none is said to be an object. */
export function insertedObject(bytes: Uint8Array, label: string): MailAttachment {
  if (isCfb(bytes))
    try {
      return embeddedObject(new Cfb(bytes), [], label);
    } catch (e) {
      if (!(e instanceof CfbProblem)) throw e;
    }
  return { name: label || "插入的对象", bytes: new Uint8Array(0), type: "", embedded: true };
}
