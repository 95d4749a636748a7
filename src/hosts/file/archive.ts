import { ref, type MessageRef } from "../../core/i18n/text";
import { extensionOf } from "../../core/text/extension";
import {
  isSystemFile,
  isWinmailName,
  notWorkbookReason,
  READ_ARCHIVES,
  WORKBOOK_EXTENSIONS,
  type InputFile,
} from "../files";
import { LIMITS } from "./read/limits";
import { fflateInflate, Zip, ZipProblem, type Inflate } from "./read/zip";

/**
 * The returns inside a .zip, as a coordinator gets them from an OA system's or a mail client's
 * 打包下载: workbooks anywhere in it (folders per unit kept in the path, so 办公室/附件2.xlsx is
 * still 办公室's), names in UTF-8 or GBK (see zip.ts). What is not a return is listed with its
 * reason, never dropped in silence; what no one sends (folders, __MACOSX, ~$ lock files, hidden
 * files, Thumbs.db) is passed over as a folder's would be. Read under the package limits: a zip
 * bomb is refused entry by entry before it is inflated.
 */

/** Entries one archive may list (a collection is a few dozen returns). */
export const ARCHIVE_ENTRIES = 10_000;

export interface ArchivedFile {
  /** The path inside the archive (办公室/附件2.xlsx). */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The time the archiver recorded for the entry (ms, see ZipEntry.modified); undefined when unset. */
  readonly modifiedAt?: number;
  /** For a mail's attachment, when the mail was sent (InputFile.sentAt). */
  readonly sentAt?: number;
}

export interface ArchiveContents {
  readonly files: readonly ArchivedFile[];
  /** Entries that are not returns, each with why. */
  readonly left: readonly { readonly path: string; readonly why: MessageRef }[];
}

/** Whether a file name is one this module opens (.zip; other archives are to be unpacked first). */
export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/**
 * Why an archive's entry is not taken, by its name; null for one taken: a workbook, or an archive
 * (a unit's .rar in a mail's 打包下载 .zip) when `outer` (the archive is not itself inside one).
 * Archives go one level deep: one inside an archive inside an archive is said, not opened.
 */
export function entryReason(path: string, outer: boolean): MessageRef | null {
  const ext = extensionOf(path);
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) return null;
  if (isReadArchiveName(path)) return outer ? null : ref("read.archive-nested");
  return notWorkbookReason(ext);
}

/**
 * Whether a file is an archive whose returns are read (.zip, .rar, .7z, a saved mail), or an
 * Outlook winmail.dat (a mail program that cannot read one shows it as the attachment, and its
 * 打包下载 puts it in the .zip).
 */
export function isReadArchiveName(name: string): boolean {
  return (READ_ARCHIVES as readonly string[]).includes(extensionOf(name)) || isWinmailName(name);
}

/**
 * What a .zip holds; throws ArchiveError (with the reason) when it cannot be opened at all. An
 * archive inside is taken as a file when `outer` (see entryReason), to be opened in its turn.
 */
export function readArchive(bytes: Uint8Array, inflate: Inflate = fflateInflate, outer = true): ArchiveContents {
  let zip: Zip;
  try {
    zip = new Zip(bytes, inflate, { partBytes: LIMITS.fileBytes, packageBytes: LIMITS.packageBytes });
  } catch {
    throw new ArchiveError(ref("read.archive-damaged"));
  }
  if (zip.list.length > ARCHIVE_ENTRIES)
    throw new ArchiveError(ref("read.archive-too-many", { limit: ARCHIVE_ENTRIES }));
  const files: ArchivedFile[] = [];
  const left: { path: string; why: MessageRef }[] = [];
  const unique = uniquePaths();
  for (const e of zip.list) {
    if (e.name.endsWith("/") || passedOver(e.name)) continue;
    const why = entryReason(e.name, outer);
    if (why) {
      left.push({ path: e.name, why });
      continue;
    }
    if (e.flags & 1) {
      left.push({ path: e.name, why: ref("read.archive-encrypted") });
      continue;
    }
    try {
      files.push({ path: unique(e.name), bytes: zip.readEntry(e), modifiedAt: e.modified || undefined });
    } catch (err) {
      const tooLarge = err instanceof ZipProblem && err.kind === "too-large";
      left.push({ path: e.name, why: ref(tooLarge ? "read.archive-too-large" : "read.archive-damaged-entry") });
    }
  }
  return notEmpty({ files, left });
}

/**
 * The contents, or ArchiveError(read.archive-empty) when the archive holds no file at all (none, or
 * only folders, system files and lock files): said, so that a unit whose upload came out empty is
 * not taken for one that sent nothing.
 */
export function notEmpty(contents: ArchiveContents): ArchiveContents {
  if (!contents.files.length && !contents.left.length) throw new ArchiveError(ref("read.archive-empty"));
  return contents;
}

/**
 * Names for an archive's entries, two of one name included (written by an archiver that appends):
 * the second is named as Windows names a second copy, 法规科 (2).xlsx, so that each is read and listed.
 */
export function uniquePaths(): (path: string) => string {
  const paths = new Set<string>();
  return (path) => {
    let out = path;
    for (let n = 2; paths.has(out); n++) out = path.replace(/(\.[^./]+)?$/, (ext) => ` (${n})${ext}`);
    paths.add(out);
    return out;
  };
}

/** An archive that cannot be opened (a .zip here, a .rar or .7z in other-archives.ts), and why. */
export class ArchiveError extends Error {
  constructor(readonly why: MessageRef) {
    super(why.key);
  }
}

/**
 * Entries nobody sends: Mac resource forks, hidden and system files (as in a folder), and Office
 * lock files, which in an archive are the sender's leftovers (in a folder the CLI lists them: the
 * coordinator may have that file open).
 */
export function passedOver(path: string): boolean {
  const parts = path.split("/");
  return parts.some((p) => p === "__MACOSX" || isSystemFile(p)) || parts[parts.length - 1].startsWith("~$");
}

/**
 * The files with every .zip among them replaced by what it holds: each return a file of its own,
 * named by the archive and its path inside (回收.zip/办公室/附件2.xlsx), each entry that is not a
 * return (or an archive that cannot be opened) a file that says why.
 */
export function unpackArchives(
  files: readonly InputFile[],
  inflate: Inflate = fflateInflate,
  outer = true,
): InputFile[] {
  return files.flatMap((f): InputFile[] => {
    if (!isZipName(f.name) || f.unreadable || f.sheets) return [f];
    try {
      return archiveInputs(f, readArchive(f.bytes, inflate, outer));
    } catch (e) {
      return [unopened(f, e)];
    }
  });
}

/**
 * An archive's contents as files: each return named by the archive and its path inside
 * (回收.zip/办公室/附件2.xlsx), its time the archive's where the entry has none; each entry that is
 * not a return a file that says why.
 */
export function archiveInputs(archive: InputFile, { files, left }: ArchiveContents): InputFile[] {
  const none = new Uint8Array(0);
  return [
    ...files.map((x) => ({
      name: `${archive.name}/${x.path}`,
      bytes: x.bytes,
      modifiedAt: x.modifiedAt ?? archive.modifiedAt,
      ...(x.sentAt !== undefined ? { sentAt: x.sentAt } : {}),
    })),
    ...left.map((l) => ({ name: `${archive.name}/${l.path}`, bytes: none, unreadable: l.why })),
  ];
}

/** An archive that could not be opened at all, as a file that says why. */
export function unopened(archive: InputFile, e: unknown): InputFile {
  const why = e instanceof ArchiveError ? e.why : ref("read.archive-damaged");
  return { name: archive.name, bytes: new Uint8Array(0), unreadable: why };
}
