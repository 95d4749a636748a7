import { ref, TextError, type MessageRef } from "../core/i18n/text";
import type { SheetData } from "../core/sheet/types";
import type { FileHost, InputFile } from "../hosts/files";

export type { FileHost, InputFile } from "../hosts/files";

export type Progress = (done: number, total: number, file: string) => void;

/** A file read, or why it could not be (as a message the caller renders in its language). */
export type ReadOutcome = { ok: true; sheets: readonly SheetData[]; savedAt?: number } | { ok: false; why: MessageRef };

/**
 * Reads an input file through the file host, unless a spreadsheet program already did. Never
 * throws: a file that cannot be read comes back with the reason.
 */
export function readInput(f: InputFile, read: FileHost["read"]): ReadOutcome {
  if (f.unreadable) return { ok: false, why: f.unreadable };
  if (f.sheets) return { ok: true, sheets: f.sheets, savedAt: f.savedAt };
  try {
    const wb = read(f.bytes, f.name);
    return { ok: true, sheets: wb.sheets, savedAt: wb.savedAt };
  } catch (e) {
    if (e instanceof TextError) return { ok: false, why: e.ref };
    return { ok: false, why: ref("read.failed", { detail: e instanceof Error ? e.message : String(e) }) };
  }
}
