import { SOURCE_HEADERS, SUMMARY_TAG } from "./summary-text";
import { ref, type Locale, type MessageRef } from "../i18n/text";
import { rosterSize, type Roster } from "../roster/roster";
import type { AnnexSchema } from "../schema/types";
import type { CellValue } from "../sheet/types";
import { cleanText } from "../text/normalize";
import type { Issue } from "../validate/issue";
import { normalizeValues } from "./summary-values";
import { readSheets, unreadForm, type SheetReading } from "../validate/validate";
import { withFileUnit } from "../validate/file-unit";
import { serialOf } from "../request/request";
import { returnChanges, type ReturnChanges } from "./changes";
import { withCrossSheetRepeats } from "./cross-sheet";
import { resolveResubmissions, withoutNothingIssue, type NothingAfter, type Supplement } from "./resubmissions";
import { groupByUnit, unitStatus, type UnitStatus } from "./status";
import { withSenders } from "./senders";
import { rejection, type Rejected, type ReturnedWorkbook, type SheetReturn } from "./returns";

export type { ReturnState, UnitStatus, AnnexTally } from "./status";
export type { ReturnedWorkbook, SheetReturn, Rejected } from "./returns";
export { rejection } from "./returns";

export interface MergeOptions {
  /** The forms to look for (the registry's). */
  readonly schemas: readonly AnnexSchema[];
  readonly roster?: Roster;
  readonly talkTypes?: readonly string[];
  /** Annex ids every roster unit must return; default: the collected annexes found in the returns. */
  readonly expect?: readonly string[];
  /** The last day to return (1900 date serial): a file saved after it is 逾期报送. */
  readonly deadline?: number;
  readonly locale?: Locale;
}

export interface MergedRow {
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  /** 1-based row in the source sheet. */
  readonly sourceRow: number;
  /** The row's place in a Word return (第1个表格第3行), which the sheet's row number is not. */
  readonly sourcePlace?: string;
  /** Normalised values by column key: valid dates as date cells, listed values in canonical form. */
  readonly values: Readonly<Record<string, CellValue>>;
  /** Values of columns the form lacks, by their header text. */
  readonly extras: Readonly<Record<string, CellValue>>;
  readonly issues: readonly Issue[];
}

export interface AnnexResult {
  readonly schema: AnnexSchema;
  readonly rows: readonly MergedRow[];
  readonly extraHeaders: readonly string[];
  /** Rows per unit, in summary order. */
  readonly units: Readonly<Record<string, number>>;
}

/**
 * Where every data row read went. Rows read = rows in the summary + rows of returns replaced by
 * a later one + rows of forms not collected (附件1) + rows dropped; dropped is 0, and the report
 * shows the line so that anyone can check it.
 */
export interface Reconciliation {
  readonly read: number;
  readonly summarized: number;
  readonly replaced: number;
  readonly uncollected: number;
  readonly dropped: number;
}

export interface MergeResult {
  readonly annexes: readonly AnnexResult[];
  readonly reconciliation: Reconciliation;
  readonly expected: readonly string[];
  readonly missing: Readonly<Record<string, readonly string[]>>;
  readonly replaced: readonly {
    unit: string;
    annex: string;
    file: string;
    by: string;
    /** What the later return changed: rows added, removed, cells changed. */
    changes?: ReturnChanges;
  }[];
  /**
   * Later files of a unit's form that share no entry with the earlier ones (补报: 2月's talks after
   * 1月's): kept beside them, both merged, each said so the coordinator can tell a re-sent form.
   */
  readonly supplemented: readonly Supplement[];
  /**
   * Later files of a unit's form that only say there is nothing to report (本季度未开展谈话) where
   * earlier files of it have rows: the rows are kept, the line said beside them.
   */
  readonly nothingAfter: readonly NothingAfter[];
  readonly rejected: readonly Rejected[];
  readonly returns: readonly SheetReturn[];
  readonly status: readonly UnitStatus[];
  readonly issues: { readonly errors: number; readonly warnings: number };
  /**
   * Whether a roster was given. Without one the units that sent returns stand in for it: each is
   * 已报 or 部分未报 by the annexes expected, and a unit that sent nothing cannot be known.
   */
  readonly rosterGiven: boolean;
}

/**
 * One returned workbook, read as annexes: the sheets found (their data rows, not the sheets), or
 * why it gives none. What the merge keeps of a file, so that files can be read one at a time and
 * their sheets dropped before the next is read.
 */
export interface CollectedReturn {
  readonly file: string;
  readonly savedAt?: number;
  readonly modifiedAt?: number;
  readonly sentAt?: number;
  readonly found: readonly SheetReturn[];
  /** Rows of forms not collected (附件1 unless asked for). */
  readonly uncollectedRows: number;
  readonly rejected?: Rejected;
  /** Sheets titled as a form whose header was not found: not merged, each said (see unreadSheet). */
  readonly unreadSheets?: readonly Rejected[];
}

/** Reads a returned workbook's annex sheets (validated); pure. */
export function collectReturn(wb: ReturnedWorkbook, options: MergeOptions): CollectedReturn {
  const { schemas } = options;
  const roster = options.roster ?? [];
  const found: SheetReturn[] = [];
  let uncollectedRows = 0;
  let uncollected: AnnexSchema | null = null;
  let summaries = 0;
  const unreadSheets: Rejected[] = [];
  const read: { sheet: string; reading: SheetReading }[] = [];
  for (const sheet of wb.sheets) {
    // Huibiao's own summary (saved into the returns folder, or sent back): never a return.
    if (sheet.tag?.annex === SUMMARY_TAG) {
      summaries++;
      continue;
    }
    const saved = wb.savedAt ?? wb.modifiedAt;
    const common = {
      roster,
      fileName: wb.file,
      talkTypes: options.talkTypes,
      locale: options.locale,
      asOf: saved === undefined ? undefined : serialOf(saved),
    };
    const readings = readSheets(sheet, schemas, common);
    const unread = readings.length ? null : unreadForm(sheet, schemas);
    if (unread) unreadSheets.push(rejection(`${wb.file} › ${sheet.name}`, unread.why, options.locale));
    for (const reading of readings) {
      if (looksLikeSummary(reading)) summaries++;
      else read.push({ sheet: sheet.name, reading });
    }
  }
  for (const { sheet, reading } of withFileUnit(read, options.locale)) {
    // 附件1 is the coordinator's own list: units send it back unchanged, so it is merged only when asked for.
    const schema = reading.table.schema;
    if (!schema.collected && !options.expect?.includes(schema.id)) {
      uncollected ??= schema;
      uncollectedRows += reading.rows.length;
      continue;
    }
    const unit = reading.unit.source === "none" ? "" : reading.unit.name;
    found.push({ file: wb.file, sheet, annex: schema, unit, reading });
  }
  // A sheet left unread belongs to the unit the rest of the file is from (its 说明 says so).
  const unit = found.find((f) => f.unit)?.unit;
  const meta = {
    file: wb.file,
    savedAt: wb.savedAt,
    modifiedAt: wb.modifiedAt,
    ...(wb.sentAt !== undefined ? { sentAt: wb.sentAt } : {}),
    uncollectedRows,
    ...(unreadSheets.length ? { unreadSheets: unit ? unreadSheets.map((r) => ({ ...r, unit })) : unreadSheets } : {}),
  };
  // A blank template lying among the returns (模板.xlsx, the plan's own document): no unit and
  // nothing filled in. Not a return of anyone: counted, its forms would be expected of every unit.
  const blank = found.length > 0 && !unreadSheets.length && found.every((f) => !f.unit && f.reading.rows.length === 0);
  if (blank)
    return { ...meta, uncollectedRows: 0, found: [], rejected: rejection(wb.file, ref("merge.blank"), options.locale) };
  if (found.length || unreadSheets.length) return { ...meta, found };
  const why = summaries
    ? ref("merge.own-summary")
    : uncollected
      ? ref("merge.only-uncollected", { number: uncollected.number, name: uncollected.shortName })
      : noFormReason(wb.sheets);
  return { ...meta, found, rejected: rejection(wb.file, why, options.locale) };
}

/**
 * Why a file holds no form: a roster kept as a workbook or a Word table, dropped among the
 * returns (units under 单位名称 or 科室), is said to be one; anything else is no form found.
 */
export function noFormReason(
  sheets: readonly { readonly rows: readonly (readonly unknown[])[]; readonly pictures?: number }[],
): MessageRef {
  const listed = Math.max(0, ...sheets.map((s) => rosterSize(s.rows)));
  if (listed >= 2) return ref("merge.roster-file", { count: listed });
  // A form pasted in as a screenshot or a photo: its pictures are said, since they are why.
  const pictures = sheets.reduce((n, s) => n + (s.pictures ?? 0), 0);
  return pictures ? ref("merge.no-annex-pictures", { count: pictures }) : ref("merge.no-annex");
}

/** Merges returned workbooks into one result per annex; pure and deterministic. */
export function merge(returns: readonly ReturnedWorkbook[], options: MergeOptions): MergeResult {
  return mergeCollected(
    returns.map((wb) => collectReturn(wb, options)),
    options,
  );
}

/** Merges returns already collected (in input order) into one result per annex; pure and deterministic. */
export function mergeCollected(collected: readonly CollectedReturn[], options: MergeOptions): MergeResult {
  const { schemas } = options;
  const found = collected.flatMap((c) => c.found);
  const uncollectedRows = collected.reduce((n, c) => n + c.uncollectedRows, 0);
  const returns = collected;
  const resolved = resolveResubmissions(found, returns);
  const { replaced } = resolved;
  // A form in two sheets of one return (a copied sheet): repeats across them are warned of.
  const kept = withCrossSheetRepeats(resolved.kept, options.locale);
  const checked = new Map(resolved.kept.map((r, i) => [r, kept[i]]));
  const present = new Set(kept.map((r) => r.annex.id));
  const expected = options.expect ?? schemas.filter((s) => s.collected && present.has(s.id)).map((s) => s.id);
  // Late: sent (by its mail) or else saved (by the workbook's own record, else the file's time)
  // after the deadline's day.
  const times = new Map(collected.map((c) => [c.file, c.sentAt ?? c.savedAt ?? c.modifiedAt]));
  const deadline = options.deadline;
  const isLate = (file: string) => {
    const t = times.get(file);
    return deadline !== undefined && t !== undefined && serialOf(t) > deadline;
  };
  const given = options.roster?.length ? options.roster : undefined;
  const roster = given ?? sendersOf(kept);
  const status = unitStatus(kept, roster, expected, isLate);
  const complete = new Set(status.filter((s) => s.state === "returned").map((s) => s.unit));
  const rejected = withSenders(
    collected.flatMap((c) => [...(c.rejected ? [c.rejected] : []), ...(c.unreadSheets ?? [])]),
    given ?? [],
    complete,
    options.locale,
  );
  const units = status.map((s) => s.unit);
  const annexes = schemas
    .filter((s) => present.has(s.id) || expected.includes(s.id))
    .map((s) =>
      annexResult(
        s,
        kept.filter((r) => r.annex.id === s.id),
        units,
        options,
      ),
    );
  const missing = Object.fromEntries(
    expected.map((id) => [id, status.filter((u) => u.inRoster && u.missing.includes(id)).map((u) => u.unit)]),
  );
  const read = found.reduce((n, r) => n + r.reading.rows.length, 0) + uncollectedRows;
  const summarized = annexes.reduce((n, a) => n + a.rows.length, 0);
  const replacedRows = [...replaced.keys()].reduce((n, r) => n + r.reading.rows.length, 0);
  return {
    annexes,
    reconciliation: {
      read,
      summarized,
      replaced: replacedRows,
      uncollected: uncollectedRows,
      dropped: read - summarized - replacedRows - uncollectedRows,
    },
    expected,
    missing,
    replaced: [...replaced.entries()]
      .map(([r, by]) => {
        const winner = kept.find((k) => k.file === by && k.unit === r.unit && k.annex.id === r.annex.id);
        return {
          unit: r.unit,
          annex: r.annex.id,
          file: r.file,
          by,
          changes: winner ? returnChanges(r, winner) : undefined,
        };
      })
      .filter((x, i, all) => all.findIndex((y) => y.file === x.file && y.annex === x.annex && y.unit === x.unit) === i),
    supplemented: resolved.supplements,
    nothingAfter: resolved.nothingAfter,
    rejected,
    returns: found.map((r) =>
      replaced.has(r)
        ? { ...r, replacedBy: replaced.get(r) }
        : resolved.unheeded.has(r)
          ? withoutNothingIssue(r)
          : (checked.get(r) ?? r),
    ),
    status,
    issues: {
      errors: status.reduce((n, s) => n + s.errors, 0),
      warnings: status.reduce((n, s) => n + s.warnings, 0),
    },
    rosterGiven: given !== undefined,
  };
}

/** The units named in the returns, by name: the roster when none was given. */
function sendersOf(kept: readonly SheetReturn[]): string[] {
  const units = new Set<string>();
  for (const r of kept) if (r.unit) units.add(r.unit);
  return [...units].sort();
}

export { SUMMARY_TAG } from "./summary-text";

/**
 * A summary whose tag was lost on the way (saved as .xls or .csv by another program): its table
 * has the columns only a summary adds, 来源文件 and 来源行, in either language.
 */
function looksLikeSummary(reading: SheetReading): boolean {
  const extras = new Set(reading.table.extras.map((x) => cleanText(x.header)));
  return SOURCE_HEADERS.some(([file, row]) => extras.has(file) && extras.has(row));
}

function annexResult(
  schema: AnnexSchema,
  readings: SheetReturn[],
  units: string[],
  options: MergeOptions,
): AnnexResult {
  const extraHeaders = [...new Set(readings.flatMap((r) => r.reading.table.extras.map((x) => cleanText(x.header))))];
  const rows: MergedRow[] = [];
  const counts: Record<string, number> = {};
  const byUnit = groupByUnit(readings);
  for (const unit of units)
    for (const r of byUnit.get(unit) ?? []) {
      const byRow = new Map<number, Issue[]>();
      for (const issue of r.reading.issues) {
        if (issue.row === undefined) continue;
        const list = byRow.get(issue.row);
        if (list) list.push(issue);
        else byRow.set(issue.row, [issue]);
      }
      // The extra columns' names once per sheet, not per row; rows without extras or issues share
      // one empty record and list (a summary's rows are kept to the end: fewer objects to keep).
      const extraNames = r.reading.table.extras.map((x) => cleanText(x.header));
      for (const row of r.reading.rows) {
        let extras: Record<string, CellValue> = NO_EXTRAS;
        if (extraNames.length) {
          extras = {};
          for (let i = 0; i < extraNames.length; i++) extras[extraNames[i]] = row.extras[i];
        }
        rows.push({
          unit,
          file: r.file,
          sheet: r.sheet,
          sourceRow: (row.sourceRow ?? row.row) + 1,
          ...(row.place ? { sourcePlace: row.place } : {}),
          values: normalizeValues(schema, row.values, options.talkTypes),
          extras,
          issues: byRow.get(row.row) ?? NO_ISSUES,
        });
        counts[unit] = (counts[unit] ?? 0) + 1;
      }
    }
  return { schema, rows, extraHeaders, units: counts };
}

const NO_EXTRAS: Readonly<Record<string, CellValue>> = Object.freeze({});
const NO_ISSUES: readonly Issue[] = Object.freeze([]);
