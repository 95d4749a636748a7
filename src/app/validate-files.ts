import { ref, render, type Locale, type MessageRef } from "../core/i18n/text";
import type { Roster } from "../core/roster/roster";
import type { AnnexSchema } from "../core/schema/types";
import type { Issue } from "../core/validate/issue";
import { readSheet } from "../core/validate/validate";
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
  /** Why the file could not be read (or holds no annex), rendered; null when it was read. */
  readonly error: string | null;
  /** The same reason as a message, for another language. */
  readonly why: MessageRef | null;
  /** True when the file could not be read at all. */
  readonly unreadable: boolean;
  readonly sheets: readonly SheetReport[];
}

export interface ValidateFilesOptions {
  /** The forms to look for (the registry's). */
  readonly schemas: readonly AnnexSchema[];
  readonly roster?: Roster;
  readonly talkTypes?: readonly string[];
  readonly locale?: Locale;
}

/** Validates every annex sheet of every file. */
export function validateFiles(
  files: readonly InputFile[],
  host: FileHost,
  options: ValidateFilesOptions,
  onProgress?: Progress,
): FileReport[] {
  return files.map((f, i) => {
    const report = validateFile(f, host, options);
    onProgress?.(i + 1, files.length, f.name);
    return report;
  });
}

/** One file validated (or why it cannot be read). */
export function validateFile(f: InputFile, host: FileHost, options: ValidateFilesOptions): FileReport {
  const wb = readInput(f, (b, n) => host.read(b, n));
  if (!wb.ok) return { file: f.name, error: render(wb.why, options.locale), why: wb.why, unreadable: true, sheets: [] };
  const reports: SheetReport[] = [];
  const common = { roster: options.roster, fileName: f.name, talkTypes: options.talkTypes, locale: options.locale };
  for (const sheet of wb.sheets) {
    const reading = readSheet(sheet, options.schemas, common);
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
  if (reports.length) return { file: f.name, error: null, why: null, unreadable: false, sheets: reports };
  const why = ref("merge.no-annex");
  return { file: f.name, error: render(why, options.locale), why, unreadable: false, sheets: [] };
}
