import { useCallback, useState } from "react";
import type { InputFile } from "../../../app/files";

/** Reads browser File objects into InputFiles (name, bytes, modification time). */
export async function readFiles(list: Iterable<File>): Promise<InputFile[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await bytesOf(f), modifiedAt: f.lastModified || undefined })));
}

/** Blob.arrayBuffer is missing in older embedded Chromium builds (and jsdom): FileReader then. */
function bytesOf(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === "function") return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`无法读取文件「${f.name}」：${reader.error?.message ?? "未知原因"}`));
    reader.readAsArrayBuffer(f);
  });
}

/** The chosen returned files; adding a file with a name already chosen replaces it. */
export function useFiles() {
  const [files, setFiles] = useState<readonly InputFile[]>([]);
  const add = useCallback((more: readonly InputFile[]) => {
    setFiles((old) => [...old.filter((f) => !more.some((m) => m.name === f.name)), ...more]);
  }, []);
  const clear = useCallback(() => setFiles([]), []);
  return { files, add, clear };
}
