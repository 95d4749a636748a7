import { ref } from "../../../core/i18n/text";
import { useCallback, useState, type DragEvent } from "react";
import { WORKBOOK_EXTENSIONS, type InputFile } from "../../../hosts/files";

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

/** What a folder holds that is worth reading: workbooks, not lock files (~$…) or hidden files. */
export function isWorkbookInFolder(path: string): boolean {
  const name = path.replace(/^.*[\\/]/, "");
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  return (WORKBOOK_EXTENSIONS as readonly string[]).some((e) => name.toLowerCase().endsWith(e));
}

/**
 * Reads chosen files into InputFiles. Files picked one by one are all kept (a wrong one is then
 * reported with its reason); from folders, only workbooks. A file the browser cannot read becomes
 * an InputFile that says why, so nothing disappears silently.
 */
export async function readFiles(list: readonly PickedFile[]): Promise<InputFile[]> {
  const wanted = list.filter((p) => !p.inFolder || isWorkbookInFolder(p.path));
  return Promise.all(
    wanted.map(async ({ file, path }) => {
      try {
        return { name: path, bytes: await bytesOf(file), modifiedAt: file.lastModified || undefined };
      } catch (e) {
        return {
          name: path,
          bytes: new Uint8Array(0),
          unreadable: ref("read.browser", { detail: e instanceof Error ? e.message : String(e) }),
        };
      }
    }),
  );
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

/** The chosen returned files; adding a file with a path already chosen replaces it. */
export function useFiles() {
  const [files, setFiles] = useState<readonly InputFile[]>([]);
  const add = useCallback((more: readonly InputFile[]) => {
    setFiles((old) => [...old.filter((f) => !more.some((m) => m.name === f.name)), ...more]);
  }, []);
  const clear = useCallback(() => setFiles([]), []);
  return { files, add, clear };
}

export type ChosenFiles = ReturnType<typeof useFiles>;

/**
 * What the file picker does with files however they come (chooser, folder, drop, WPS's dialog):
 * read them and add them, or report why not. Also the drop zone's highlight while dragging.
 */
export function useFileIntake(files: ChosenFiles, onError: (message: string) => void) {
  const [over, setOver] = useState(false);
  const take = (work: Promise<InputFile[]>) =>
    work.then(files.add, (e: unknown) => onError(e instanceof Error ? e.message : String(e)));
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
