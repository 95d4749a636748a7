import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { ref, type MessageRef } from "../../core/i18n/text";
import {
  ArchiveError,
  isReadArchiveName,
  isZipName,
  readArchive,
  type ArchiveContents,
} from "../../hosts/file/archive";
import { isOtherArchiveName, readOtherArchive, type LoadSevenZip } from "../../hosts/file/other-archives";
import { isMailName, readMail } from "../../hosts/file/mail";
import { LIMITS } from "../../hosts/file/read/limits";
import { isSystemFile, notWorkbookReason, WORKBOOK_EXTENSIONS } from "../../hosts/files";
import { zlibInflate } from "./zlib-inflate";

/** A path given on the command line that does not exist. */
export class InputError extends Error {}

/** A file found among the inputs: a path to read, or the reason it cannot be read. */
export interface FoundInput {
  /** As shown to the user: the path relative to the folder given, or the file name. */
  readonly name: string;
  readonly path?: string;
  readonly modifiedAt?: number;
  /** For a mail's attachment, when the mail was sent. */
  readonly sentAt?: number;
  readonly unreadable?: MessageRef;
  /** Where a file not to be read is (收集任务.json among the returns): the coordinator's own files are told by it. */
  readonly at?: string;
  /** Device and inode (as stat gives them, links followed): the same file under another name or link. */
  readonly fileId?: string;
  /** Unpacked from an archive (into this run's own folder). */
  readonly inArchive?: boolean;
}

/**
 * The files to read: files as given, folders searched recursively, in a stable order. Nothing in a
 * folder stops the search: a file that cannot be opened (no permission, a link that loops, a pipe)
 * or is not a workbook comes back with its reason, to be listed with the rejected files. Hidden
 * files (.name) and the system's thumbnails are left out silently. Only a path given that does not
 * exist is an InputError. Names are unique: where two folders given hold files of the same name
 * (第一批/法规科.xlsx, 第二批/法规科.xlsx), each is named with its folder, so that a later one
 * replaces the earlier as a re-submission instead of both being taken for one file.
 */
export function collectInputs(paths: readonly string[]): FoundInput[] {
  // Each input with what tells it from another's of the same name: the folder given (or holding the file).
  const found: { input: FoundInput; root: string }[] = [];
  for (const p of paths) {
    const out: FoundInput[] = [];
    let root = dirname(p);
    try {
      const st = statSync(p);
      if (st.isDirectory()) {
        walk(p, p, new Set([realpathSync(p)]), out);
        root = p;
      } else out.push(...fileEntries(p, basename(p), st));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(`找不到文件或文件夹：${p}`);
      out.push({ name: basename(p), unreadable: systemReason(code) });
    }
    for (const input of out) found.push({ input, root });
  }
  // One file reached twice (given twice, or given and inside a folder given) is read once.
  const ids = new Set<string>();
  const once = found.filter(({ input }) => {
    if (input.fileId === undefined) return true;
    if (ids.has(input.fileId)) return false;
    ids.add(input.fileId);
    return true;
  });
  return uniqueNames(once);
}

/** Each name that more than one input has, prefixed with its folder's name (or, failing that, path). */
function uniqueNames(found: readonly { input: FoundInput; root: string }[]): FoundInput[] {
  const repeated = (names: readonly string[]) => {
    const count = new Map<string, number>();
    for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
    return (n: string) => count.get(n)! > 1;
  };
  const first = repeated(found.map((f) => f.input.name));
  const named = found.map(({ input, root }) =>
    first(input.name) ? { ...input, name: join(basename(resolve(root)), input.name) } : input,
  );
  const again = repeated(named.map((f) => f.name));
  return named.map((f, i) => (again(f.name) ? { ...f, name: join(resolve(found[i].root), found[i].input.name) } : f));
}

function walk(root: string, dir: string, seen: Set<string>, out: FoundInput[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (e) {
    out.push({ name: `${relative(root, dir) || basename(dir)}/`, unreadable: systemReason(errno(e)) });
    return;
  }
  for (const entry of entries) {
    if (isSystemFile(entry)) continue;
    const full = join(dir, entry);
    const name = relative(root, full);
    let st: Stats;
    try {
      st = statSync(full); // follows links: a loop answers ELOOP, a dangling link ENOENT
    } catch (e) {
      out.push({ name, unreadable: systemReason(errno(e)) });
      continue;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(full);
      } catch (e) {
        out.push({ name: `${name}/`, unreadable: systemReason(errno(e)) });
        continue;
      }
      // A link back to a folder already searched would repeat it (or loop for ever).
      if (seen.has(real)) continue;
      seen.add(real);
      walk(root, full, seen, out);
      continue;
    }
    if (entry.startsWith("~$")) {
      out.push({ name, unreadable: ref("read.lock-file") });
      continue;
    }
    out.push(...fileEntries(full, name, st));
  }
}

/** A file found: a workbook to read, the returns inside a .zip, or the reason it is neither. */
function fileEntries(path: string, name: string, st: Stats): FoundInput[] {
  return st.isFile() && (isZipName(name) || isMailName(name))
    ? archiveEntries(path, name, st)
    : [fileEntry(path, name, st)];
}

/** Bytes of a .zip of returns (60 returns of a few hundred KB each are a few MB). */
const ARCHIVE_BYTES = 4 * LIMITS.fileBytes;

/**
 * The returns inside a .zip (打包下载 from an OA system or a mail client) or attached to a saved
 * mail (.eml, .msg), each named by the archive and its path inside (回收.zip/办公室/附件2.xlsx: a
 * folder per unit still names the unit; 宣教科报送.eml/附件2.xlsx), unpacked into a folder of this
 * run's own (removed when it ends) to be read like any file, their times the archive's (a mail's:
 * when it was sent). What is not a return is listed with its reason.
 */
function archiveEntries(path: string, name: string, st: Stats): FoundInput[] {
  if (st.size > ARCHIVE_BYTES) return [{ name, unreadable: tooLarge(st.size) }];
  let contents;
  try {
    const bytes = readFileSync(path);
    contents = isMailName(name) ? readMail(bytes) : readArchive(bytes, zlibInflate);
  } catch (e) {
    return [{ name, unreadable: e instanceof ArchiveError ? e.why : systemReason(errno(e)) }];
  }
  return unpackedInputs(name, contents, st);
}

/**
 * An archive's contents as inputs: each return unpacked into a folder of this run's own (removed
 * when it ends) to be read like any file, its time the archive's; what is not a return with its reason.
 */
function unpackedInputs(name: string, contents: ArchiveContents, st: Stats): FoundInput[] {
  const out: FoundInput[] = contents.left.map((l) => ({ name: `${name}/${l.path}`, unreadable: l.why }));
  const id = fileIdOf(st);
  contents.files.forEach((f) => {
    // A folder per file, named by number: a path inside the archive never becomes a path here.
    const file = join(unpackedDir(), String(unpackedCount++), basename(f.path));
    mkdirSync(dirname(file));
    writeFileSync(file, f.bytes);
    const modifiedAt = f.modifiedAt ?? st.mtimeMs;
    utimesSync(file, modifiedAt / 1000, modifiedAt / 1000);
    out.push({
      name: `${name}/${f.path}`,
      path: file,
      modifiedAt,
      ...(f.sentAt !== undefined ? { sentAt: f.sentAt } : {}),
      fileId: `${id}/${f.path}`,
      inArchive: true,
    });
  });
  return out;
}

/**
 * The inputs with each .rar and .7z found among them replaced by the returns it holds, read with
 * 7-Zip (hosts/file/other-archives.ts, loaded only when there is one), as a .zip's are; and each
 * archive found inside an archive (a unit's .rar in a mail's 打包下载 .zip) by what it holds, one
 * level deep (an archive inside that one is said: read.archive-nested).
 */
export async function openArchives(found: readonly FoundInput[], load: LoadSevenZip): Promise<FoundInput[]> {
  if (!found.some((f) => isOtherArchive(f) || isInnerArchive(f))) return [...found];
  const out: FoundInput[] = [];
  for (const f of found) {
    if (isInnerArchive(f)) out.push(...(await opened(f.name, f.path!, false, load)));
    else if (!isOtherArchive(f)) out.push(f);
    else
      for (const g of await opened(f.name, f.at!, true, load))
        out.push(...(isInnerArchive(g) ? await opened(g.name, g.path!, false, load) : [g]));
  }
  return out;
}

/** An archive's returns as inputs (an archive inside it too when `outer`), or why it cannot be opened. */
async function opened(name: string, path: string, outer: boolean, load: LoadSevenZip): Promise<FoundInput[]> {
  try {
    const st = statSync(path);
    if (st.size > ARCHIVE_BYTES) return [{ name, unreadable: tooLarge(st.size) }];
    const bytes = readFileSync(path);
    const contents = isZipName(name)
      ? readArchive(bytes, zlibInflate, outer)
      : isMailName(name)
        ? readMail(bytes, outer)
        : await readOtherArchive(bytes, name, load, outer);
    return unpackedInputs(name, contents, st);
  } catch (e) {
    const code = errno(e);
    return [
      { name, unreadable: e instanceof ArchiveError ? e.why : code ? systemReason(code) : ref("read.archive-damaged") },
    ];
  }
}

/** A .rar or .7z given, or found in a folder given (not yet read: fileEntry said it is an archive). */
const isOtherArchive = (f: FoundInput) =>
  f.at !== undefined && f.unreadable?.key === "read.archive" && isOtherArchiveName(f.name);

/** An archive unpacked from an archive (回收.zip/宣教科.rar), to be opened in its turn. */
const isInnerArchive = (f: FoundInput) => f.inArchive === true && f.path !== undefined && isReadArchiveName(f.name);

const tooLarge = (size: number) =>
  ref("read.too-large", { mb: Math.round((size / 1048576) * 10) / 10, limit: ARCHIVE_BYTES / 1048576 });

let unpacked: string | undefined;
let unpackedCount = 0;

/**
 * This run's folder for files unpacked from archives (named with the process id), removed when the
 * process ends. No signal handler: the merge runs synchronously, so one would hold Ctrl+C back
 * until the end; a folder left by an interrupted run is removed by the next run instead.
 */
function unpackedDir(): string {
  if (unpacked === undefined) {
    sweepLeftovers();
    const dir = mkdtempSync(join(tmpdir(), `huibiao-zip-${process.pid}-`));
    unpacked = dir;
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return unpacked;
}

/** Folders of runs that are no longer running (interrupted before they could remove them). */
function sweepLeftovers(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return; // nothing to sweep where the folder cannot be listed
  }
  for (const name of names) {
    const pid = Number(/^huibiao-zip-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: a process of another user holds that id.
    return errno(e) === "EPERM";
  }
}

function fileEntry(path: string, name: string, st: Stats): FoundInput {
  if (!st.isFile()) return { name, unreadable: ref("read.not-regular-file") };
  const ext = extname(name).toLowerCase();
  if (ext !== ".numbers" && !(WORKBOOK_EXTENSIONS as readonly string[]).includes(ext))
    return { name, at: path, unreadable: notWorkbookReason(ext) };
  return { name, path, modifiedAt: st.mtimeMs, fileId: fileIdOf(st) };
}

export const fileIdOf = (st: Stats) => `${st.dev}:${st.ino}`;

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException)?.code;
}

/** A system error code as a reason the coordinator can act on. */
export function systemReason(code: string | undefined): MessageRef {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return ref("read.no-permission");
    case "ELOOP":
      return ref("read.symlink-loop");
    case "EBUSY":
      return ref("read.busy");
    case "ENOENT":
      return ref("read.gone");
    default:
      return ref("read.os-error", { code: code ?? "?" });
  }
}
