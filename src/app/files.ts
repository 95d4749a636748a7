import type { ReadWorkbook } from "../hosts/file/read-workbook";
import type { WorkbookModel } from "../core/workbook/model";

/** A file handed to a use case: its name, bytes and (where known) modification time. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modifiedAt?: number;
}

/** What the use cases need of a host that works on files. */
export interface FileHost {
  read(bytes: Uint8Array, name: string): ReadWorkbook;
  write(model: WorkbookModel): Uint8Array;
}

export type Progress = (done: number, total: number, file: string) => void;
