import { ref, type MessageRef } from "../../core/i18n/text";
import { extensionOf } from "../../core/text/extension";
import { isWinmailName, type InputFile } from "../files";
import {
  ARCHIVE_ENTRIES,
  ArchiveError,
  archiveInputs,
  entryReason,
  passedOver,
  unopened,
  uniquePaths,
  type ArchiveContents,
  type ArchivedFile,
} from "./archive";
import { CfbProblem, isCfb } from "./read/cfb";
import { LIMITS } from "./read/limits";
import { readEml, type Mail, type MailAttachment } from "./read/mime";
import { isTnefStream, readTnef, type TnefFile } from "./read/tnef";
import { readMsg } from "./read/msg";
import { insertedObject } from "./read/ole-object";

/**
 * Returns sent by mail (the plan's 报送方式: 发送至局办公室邮箱), the mails saved as files: an .eml
 * (Foxmail, Thunderbird, web mail's 导出) or an Outlook .msg, read as an archive is (archive.ts):
 * each attachment a return named by the mail and its own name (宣教科报送.eml/附件2.xlsx: a mail
 * saved under its subject still names its unit), dated when the mail was sent; an attachment that
 * is no return (a stamped PDF, a photo) listed with its reason; a mail with no attachment said to
 * have none. Pictures the body shows in place (a signature's logo) are the body's, not attachments.
 */

export const MAIL_EXTENSIONS = [".eml", ".msg"] as const;

/**
 * Whether a file is a saved mail (.eml, .msg), or an Outlook winmail.dat saved on its own (from a
 * web mail that shows it as an attachment: winmail.dat, winmail (1).dat), read as a mail's attachments.
 */
export function isMailName(name: string): boolean {
  return (MAIL_EXTENSIONS as readonly string[]).includes(extensionOf(name)) || isWinmailName(name);
}

/** What a saved mail carries; throws ArchiveError (with the reason) when there is nothing to read. */
export function readMail(bytes: Uint8Array, outer = true): ArchiveContents {
  let mail: Mail;
  try {
    // By content: an Outlook message saved under .eml is read as one, and the other way round;
    // a winmail.dat on its own gives the files inside.
    const inside = readTnef(bytes);
    mail = inside
      ? {
          attachments: inside.map(tnefAttachment),
          pictures: 0,
          html: () => undefined,
        }
      : isCfb(bytes)
        ? readMsg(bytes)
        : readEml(bytes);
  } catch (e) {
    // An .eml is read leniently and never fails; a .msg whose compound file is damaged does.
    if (e instanceof CfbProblem) throw new ArchiveError(ref("read.mail-damaged"));
    throw e;
  }
  // A winmail.dat on its own that holds no file: said to be one, not a mail without attachments.
  if (isTnefStream(bytes) && !mail.attachments.length) throw new ArchiveError(ref("read.mail-tnef"));
  if (mail.attachments.length > ARCHIVE_ENTRIES)
    throw new ArchiveError(ref("read.archive-too-many", { limit: ARCHIVE_ENTRIES }));
  const files: ArchivedFile[] = [];
  const left: { path: string; why: MessageRef }[] = [];
  const unique = uniquePaths();
  for (const a of unwrapTnef(mail.attachments)) {
    // A name is a name, not a path: a sender's folders (C:\报表\附件2.xlsx) are left out.
    const name = withExtension(a.name.split(/[\\/]/).pop()!.trim() || "附件", a.type);
    if (passedOver(name)) continue;
    const why = a.linked
      ? ref("read.mail-linked")
      : a.embedded
        ? ref("read.mail-object")
        : isTnef(a)
          ? ref("read.mail-tnef")
          : entryReason(name, outer);
    if (why) left.push({ path: name, why });
    else if (a.bytes.length > LIMITS.fileBytes) left.push({ path: name, why: ref("read.archive-too-large") });
    else files.push({ path: unique(name), bytes: a.bytes, modifiedAt: mail.sentAt, sentAt: mail.sentAt });
  }
  if (!files.length && !left.length) {
    // No attachment, but a table in the body: the form pasted into the mail, read as a web page is.
    const html = mail.html();
    if (html && /<table[\s>]/i.test(html))
      return {
        files: [{ path: BODY_NAME, bytes: pageBytes(html), modifiedAt: mail.sentAt, sentAt: mail.sentAt }],
        left,
      };
    // Only pictures in the body: a screenshot or photo of the form pasted into the mail?
    if (mail.pictures) throw new ArchiveError(ref("read.mail-pictures", { count: mail.pictures }));
    throw new ArchiveError(ref("read.mail-no-attachments"));
  }
  return { files, left };
}

/**
 * The attachments with each Outlook winmail.dat (TNEF) among them replaced by the files it holds,
 * as Outlook would show them; one that holds none, or cannot be read, stays (said to be one).
 */
function unwrapTnef(attachments: readonly MailAttachment[]): MailAttachment[] {
  return attachments.flatMap((a) => {
    if (!isTnef(a)) return [a];
    const inside = readTnef(a.bytes);
    return inside?.length ? inside.map(tnefAttachment) : [a];
  });
}

/** A file of a winmail.dat as a mail's attachment; an object inserted into the body read from its storage. */
function tnefAttachment(f: TnefFile): MailAttachment {
  return f.object ? insertedObject(f.bytes, f.name) : { name: f.name, bytes: f.bytes, type: "" };
}

const isTnef = (a: MailAttachment) => /^winmail\.dat$/i.test(a.name.trim()) || a.type === "application/ms-tnef";

/** The name a mail's body is read under, when a form was pasted into it (宣教科报送.eml/邮件正文.html). */
export const BODY_NAME = "邮件正文.html";

/** A body's web page as bytes in UTF-8, opened as a page wherever its table is. */
function pageBytes(html: string): Uint8Array {
  return new TextEncoder().encode(/<html[\s>]/i.test(html.slice(0, 2048)) ? html : `<html><body>${html}</body></html>`);
}

/**
 * A name that lost its extension on the way (a mail program cutting a long name short) given the
 * one its MIME type says, for the kinds returns come in; any other name as it is.
 */
function withExtension(name: string, type: string): string {
  if (extensionOf(name)) return name;
  const ext = TYPE_EXTENSIONS[type.toLowerCase()];
  return ext ? name + ext : name;
}

const TYPE_EXTENSIONS: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
  "application/vnd.ms-excel": ".xls",
  "application/vnd.oasis.opendocument.spreadsheet": ".ods",
  "text/csv": ".csv",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
  "application/msword": ".doc",
  "application/zip": ".zip",
  "application/x-zip-compressed": ".zip",
  "application/vnd.rar": ".rar",
  "application/x-rar-compressed": ".rar",
  "application/x-7z-compressed": ".7z",
};

/** The files with every saved mail among them replaced by its attachments, as unpackArchives does for a .zip. */
export function unpackMails(files: readonly InputFile[], outer = true): InputFile[] {
  return files.flatMap((f): InputFile[] => {
    if (!isMailName(f.name) || f.unreadable || f.sheets) return [f];
    try {
      return archiveInputs(f, readMail(f.bytes, outer));
    } catch (e) {
      return [unopened(f, e)];
    }
  });
}
