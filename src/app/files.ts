import type { ReadWorkbook } from "../hosts/file/read-workbook";
import type { WorkbookModel } from "../core/workbook/model";
import type { SheetData } from "../core/sheet/types";

/** A file handed to a use case: its name, bytes and (where known) modification time. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modifiedAt?: number;
  /** Sheets already read by a spreadsheet program (WPS opens .et files itself); bytes are then empty. */
  readonly sheets?: readonly SheetData[];
  /** Why the program could not open the file, when it could not. */
  readonly unreadable?: string;
}

/** Reads an input file through the file host unless a spreadsheet program already did. */
export function readInput(f: InputFile, read: FileHost["read"]): { sheets: readonly SheetData[]; savedAt?: number } {
  if (f.unreadable) throw new Error(f.unreadable);
  return f.sheets ? { sheets: f.sheets } : read(f.bytes, f.name);
}

/** What the use cases need of a host that works on files. */
export interface FileHost {
  read(bytes: Uint8Array, name: string): ReadWorkbook;
  write(model: WorkbookModel): Uint8Array;
}

export type Progress = (done: number, total: number, file: string) => void;
