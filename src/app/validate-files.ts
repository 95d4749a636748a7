import type { Locale } from "../core/i18n/messages";
import type { Roster } from "../core/roster/roster";
import type { AnnexSchema } from "../core/schema/types";
import { BUILTIN_ANNEXES } from "../core/schema/annexes";
import type { Issue } from "../core/validate/issue";
import { readSheet } from "../core/validate/validate";
import { NO_ANNEX_FOUND } from "../core/merge/merge";
import { readInput, type FileHost, type InputFile, type Progress } from "./files";

export interface SheetReport {
  readonly sheet: string;
  readonly annex: string;
  readonly unit: string;
  readonly rows: number;
  readonly issues: readonly Pick<Issue, "severity" | "code" | "cell" | "value" | "message">[];
}

export interface FileReport {
  readonly file: string;
  /** Why the file could not be read (or holds no annex); null when it was read. */
  readonly error: string | null;
  /** True when the file could not be read at all. */
  readonly unreadable: boolean;
  readonly sheets: readonly SheetReport[];
}

export interface ValidateFilesOptions {
  readonly roster?: Roster;
  readonly talkTypes?: readonly string[];
  readonly schemas?: readonly AnnexSchema[];
  readonly locale?: Locale;
}

/** Validates every annex sheet of every file. */
export function validateFiles(
  files: readonly InputFile[],
  host: FileHost,
  options: ValidateFilesOptions = {},
  onProgress?: Progress,
): FileReport[] {
  return files.map((f, i) => {
    const report = validateOne(f, host, options);
    onProgress?.(i + 1, files.length, f.name);
    return report;
  });
}

function validateOne(f: InputFile, host: FileHost, options: ValidateFilesOptions): FileReport {
  let sheets;
  try {
    sheets = readInput(f, (b, n) => host.read(b, n)).sheets;
  } catch (e) {
    return { file: f.name, error: e instanceof Error ? e.message : String(e), unreadable: true, sheets: [] };
  }
  const reports: SheetReport[] = [];
  for (const sheet of sheets) {
    const reading = readSheet(sheet, options.schemas ?? BUILTIN_ANNEXES, {
      roster: options.roster,
      fileName: f.name,
      talkTypes: options.talkTypes,
      locale: options.locale,
    });
    if (!reading) continue;
    reports.push({
      sheet: sheet.name,
      annex: reading.table.schema.id,
      unit: reading.unit.name,
      rows: reading.rows.length,
      issues: reading.issues.map(({ severity, code, cell, value, message }) => ({
        severity,
        code,
        cell,
        value,
        message,
      })),
    });
  }
  return { file: f.name, error: reports.length ? null : NO_ANNEX_FOUND, unreadable: false, sheets: reports };
}
