import { merge, type MergeOptions, type MergeResult, type Rejected, type ReturnedWorkbook } from "../core/merge/merge";
import { summaryModel } from "../core/merge/summary-model";
import type { FileHost, InputFile, Progress } from "./files";

export interface MergeRun {
  readonly result: MergeResult;
  /** The summary workbook, ready to save. */
  readonly bytes: Uint8Array;
}

/**
 * Reads every returned file, merges what it finds and writes the summary. A file that cannot be
 * read is rejected with its reason; the merge goes on with the rest.
 */
export function mergeReturns(files: readonly InputFile[], host: FileHost, options: MergeOptions = {}, onProgress?: Progress): MergeRun {
  const returns: ReturnedWorkbook[] = [];
  const unreadable: Rejected[] = [];
  files.forEach((f, i) => {
    try {
      const wb = host.read(f.bytes, f.name);
      returns.push({ file: f.name, savedAt: wb.savedAt, modifiedAt: f.modifiedAt, sheets: wb.sheets });
    } catch (e) {
      unreadable.push({ file: f.name, reason: e instanceof Error ? e.message : String(e) });
    }
    onProgress?.(i + 1, files.length, f.name);
  });
  const merged = merge(returns, options);
  const result: MergeResult = { ...merged, rejected: [...unreadable, ...merged.rejected].sort((a, b) => order(files, a.file) - order(files, b.file)) };
  return { result, bytes: host.write(summaryModel(result)) };
}

function order(files: readonly InputFile[], name: string): number {
  return files.findIndex((f) => f.name === name);
}
