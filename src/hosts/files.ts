import { ref, type MessageRef } from "../core/i18n/text";
import type { SheetData } from "../core/sheet/types";
import type { FileWorkbookModel, WorkbookModel } from "../core/workbook/model";

/**
 * Workbook files as the use cases, the file host and WPS's file picking see them. Types only, at
 * the hosts' top level, so the use cases (app/) and every host can share them without importing
 * each other.
 */

/** A file handed to a use case: its name, bytes and (where known) modification time. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modifiedAt?: number;
  /** When the mail it came attached to was sent (mail.ts): when it was returned, for lateness and re-submissions. */
  readonly sentAt?: number;
  /** Sheets already read by a spreadsheet program (WPS opens .et files itself); bytes are then empty. */
  readonly sheets?: readonly SheetData[];
  /** Why the program (WPS, the browser) could not open the file, when it could not. */
  readonly unreadable?: MessageRef;
  /** When the workbook says it was saved, if it was read already (with `sheets`). */
  readonly savedAt?: number;
}

/** A workbook file as read: its sheets as plain values, and when it says it was saved. */
export interface ReadWorkbook {
  readonly sheets: SheetData[];
  /** Last saved time the file itself records (xlsx/ods document properties), ms since epoch. */
  readonly savedAt?: number;
  /** The workbook used the 1904 date system (Mac Excel's option); its dates were moved to the 1900 system. */
  readonly date1904?: boolean;
}

/** What the use cases need of a host that works on files. */
export interface FileHost {
  read(bytes: Uint8Array, name: string): ReadWorkbook;
  /** Writes a workbook file; sheets may be streamed (rows made as they are written). */
  write(model: WorkbookModel | FileWorkbookModel): Uint8Array;
}

/** File names taken for workbooks when a folder is read. */
export const WORKBOOK_EXTENSIONS = [
  ".xlsx",
  ".xlsm",
  ".xlsb",
  ".xls",
  ".ods",
  ".fods",
  ".csv",
  ".tsv",
  ".txt",
  ".xml",
  ".et",
  ".ett",
  ".xlt",
  ".xltx",
  ".xltm",
  // A web page's tables, as a spreadsheet program saves a sheet as 网页 (read-workbook.ts readText).
  ".htm",
  ".html",
  // A Word document's tables (the plan's forms filled in where the plan sent them): see read/docx.ts
  // (.docx, and its macro-enabled .docm and templates .dotx, .dotm), and read/doc.ts for Word 97-2003
  // (.doc, its template .dot) and WPS 文字's .wps and .wpt, the same format.
  ".docx",
  ".docm",
  ".dotx",
  ".dotm",
  ".doc",
  ".dot",
  ".wps",
  ".wpt",
] as const;

/** Files the operating system leaves in folders (lower case); nobody sends them as returns. */
const SYSTEM_FILES = new Set(["thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"]);

/** A file name passed over in silence where returns are gathered: hidden (.name) or the system's own. */
export function isSystemFile(name: string): boolean {
  return name.startsWith(".") || SYSTEM_FILES.has(name.toLowerCase());
}

/** Pictures: a form photographed or captured on screen instead of filled in. */
const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic", ".tif", ".tiff"]);

/**
 * Fixed-layout documents, as printing to PDF and scanners make them (the 盖章件; OFD is China's own,
 * GB/T 33190): the form's text is not there to read as a table.
 */
const SCAN_EXTENSIONS = new Set([".pdf", ".ofd", ".xps", ".oxps"]);

/** Archives a coordinator may drop among the returns (downloaded attachments, 打包下载). */
const ARCHIVE_EXTENSIONS = new Set([".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz"]);

/**
 * Archives whose returns are read as they are: .zip (file/archive.ts), .rar and .7z (with 7-Zip,
 * file/other-archives.ts), and saved mails, whose attachments are read as an archive's files
 * (.eml, Outlook's .msg: file/mail.ts). The other archives are to be unpacked first.
 */
export const READ_ARCHIVES = [".zip", ".rar", ".7z", ".eml", ".msg"] as const;

/** An Outlook winmail.dat saved on its own (winmail.dat, winmail (1).dat): read for the files inside (file/mail.ts). */
export function isWinmailName(name: string): boolean {
  return /^winmail\s*(\(\d+\))?\.dat$/i.test(name.replace(/^.*[\\/]/, "").trim());
}

/** Why a file whose name is not a workbook's is not read: an archive to unpack first, or not a spreadsheet. */
export function notWorkbookReason(ext: string): MessageRef {
  if (!ext) return ref("read.no-extension");
  if (ext === ".rtf") return ref("read.word-old", { ext });
  // A Windows shortcut dragged from the desktop or 最近使用的文件 instead of the file it points to.
  if (ext === ".lnk" || ext === ".url") return ref("read.shortcut", { ext });
  if (IMAGE_EXTENSIONS.has(ext)) return ref("read.kind-image", { ext });
  if (SCAN_EXTENSIONS.has(ext)) return ref("read.kind-scan", { ext });
  return ARCHIVE_EXTENSIONS.has(ext) ? ref("read.archive", { ext }) : ref("read.not-workbook", { ext });
}

/**
 * Why a file that is no workbook is no return, for the kinds units send beside or instead of their
 * forms: the stamped copy (a scan, a photo, a PDF), an archive of the forms other than those read
 * (READ_ARCHIVES: .zip, .rar, .7z), an RTF. Null for any other file (a note, a lock file, a .rar):
 * those are read, or the coordinator's or the system's, not a unit's.
 */
export function sentFileReason(ext: string): MessageRef | null {
  const archive = ARCHIVE_EXTENSIONS.has(ext) && !(READ_ARCHIVES as readonly string[]).includes(ext);
  const sent = IMAGE_EXTENSIONS.has(ext) || SCAN_EXTENSIONS.has(ext) || archive || ext === ".rtf";
  return sent ? notWorkbookReason(ext) : null;
}

/** The formats units send back (sample returns and test inputs are written in each). */
export type PlainFormat = "xlsx" | "xls" | "ods" | "csv";
