import {
  collectReturn,
  mergeCollected,
  rejection,
  type CollectedReturn,
  type MergeOptions,
  type MergeResult,
} from "../core/merge/merge";
import { summaryFileModel, summaryModel } from "../core/merge/summary-model";
import type { SpreadsheetHost } from "../hosts/host";
import { readInput, type FileHost, type InputFile, type Progress } from "./files";

export interface MergeRun {
  readonly result: MergeResult;
  /** The summary workbook, ready to save. */
  readonly bytes: Uint8Array;
}

/**
 * Reads every returned file and merges what it finds, one file at a time: each file's sheets are
 * read, their annex tables taken out, and the sheets dropped before the next file is read. A file
 * that cannot be read is rejected with its reason; the merge goes on with the rest.
 */
export function mergeFiles(
  files: Iterable<InputFile>,
  read: FileHost["read"],
  options: MergeOptions,
  onProgress?: Progress,
  total = Array.isArray(files) ? files.length : 0,
): MergeResult {
  const collected: CollectedReturn[] = [];
  let done = 0;
  for (const f of files) {
    collected.push(collectFile(f, read, options));
    onProgress?.(++done, Math.max(total, done), f.name);
  }
  return mergeCollected(collected, options);
}

/** One file, read and collected (or rejected with the reason it could not be read). */
export function collectFile(f: InputFile, read: FileHost["read"], options: MergeOptions): CollectedReturn {
  const wb = readInput(f, read);
  if (wb.ok)
    return collectReturn(
      { file: f.name, savedAt: wb.savedAt ?? f.savedAt, modifiedAt: f.modifiedAt, sentAt: f.sentAt, sheets: wb.sheets },
      options,
    );
  return {
    file: f.name,
    modifiedAt: f.modifiedAt,
    sentAt: f.sentAt,
    found: [],
    uncollectedRows: 0,
    rejected: rejection(f.name, wb.why, options.locale),
  };
}

/** A merge result as a summary workbook file. */
export function summaryFile(result: MergeResult, host: FileHost, locale?: MergeOptions["locale"]): Uint8Array {
  return host.write(summaryFileModel(result, locale));
}

/** Merges returned files into a summary workbook file (CLI, standalone page). */
export function mergeReturns(
  files: readonly InputFile[],
  host: FileHost,
  options: MergeOptions,
  onProgress?: Progress,
): MergeRun {
  const result = mergeFiles(files, (b, n) => host.read(b, n), options, onProgress);
  return { result, bytes: host.write(summaryFileModel(result, options.locale)) };
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
