import { statSync } from "node:fs";
import type { InputFile } from "../../hosts/files";
import type { FoundInput } from "./inputs";
import { readInProcesses } from "./pool";
import { NEEDS_SHEETJS, readFile } from "./worker";
import { youngGenerationForRun } from "./young-generation";

type Progress = (done: number, total: number, file: string) => void;

/**
 * Reads the inputs and hands each, read, to `use`; returns what it gives, in input order.
 *
 * Files our own readers read (.xlsx, .csv: linear, every limit checked while reading, fuzzed) are
 * read here, one at a time, so each file's sheets are dropped once `use` has taken what it needs.
 * Files that need SheetJS (.xls, .ods, .xlsb, SpreadsheetML…) are read in separate processes with a
 * memory limit and a time limit per file (pool.ts): a file that exhausts them or crashes the reader
 * is rejected with that reason and the rest go on.
 */
export async function readEach<T>(
  found: readonly FoundInput[],
  use: (file: InputFile) => T,
  onProgress?: Progress,
): Promise<T[]> {
  const results: T[] = new Array(found.length);
  const deferred: number[] = [];
  let done = 0;
  const readBytes = youngGenerationForRun();
  const finish = (i: number, file: InputFile) => {
    results[i] = use(file);
    onProgress?.(++done, found.length, found[i].name);
  };
  found.forEach((f, i) => {
    const base = { name: f.name, bytes: new Uint8Array(), modifiedAt: f.modifiedAt, sentAt: f.sentAt };
    if (f.path === undefined) return finish(i, { ...base, unreadable: f.unreadable });
    const answer = readFile(f.path, f.name, false);
    if (answer === NEEDS_SHEETJS) return deferred.push(i);
    if (answer.ok) readBytes(answer.bytes);
    finish(
      i,
      answer.ok ? { ...base, sheets: answer.sheets, savedAt: answer.savedAt } : { ...base, unreadable: answer.why },
    );
  });
  if (deferred.length) {
    // Their sheets come back here too: their sizes count (a stat each, beside a process's read).
    for (const i of deferred) readBytes(sizeOf(found[i].path!));
    const read = await readInProcesses(deferred.map((i) => found[i]));
    read.forEach((file, k) => finish(deferred[k], file));
  }
  return results;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // the reading process says why it cannot be read
  }
}
