import type { SheetData } from "../core/sheet/types";
import type { FileHost, InputFile } from "../hosts/files";

export type { FileHost, InputFile } from "../hosts/files";

/** Reads an input file through the file host unless a spreadsheet program already did. */
export function readInput(f: InputFile, read: FileHost["read"]): { sheets: readonly SheetData[]; savedAt?: number } {
  if (f.unreadable) throw new Error(f.unreadable);
  return f.sheets ? { sheets: f.sheets } : read(f.bytes, f.name);
}

export type Progress = (done: number, total: number, file: string) => void;
