import { text, type Locale } from "../../core/i18n/text";
import type { IssueMark, ReadOptions, SheetInfo } from "../../hosts/host";
import { SCAN_ROWS } from "../../core/locate/locate";
import type { SheetData } from "../../core/sheet/types";
import {
  annexSheets,
  candidateSheets,
  checkSheets,
  marksOf,
  type CheckOptions,
  type WorkbookValidation,
} from "./validate-workbook";

/** What the save guard needs of a host: synchronous reads and marks (the WPS host has them). */
export interface SyncHost {
  listSheetsSync(): SheetInfo[];
  readSheetsSync(names: readonly string[], options?: ReadOptions): SheetData[];
  paintSync(target: ReadonlyMap<string, readonly IssueMark[]> | null): void;
  onBeforeSave(decide: (workbook: { Name: string }, saveAsUi: boolean) => boolean): () => void;
}

/** Validates the open workbook synchronously and marks what is wrong. */
export function validateSync(host: SyncHost, options: CheckOptions): WorkbookValidation {
  const candidates = candidateSheets(host.listSheetsSync());
  const heads = candidates.length
    ? host.readSheetsSync(
        candidates.map((i) => i.name),
        { headRows: SCAN_ROWS },
      )
    : [];
  const infos = annexSheets(candidates, heads, options.schemas);
  const result = checkSheets(infos.length ? host.readSheetsSync(infos.map((i) => i.name)) : [], infos, options);
  host.paintSync(marksOf(result.sheets));
  return result;
}

/** The message shown before a save with errors: how many, and the first few cells. */
export function saveQuestion(v: WorkbookValidation, locale: Locale = "zh-CN", limit = 8): string {
  const lines = v.sheets.flatMap((s) =>
    s.issues
      .filter((i) => i.severity === "error")
      .map((i) => text(locale, "save.line", { sheet: s.sheet, cell: i.cell, message: i.message })),
  );
  const more = lines.length > limit ? text(locale, "save.more", { count: lines.length - limit }) : "";
  return text(locale, "save.question", { errors: v.errors, lines: lines.slice(0, limit).join("\n"), more });
}

/**
 * Guards saves: before every save the annex sheets are validated (inside the event, synchronously);
 * with errors the user is asked and, unless they choose to save anyway, the save is cancelled.
 */
export function guardSaves(
  host: SyncHost,
  options: () => CheckOptions,
  ask: (message: string) => boolean,
  report?: (outcome: { validation?: WorkbookValidation; error?: Error }) => void,
  /** True when the pane has just validated and the user chose to save: no second question. */
  approved: () => boolean = () => false,
): () => void {
  return host.onBeforeSave((workbook) => {
    if (approved()) return false;
    let validation: WorkbookValidation;
    try {
      validation = validateSync(host, { ...options(), fileName: workbook.Name });
    } catch (e) {
      // A failure of ours must never make the user's save impossible: save, and report it.
      report?.({ error: e instanceof Error ? e : new Error(String(e)) });
      return false;
    }
    report?.({ validation });
    if (validation.errors === 0) return false;
    return !ask(saveQuestion(validation));
  });
}
