import { ref } from "../../../core/i18n/text";
import { useCallback, useRef, useState, type DragEvent } from "react";
import {
  isWinmailName,
  READ_ARCHIVES,
  sentFileReason,
  WORKBOOK_EXTENSIONS,
  type InputFile,
} from "../../../hosts/files";
import { decodeText } from "../../../core/text/decode";
import { extensionOf } from "../../../core/text/extension";
import { parseRoster } from "../../../core/roster/roster";
import type { RequestInput } from "../../../core/request/request";

/** A chosen file and where it was: its path inside a chosen or dropped folder, else its name. */
export interface PickedFile {
  readonly file: File;
  readonly path: string;
  /** True when it came out of a folder (then only workbooks are taken). */
  readonly inFolder: boolean;
}

export function picked(list: Iterable<File>): PickedFile[] {
  return [...list].map((file) => {
    const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
    return { file, path: rel || file.name, inFolder: !!rel };
  });
}

/**
 * What a folder holds that is worth reading: workbooks, archives of them (.zip, .rar, .7z) and
 * saved mails (.eml, .msg, an Outlook winmail.dat); not lock files (~$…) or hidden files.
 */
export function isWorkbookInFolder(path: string): boolean {
  const name = path.replace(/^.*[\\/]/, "");
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  return [...WORKBOOK_EXTENSIONS, ...READ_ARCHIVES].some((e) => name.toLowerCase().endsWith(e)) || isWinmailName(name);
}

/** What came of a choice of files: the returns, what was left out, and a roster file if one came along. */
export interface Intake {
  readonly files: InputFile[];
  /** Files of a folder that are not workbooks (by name), or Office lock files: left out, listed. */
  readonly skipped: string[];
  /** A text file that holds a list of units rather than a return (one name a line). */
  readonly roster?: { readonly name: string; readonly units: string[] };
  /** A 收集任务.json (the CLI's request file, which `huibiao demo` writes beside the returns). */
  readonly request?: { readonly name: string; readonly input: RequestInput };
}

/**
 * Reads chosen files into InputFiles. Files picked one by one are all kept (a wrong one is then
 * reported with its reason); from folders, workbooks, and what units send beside or instead of them
 * (scans, photos, archives: kept unread, with the reason); the others are listed as skipped.
 * A .txt that reads as a list of units is taken as the roster, not as a return. A file the
 * browser cannot read becomes an InputFile that says why, so nothing disappears silently.
 */
export async function readFiles(list: readonly PickedFile[]): Promise<Intake> {
  const base = (path: string) => path.replace(/^.*[\\/]/, "");
  const others = list.filter((p) => p.inFolder && !isWorkbookInFolder(p.path) && !isHidden(p.path));
  const wanted = list.filter((p) => !p.inFolder || isWorkbookInFolder(p.path));
  let roster: Intake["roster"];
  let request: Intake["request"];
  const files: InputFile[] = [];
  const sentUnread: InputFile[] = [];
  // A request file among a folder's other files is taken rather than listed as skipped; a scan, a
  // photo or an archive a unit sent goes on to the merge unread, which names its sender (as the CLI).
  const skipped: string[] = [];
  for (const p of others) {
    const input = !request && /\.json$/i.test(p.path) ? await bytesOf(p.file).then(requestIn, () => null) : null;
    const sent = sentFileReason(extensionOf(p.path));
    if (input) request = { name: base(p.path), input };
    else if (sent && !base(p.path).startsWith("~$"))
      sentUnread.push({
        name: p.path,
        bytes: new Uint8Array(0),
        unreadable: sent,
        modifiedAt: p.file.lastModified || undefined,
      });
    else skipped.push(base(p.path));
  }
  for (const { file, path } of wanted) {
    try {
      const bytes = await bytesOf(file);
      const units = /\.txt$/i.test(path) ? rosterIn(bytes) : null;
      const input = !request && /\.json$/i.test(path) ? requestIn(bytes) : null;
      if (units && !roster) roster = { name: base(path), units };
      else if (input) request = { name: base(path), input };
      else files.push({ name: path, bytes, modifiedAt: file.lastModified || undefined });
    } catch (e) {
      files.push({
        name: path,
        bytes: new Uint8Array(0),
        unreadable: ref("read.browser", { detail: e instanceof Error ? e.message : String(e) }),
      });
    }
  }
  return { files: [...files, ...sentUnread], skipped, roster, request };
}

/**
 * The request a .json file states (收集任务.json: title, annexes, deadline…), when it reads as one:
 * an object with a title or annexes. Checked properly where it is used (readRequest).
 */
export function requestIn(bytes: Uint8Array): RequestInput | null {
  if (bytes.length > 256 * 1024) return null;
  try {
    const v: unknown = JSON.parse(decodeText(bytes).replace(/^\uFEFF/, ""));
    if (!v || typeof v !== "object" || Array.isArray(v)) return null;
    const o = v as RequestInput;
    return typeof o.title === "string" || Array.isArray(o.annexes) ? o : null;
  } catch {
    // Not JSON: not a request (the file is then treated like any other).
    return null;
  }
}

/** How many of the chosen files are scans, photos or archives a unit sent: no table to read in them. */
export const notFormsCount = (files: readonly InputFile[]) =>
  files.filter((f) => sentFileReason(extensionOf(f.name)) !== null).length;

function isHidden(path: string): boolean {
  return path.replace(/^.*[\\/]/, "").startsWith(".");
}

/**
 * The units a text file lists, when it reads as a roster: at least two lines, each a short name
 * (numbered or not, a comma or a colon after it) with no separators inside (a CSV return has commas
 * or tabs, and a title, 填报单位 and a header row). The names as the pasted roster reads them.
 */
export function rosterIn(bytes: Uint8Array): string[] | null {
  if (bytes.length > 64 * 1024) return null;
  const text = decodeText(bytes);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/[。.，,、;；:：]+$/, ""))
    .filter((l) => l && !l.startsWith("#"));
  if (lines.length < 2) return null;
  const nameLike = (l: string) => l.length <= 30 && !/[,\t;，：:]/.test(l) && !/^(序号|附件|填报)/.test(l);
  if (!lines.every(nameLike)) return null;
  const units = parseRoster(text);
  return units.length >= 2 ? units : null;
}

/** Files and folders dropped on the page; folders are walked (all levels). */
export async function droppedFiles(dt: DataTransfer): Promise<PickedFile[]> {
  const entries = [...dt.items]
    .map((i) => (typeof i.webkitGetAsEntry === "function" ? i.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (!entries.length) return picked(dt.files);
  const out: PickedFile[] = [];
  const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ file, path: entry.fullPath.replace(/^\//, ""), inFolder });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns at most 100 entries a call: read until it returns none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        for (const child of batch) await walk(child, true);
      }
    }
  };
  for (const e of entries) await walk(e, false);
  return out;
}

/** Blob.arrayBuffer is missing in older embedded Chromium builds (and jsdom): FileReader then. */
function bytesOf(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === "function") return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(reader.error?.message ?? "NotReadableError"));
    reader.readAsArrayBuffer(f);
  });
}

/**
 * The chosen returned files; adding a file with a path already chosen replaces it. Files are read
 * as they are chosen: `ready()` waits for any still being read and gives the list then, so 开始汇总
 * pressed right after choosing a folder merges that folder, not the files chosen before it.
 */
export function useFiles() {
  const [files, setFiles] = useState<readonly InputFile[]>([]);
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  const [roster, setRoster] = useState<Intake["roster"]>();
  const [request, setRequest] = useState<Intake["request"]>();
  // The list as last set (state shows it a render later), and the reading still under way.
  const latest = useRef<readonly InputFile[]>([]);
  const reading = useRef<Promise<unknown>>(Promise.resolve());
  const add = useCallback((more: readonly InputFile[] | Intake) => {
    const intake: Intake = Array.isArray(more) ? { files: [...more], skipped: [] } : (more as Intake);
    latest.current = [...latest.current.filter((f) => !intake.files.some((m) => m.name === f.name)), ...intake.files];
    setFiles(latest.current);
    setSkipped(intake.skipped);
    if (intake.roster) setRoster(intake.roster);
    if (intake.request) setRequest(intake.request);
  }, []);
  const clear = useCallback(() => {
    latest.current = [];
    setFiles([]);
    setSkipped([]);
  }, []);
  /** Keeps `work` (files being read and added) for ready() to wait on. */
  const track = useCallback(<T>(work: Promise<T>): Promise<T> => {
    const all = Promise.all([reading.current, work.catch(() => undefined)]);
    reading.current = all;
    return work;
  }, []);
  const ready = useCallback(async (): Promise<readonly InputFile[]> => {
    for (let now = reading.current; ; now = reading.current) {
      await now;
      if (now === reading.current) return latest.current;
    }
  }, []);
  return { files, skipped, roster, request, add, clear, track, ready };
}

export type ChosenFiles = ReturnType<typeof useFiles>;

/**
 * What the file picker does with files however they come (chooser, folder, drop, WPS's dialog):
 * read them and add them, or report why not. Also the drop zone's highlight while dragging.
 */
export function useFileIntake(files: ChosenFiles, onError: (message: string) => void) {
  const [over, setOver] = useState(false);
  const take = (work: Promise<InputFile[] | Intake>) =>
    files.track(work.then(files.add, (e: unknown) => onError(e instanceof Error ? e.message : String(e))));
  const fromInput = (input: HTMLInputElement) => {
    if (input.files) void take(readFiles(picked(input.files))).finally(() => (input.value = ""));
  };
  const dropZone = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      void take(droppedFiles(e.dataTransfer).then(readFiles));
    },
  };
  return { over, take, fromInput, dropZone };
}
