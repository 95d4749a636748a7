import {
  merge,
  rejection,
  type MergeOptions,
  type MergeResult,
  type Rejected,
  type ReturnedWorkbook,
} from "../core/merge/merge";
import { summaryModel } from "../core/merge/summary-model";
import type { SpreadsheetHost } from "../hosts/host";
import { readInput, type FileHost, type InputFile, type Progress } from "./files";

export interface MergeRun {
  readonly result: MergeResult;
  /** The summary workbook, ready to save. */
  readonly bytes: Uint8Array;
}

/**
 * Reads every returned file and merges what it finds. A file that cannot be read is rejected
 * with its reason; the merge goes on with the rest.
 */
export function mergeFiles(
  files: readonly InputFile[],
  read: FileHost["read"],
  options: MergeOptions,
  onProgress?: Progress,
): MergeResult {
  const returns: ReturnedWorkbook[] = [];
  const unreadable: Rejected[] = [];
  files.forEach((f, i) => {
    const wb = readInput(f, read);
    if (wb.ok) returns.push({ file: f.name, savedAt: wb.savedAt, modifiedAt: f.modifiedAt, sheets: wb.sheets });
    else unreadable.push(rejection(f.name, wb.why, options.locale));
    onProgress?.(i + 1, files.length, f.name);
  });
  const merged = merge(returns, options);
  const order = new Map(files.map((f, i) => [f.name, i]));
  const rejected = [...unreadable, ...merged.rejected].sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { ...merged, rejected };
}

/** Merges returned files into a summary workbook file (CLI, standalone page). */
export function mergeReturns(
  files: readonly InputFile[],
  host: FileHost,
  options: MergeOptions,
  onProgress?: Progress,
): MergeRun {
  const result = mergeFiles(files, (b, n) => host.read(b, n), options, onProgress);
  return { result, bytes: host.write(summaryModel(result, options.locale)) };
}

/** Writes a merge result as summary sheets of the open workbook, replacing an earlier summary. */
export async function writeSummary(
  result: MergeResult,
  host: SpreadsheetHost,
  onProgress?: (done: number, total: number) => void,
): Promise<readonly string[]> {
  const model = summaryModel(result);
  const written = await host.insertSheets(model, { replace: true, activate: model.sheets[0]?.name, onProgress });
  return written.sheets;
}
