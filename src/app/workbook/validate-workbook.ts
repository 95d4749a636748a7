import type { Locale } from "../../core/i18n/text";
import { serialOf } from "../../core/request/request";
import { SUMMARY_TAG } from "../../core/merge/summary-text";
import { OVERVIEW_SHEET, SUMMARY_SHEET_PREFIX } from "../../core/merge/summary-text";
import type { Roster } from "../../core/roster/roster";
import type { AnnexSchema } from "../../core/schema/types";
import type { SheetData } from "../../core/sheet/types";
import type { Issue } from "../../core/validate/issue";
import { detectAnnex, readSheet, validate } from "../../core/validate/validate";
import { SCAN_ROWS } from "../../core/locate/locate";
import { LISTS_SHEET } from "../../core/template/build-template";
import {
  MAX_MARKS_PER_SHEET,
  SETTINGS_SHEET,
  type IssueMark,
  type SheetInfo,
  type SpreadsheetHost,
} from "../../hosts/host";

export interface CheckOptions {
  /** The forms to look for (the registry's). */
  readonly schemas: readonly AnnexSchema[];
  readonly roster?: Roster;
  readonly talkTypes?: readonly string[];
  readonly locale?: Locale;
  /** The workbook's file name (the unit falls back to it). */
  readonly fileName?: string;
  /** The day the forms are filled in by (1900 serial): today when not given. */
  readonly asOf?: number;
}

export interface SheetValidation {
  readonly sheet: string;
  readonly annex: AnnexSchema;
  readonly unit: string;
  readonly rows: number;
  readonly issues: readonly Issue[];
}

export interface WorkbookValidation {
  readonly sheets: readonly SheetValidation[];
  readonly errors: number;
  readonly warnings: number;
}

/** Sheets worth reading: visible, not Huibiao's own helpers, not a summary. */
export function candidateSheets(sheets: readonly SheetInfo[]): SheetInfo[] {
  return sheets.filter(
    (s) =>
      !s.hidden &&
      s.name !== LISTS_SHEET &&
      s.name !== SETTINGS_SHEET &&
      s.tag?.annex !== SUMMARY_TAG &&
      s.name !== OVERVIEW_SHEET &&
      !s.name.startsWith(SUMMARY_SHEET_PREFIX),
  );
}

/**
 * Validates sheets already read (synchronous: WPS decides inside its before-save event). A tagged
 * sheet is validated as its annex; an untagged one only when its header shows which annex it is.
 */
export function checkSheets(
  data: readonly SheetData[],
  infos: readonly SheetInfo[],
  options: CheckOptions,
): WorkbookValidation {
  const { schemas } = options;
  const common = {
    roster: options.roster,
    talkTypes: options.talkTypes,
    locale: options.locale,
    fileName: options.fileName,
    // The open workbook is being filled in now: a talk dated after today is warned of.
    asOf: options.asOf ?? serialOf(Date.now()),
  };
  const sheets: SheetValidation[] = [];
  data.forEach((sheet) => {
    const tag = infos.find((i) => i.name === sheet.name)?.tag;
    const tagged = tag ? schemas.find((s) => s.id === tag.annex) : undefined;
    const reading = readSheet(sheet, tagged ? [tagged] : schemas, common);
    if (reading) {
      sheets.push({
        sheet: sheet.name,
        annex: reading.table.schema,
        unit: reading.unit.name,
        rows: reading.rows.length,
        issues: reading.issues,
      });
    } else if (tagged) {
      // A tagged sheet whose header was damaged: say so rather than skip it.
      sheets.push({ sheet: sheet.name, annex: tagged, unit: "", rows: 0, issues: validate(sheet, tagged, common) });
    }
  });
  const all = sheets.flatMap((s) => s.issues);
  return {
    sheets,
    errors: all.filter((i) => i.severity === "error").length,
    warnings: all.filter((i) => i.severity === "warning").length,
  };
}

/** The sheets worth reading whole: tagged ones, and those whose top rows show an annex header. */
export function annexSheets(
  infos: readonly SheetInfo[],
  heads: readonly SheetData[],
  schemas: readonly AnnexSchema[],
): SheetInfo[] {
  return infos.filter((info, i) => info.tag !== null || detectAnnex(heads[i], schemas) !== null);
}

/**
 * Reads the annex sheets among `infos`: the top rows of every sheet first (one host call), then
 * whole only the sheets that hold an annex, so a large data sheet in the workbook is never read.
 */
export async function readAnnexSheets(
  host: SpreadsheetHost,
  infos: readonly SheetInfo[],
  schemas: readonly AnnexSchema[],
): Promise<{ infos: SheetInfo[]; data: SheetData[] }> {
  if (!infos.length) return { infos: [], data: [] };
  const heads = await host.readSheets(
    infos.map((i) => i.name),
    { headRows: SCAN_ROWS },
  );
  const keep = annexSheets(infos, heads, schemas);
  return { infos: keep, data: keep.length ? await host.readSheets(keep.map((i) => i.name)) : [] };
}

/** Reads the annex sheets (two host calls), validates, and optionally marks issues in the cells. */
export async function validateWorkbook(
  host: SpreadsheetHost,
  options: CheckOptions & { mark?: boolean },
): Promise<WorkbookValidation> {
  const { infos, data } = await readAnnexSheets(host, candidateSheets(await host.listSheets()), options.schemas);
  const result = checkSheets(data, infos, options);
  if (options.mark) {
    await host.showIssues(marksOf(result.sheets));
  }
  return result;
}

/**
 * The marks to show for validated sheets, by sheet (a sheet without issues gets its marks cleared):
 * errors, then warnings, each in sheet order, MAX_MARKS_PER_SHEET at most.
 */
export function marksOf(sheets: readonly Pick<SheetValidation, "sheet" | "issues">[]): Map<string, IssueMark[]> {
  const marks = (issues: SheetValidation["issues"], severity: IssueMark["severity"]) =>
    issues.flatMap((i) => (i.severity === severity ? [{ cell: i.cell, severity, message: i.message }] : []));
  return new Map(
    sheets.map((s) => [
      s.sheet,
      [...marks(s.issues, "error"), ...marks(s.issues, "warning")].slice(0, MAX_MARKS_PER_SHEET),
    ]),
  );
}

/** "cancelled": not saved because of errors the user did not override; "refused": the program stopped the save. */
export type SaveOutcome = "saved" | "cancelled" | "refused" | "unsupported";

/**
 * 校验并保存: validates every annex sheet (pasting bypasses the dropdowns) and saves only when
 * there are no errors, or when the user confirms saving anyway.
 */
export async function validateAndSave(
  host: SpreadsheetHost,
  options: CheckOptions,
  confirm: (v: WorkbookValidation) => Promise<boolean>,
): Promise<{ validation: WorkbookValidation; outcome: SaveOutcome }> {
  const validation = await validateWorkbook(host, { ...options, mark: true });
  if (validation.errors > 0 && !(await confirm(validation))) return { validation, outcome: "cancelled" };
  if (!host.save) return { validation, outcome: "unsupported" };
  const saved = await host.save();
  return { validation, outcome: saved === "cancelled" ? "refused" : saved };
}
