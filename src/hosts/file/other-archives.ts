import type { SevenZipModule, SevenZipModuleOptions } from "7z-wasm";
import { ref, type MessageRef } from "../../core/i18n/text";
import { extensionOf } from "../../core/text/extension";
import type { InputFile } from "../files";
import {
  ARCHIVE_ENTRIES,
  ArchiveError,
  archiveInputs,
  entryReason,
  passedOver,
  unopened,
  uniquePaths,
  isReadArchiveName,
  isZipName,
  notEmpty,
  unpackArchives,
  type ArchiveContents,
  type ArchivedFile,
} from "./archive";
import type { Inflate } from "./read/zip";
import { isMailName, unpackMails } from "./mail";
import { LIMITS } from "./read/limits";

/**
 * The returns inside a .rar or a .7z, the archives units make with WinRAR, 360压缩, 好压 or 7-Zip,
 * read with 7-Zip itself (7z-wasm: 7-Zip 24.09 compiled to WebAssembly, its RAR code unRAR's),
 * in the command line and in the page alike. As for a .zip (archive.ts): workbooks anywhere in it,
 * named by their path inside; what is not a return listed with its reason; the package limits
 * checked on 7-Zip's own listing before anything is unpacked; a password never asked for.
 */

/** What of 7-Zip's module this reader uses (checked against 7z-wasm's typings). */
export type SevenZip = Pick<SevenZipModule, "callMain"> & {
  readonly FS: Pick<SevenZipModule["FS"], "writeFile" | "readFile" | "mkdir">;
};
/** A fresh 7-Zip whose console lines go to `print` (its listing) and `printErr` (its errors). */
export type LoadSevenZip = (io: Pick<SevenZipModuleOptions, "print" | "printErr">) => Promise<SevenZip>;

/**
 * Bytes all of one archive's returns may unpack to, held in 7-Zip's memory while they are read (a
 * collection of 60 returns is a few MB; half the package limit, since the archive is held too).
 */
const UNPACKED_BYTES = LIMITS.packageBytes / 2;

/** Whether a file is an archive read with 7-Zip: one of READ_ARCHIVES but a .zip (archive.ts) or a mail (mail.ts). */
export function isOtherArchiveName(name: string): boolean {
  return isReadArchiveName(name) && !isZipName(name) && !isMailName(name);
}

/**
 * A password given to every command, so that 7-Zip never stops to ask for one: an entry (or a
 * whole archive) under a password then fails as a wrong password would, and is said to be locked.
 */
const NO_PASSWORD = "-phuibiao-no-password";

interface Listed {
  readonly path: string;
  readonly folder: boolean;
  /** A link to another entry (RAR 5's hard and symbolic links): no content of its own, passed over as a folder is. */
  readonly link: boolean;
  readonly size: number;
  readonly encrypted: boolean;
  readonly modifiedAt?: number;
}

/** What a .rar or .7z holds; throws ArchiveError (with the reason) when it cannot be opened at all. */
export async function readOtherArchive(
  bytes: Uint8Array,
  name: string,
  load: LoadSevenZip,
  outer = true,
): Promise<ArchiveContents> {
  const out: string[] = [];
  const errors: string[] = [];
  let sz: SevenZip;
  try {
    sz = await load({ print: (line) => out.push(line), printErr: (line) => errors.push(line) });
  } catch {
    // 7-Zip itself could not be loaded here (a page opened from file://, where its WebAssembly
    // cannot be fetched): the archive is then one to unpack first, as before.
    throw new ArchiveError(ref("read.archive", { ext: extensionOf(name) }));
  }
  const archive = `/in/archive${extensionOf(name)}`;
  sz.FS.mkdir("/in");
  sz.FS.writeFile(archive, bytes);
  run(sz, ["l", "-slt", "-sccUTF-8", NO_PASSWORD, archive]);
  if (errors.some((e) => /ERROR/.test(e))) throw new ArchiveError(whyNot(errors));
  const listed = listing(out);
  if (listed.length > ARCHIVE_ENTRIES) throw new ArchiveError(ref("read.archive-too-many", { limit: ARCHIVE_ENTRIES }));

  const left: { path: string; why: MessageRef }[] = [];
  const wanted: Listed[] = [];
  let total = 0;
  for (const e of listed) {
    if (e.folder || e.link || passedOver(e.path)) continue;
    const why = entryReason(e.path, outer);
    if (why) left.push({ path: e.path, why });
    else if (e.encrypted) left.push({ path: e.path, why: ref("read.archive-encrypted") });
    else if (e.size > LIMITS.fileBytes || total + e.size > UNPACKED_BYTES)
      left.push({ path: e.path, why: ref("read.archive-too-large") });
    else {
      total += e.size;
      wanted.push(e);
    }
  }
  const files: ArchivedFile[] = [];
  if (wanted.length) {
    // One run for all (a solid archive is unpacked once), paths kept under a folder of this run's:
    // a path inside never becomes a path here. A damaged entry is named in 7-Zip's errors.
    errors.length = 0;
    sz.FS.mkdir("/out");
    run(sz, ["x", archive, "-o/out", "-y", "-sccUTF-8", "-scsUTF-8", NO_PASSWORD, "--", ...wanted.map((e) => e.path)]);
    // 7-Zip names an entry it could not unpack whole at the end of its error (CRC Failed : 办公室/附件2.xlsx).
    const failed = (e: Listed) => errors.some((x) => x.endsWith(` : ${e.path}`) || x.endsWith(` : /out/${e.path}`));
    const unique = uniquePaths();
    for (const e of wanted) {
      let data: Uint8Array | undefined;
      try {
        data = failed(e) ? undefined : sz.FS.readFile(`/out/${e.path}`);
      } catch {
        data = undefined;
      }
      if (data) files.push({ path: unique(e.path), bytes: data, modifiedAt: e.modifiedAt });
      else left.push({ path: e.path, why: ref("read.archive-damaged-entry") });
    }
  }
  return notEmpty({ files, left });
}

/** 7-Zip's run of one command; its exit (a status thrown by the runtime) is read from what it printed. */
function run(sz: SevenZip, args: string[]): void {
  try {
    sz.callMain(args);
  } catch {
    // The runtime ends a run that fails by throwing its exit status; the lines printed say why.
  }
}

/** Why 7-Zip could not open an archive at all, from its error lines. */
function whyNot(errors: readonly string[]): MessageRef {
  const text = errors.join("\n");
  if (/encrypted|Wrong password/i.test(text)) return ref("read.archive-locked");
  return ref("read.archive-damaged");
}

/**
 * The entries of `7zz l -slt`: blocks of `Key = value` lines, one block per entry after the line
 * `----------` (the block before it describes the archive). Paths use the archive's own separator,
 * written with / here as a .zip's are.
 */
function listing(lines: readonly string[]): Listed[] {
  const start = lines.indexOf("----------");
  if (start < 0) return [];
  const out: Listed[] = [];
  let block = new Map<string, string>();
  const flush = () => {
    const path = block.get("Path");
    if (path !== undefined)
      out.push({
        path: path.replace(/\\/g, "/"),
        folder: block.get("Folder") === "+" || /D/.test(block.get("Attributes") ?? ""),
        link:
          !!(block.get("Symbolic Link") || block.get("Hard Link")) || /Link:/.test(block.get("Characteristics") ?? ""),
        size: Number(block.get("Size") ?? 0) || 0,
        encrypted: block.get("Encrypted") === "+",
        modifiedAt: localTime(block.get("Modified")),
      });
    block = new Map();
  };
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const eq = line.indexOf(" = ");
    if (eq > 0) block.set(line.slice(0, eq), line.slice(eq + 3));
  }
  flush();
  return out;
}

/** 7-Zip's `Modified = 2023-02-10 09:15:00[.1234567]`, in the local time it prints. */
function localTime(text: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(text ?? "");
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  return new Date(y, mo - 1, d, h, mi, s).getTime();
}

/**
 * The files with every .rar and .7z among them replaced by what it holds, as unpackArchives does
 * for a .zip: each return a file named 回收.rar/办公室/附件2.xlsx, each entry that is not a return
 * (or an archive that cannot be opened) a file that says why. 7-Zip is loaded only when one is there.
 */
export async function unpackOtherArchives(
  files: readonly InputFile[],
  load: LoadSevenZip,
  outer = true,
): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const f of files) {
    if (!isOtherArchiveName(f.name) || f.unreadable || f.sheets) out.push(f);
    else
      try {
        out.push(...archiveInputs(f, await readOtherArchive(f.bytes, f.name, load, outer)));
      } catch (e) {
        out.push(unopened(f, e));
      }
  }
  return out;
}

/**
 * The files with every archive among them (.zip, .rar, .7z) replaced by what it holds, and each
 * archive found inside one (a unit's .rar in a mail's 打包下载 .zip) by what that holds: two levels,
 * a third said (read.archive-nested). In the order given; 7-Zip is loaded only for a .rar or .7z.
 */
export async function unpackAll(
  files: readonly InputFile[],
  load: LoadSevenZip,
  inflate?: Inflate,
): Promise<InputFile[]> {
  const open = async (f: InputFile, outer: boolean): Promise<InputFile[]> => {
    if (f.unreadable || f.sheets) return [f];
    if (isZipName(f.name)) return unpackArchives([f], inflate, outer);
    if (isMailName(f.name)) return unpackMails([f], outer);
    return isOtherArchiveName(f.name) ? unpackOtherArchives([f], load, outer) : [f];
  };
  const out: InputFile[] = [];
  for (const f of files)
    for (const g of await open(f, true))
      out.push(...(g !== f && isReadArchiveName(g.name) ? await open(g, false) : [g]));
  return out;
}
