import { isDateCell } from "../sheet/types";
import { parseDate } from "../dates/parse-date";
import type { Locale } from "../i18n/messages";
import type { Roster } from "../roster/roster";
import { BUILTIN_ANNEXES } from "../schema/annexes";
import type { AnnexSchema } from "../schema/types";
import type { CellValue, SheetData } from "../sheet/types";
import { cleanText } from "../text/normalize";
import type { Issue } from "../validate/issue";
import { canonicalEnum } from "../validate/rules/enumeration";
import { readSheet, type SheetReading } from "../validate/validate";

/** A returned workbook as a host read it. */
export interface ReturnedWorkbook {
  readonly file: string;
  /** When the workbook says it was last saved (ms since epoch), if it says. */
  readonly savedAt?: number;
  /** The file's own modification time (ms since epoch). */
  readonly modifiedAt?: number;
  readonly sheets: readonly SheetData[];
}

export interface Rejected {
  readonly file: string;
  readonly reason: string;
}

export interface MergeOptions {
  readonly roster?: Roster;
  readonly schemas?: readonly AnnexSchema[];
  readonly talkTypes?: readonly string[];
  /** Annex ids every roster unit must return; default: the collected annexes found in the returns. */
  readonly expect?: readonly string[];
  readonly locale?: Locale;
}

/** One sheet of one return, read as an annex. */
export interface SheetReturn {
  readonly file: string;
  readonly sheet: string;
  readonly annex: AnnexSchema;
  /** The unit's name, or "" when neither the form nor the file name says. */
  readonly unit: string;
  readonly reading: SheetReading;
  /** Replaced by a later return of the same unit and annex. */
  readonly replacedBy?: string;
}

export interface MergedRow {
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  /** 1-based row in the source sheet. */
  readonly sourceRow: number;
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

export interface UnitStatus {
  readonly unit: string;
  readonly inRoster: boolean;
  /** Rows, errors and warnings per annex id, for the annexes this unit returned. */
  readonly annexes: Readonly<
    Record<string, { rows: number; errors: number; warnings: number; files: readonly string[] }>
  >;
  /** Expected annex ids this unit has not returned. */
  readonly missing: readonly string[];
}

export interface MergeResult {
  readonly annexes: readonly AnnexResult[];
  readonly expected: readonly string[];
  readonly missing: Readonly<Record<string, readonly string[]>>;
  readonly replaced: readonly { unit: string; annex: string; file: string; by: string }[];
  readonly rejected: readonly Rejected[];
  readonly returns: readonly SheetReturn[];
  readonly status: readonly UnitStatus[];
  readonly issues: { readonly errors: number; readonly warnings: number };
}

export const NO_ANNEX_FOUND = "未找到任何附件表格（标题和表头都不符合）：请确认使用的是下发的模板";

/** Merges returned workbooks into one result per annex; pure and deterministic. */
export function merge(returns: readonly ReturnedWorkbook[], options: MergeOptions = {}): MergeResult {
  const schemas = options.schemas ?? BUILTIN_ANNEXES;
  const roster = options.roster ?? [];
  const rejected: Rejected[] = [];
  const found: SheetReturn[] = [];
  returns.forEach((wb) => {
    const before = found.length;
    const skipped: AnnexSchema[] = [];
    for (const sheet of wb.sheets) {
      const reading = readSheet(sheet, schemas, {
        roster,
        fileName: wb.file,
        talkTypes: options.talkTypes,
        locale: options.locale,
      });
      if (!reading) continue;
      // 附件1 is the coordinator's own list: units send it back unchanged, so it is merged only when asked for.
      if (!reading.table.schema.collected && !options.expect?.includes(reading.table.schema.id)) {
        skipped.push(reading.table.schema);
        continue;
      }
      const unit = reading.unit.source === "none" ? "" : reading.unit.name;
      found.push({ file: wb.file, sheet: sheet.name, annex: reading.table.schema, unit, reading });
    }
    if (found.length > before) return;
    const reason = skipped.length ? onlyUncollected(skipped[0]) : NO_ANNEX_FOUND;
    rejected.push({ file: wb.file, reason });
  });

  const { kept, replaced } = resolveResubmissions(found, returns);
  const units = unitOrder(kept, roster);
  const ids = schemas.map((s) => s.id);
  const present = new Set(kept.map((r) => r.annex.id));
  const expected = options.expect ?? schemas.filter((s) => s.collected && present.has(s.id)).map((s) => s.id);
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
  const status = unitStatus(units, roster, kept, expected);
  const missing = Object.fromEntries(
    expected.map((id) => [id, status.filter((u) => u.inRoster && u.missing.includes(id)).map((u) => u.unit)]),
  );
  let errors = 0;
  let warnings = 0;
  for (const r of kept)
    for (const i of r.reading.issues)
      if (i.severity === "error") errors++;
      else warnings++;
  const marked = found.map((r) => (replaced.has(r) ? { ...r, replacedBy: replaced.get(r) } : r));
  return {
    annexes: annexes.sort((a, b) => ids.indexOf(a.schema.id) - ids.indexOf(b.schema.id)),
    expected,
    missing,
    replaced: [...replaced.entries()]
      .map(([r, by]) => ({ unit: r.unit, annex: r.annex.id, file: r.file, by }))
      .filter((x, i, all) => all.findIndex((y) => y.file === x.file && y.annex === x.annex && y.unit === x.unit) === i),
    rejected,
    returns: marked,
    status,
    issues: { errors, warnings },
  };
}

function onlyUncollected(schema: AnnexSchema): string {
  return `只含附件${schema.number} ${schema.shortName}（下发的清单，默认不汇总），没有需要汇总的附件；如确需汇总，请用 --expect ${schema.number}`;
}

/** For each unit and annex, the latest file wins: saved time, then file time, then input order. */
function resolveResubmissions(found: SheetReturn[], returns: readonly ReturnedWorkbook[]) {
  const order = new Map(returns.map((wb, i) => [wb.file, i]));
  const meta = new Map(returns.map((wb) => [wb.file, wb]));
  const groups = new Map<string, SheetReturn[]>();
  for (const r of found) {
    const key = `${r.annex.id}\u0000${r.unit || `?${r.file}`}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const kept: SheetReturn[] = [];
  const replaced = new Map<SheetReturn, string>();
  for (const group of groups.values()) {
    // An empty form never replaces a filled one (a unit re-sending the whole workbook to fix one sheet).
    const filled = group.filter((r) => r.reading.rows.length > 0);
    const candidates = filled.length ? filled : group;
    const files = [...new Set(candidates.map((r) => r.file))];
    files.sort((a, b) => compareTime(meta.get(a)!, meta.get(b)!) || order.get(a)! - order.get(b)!);
    const winner = files[files.length - 1];
    for (const r of group) {
      if (r.file === winner) kept.push(r);
      else if (candidates.includes(r)) replaced.set(r, winner);
    }
  }
  kept.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { kept, replaced };
}

function compareTime(a: ReturnedWorkbook, b: ReturnedWorkbook): number {
  const saved = (a.savedAt ?? -Infinity) - (b.savedAt ?? -Infinity);
  if (saved !== 0 && !Number.isNaN(saved)) return saved;
  const modified = (a.modifiedAt ?? -Infinity) - (b.modifiedAt ?? -Infinity);
  return Number.isNaN(modified) ? 0 : modified;
}

/** Roster order first, then other named units by name, then returns whose unit is unknown. */
function unitOrder(kept: SheetReturn[], roster: Roster): string[] {
  const named = [...new Set(kept.map((r) => r.unit).filter((u) => u && !roster.includes(u)))].sort();
  const unknown = kept.some((r) => !r.unit) ? [""] : [];
  return [...roster, ...named, ...unknown];
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
  for (const unit of units)
    for (const r of readings.filter((x) => x.unit === unit)) {
      const byRow = new Map<number, Issue[]>();
      for (const issue of r.reading.issues)
        if (issue.row !== undefined) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
      for (const row of r.reading.rows) {
        const extras: Record<string, CellValue> = {};
        r.reading.table.extras.forEach((x, i) => (extras[cleanText(x.header)] = row.extras[i]));
        rows.push({
          unit,
          file: r.file,
          sheet: r.sheet,
          sourceRow: row.row + 1,
          values: normalizeValues(schema, row.values, options),
          extras,
          issues: byRow.get(row.row) ?? [],
        });
        counts[unit] = (counts[unit] ?? 0) + 1;
      }
    }
  return { schema, rows, extraHeaders, units: counts };
}

function normalizeValues(
  schema: AnnexSchema,
  values: Readonly<Record<string, CellValue>>,
  options: MergeOptions,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const col of schema.columns) {
    const v = values[col.key];
    if (v === null || v === undefined) out[col.key] = null;
    else if (col.type === "date" && isDateCell(v))
      out[col.key] = v; // a date cell is a date already
    else if (col.type === "date") {
      const d = parseDate(v);
      out[col.key] = d && d.ok ? { kind: "date", serial: d.serial } : typeof v === "object" ? v : String(v).trim();
    } else if (col.type === "enum" && typeof v === "string") {
      const allowed = (col.enumCode === "talk-type" && options.talkTypes) || col.enumeration || [];
      out[col.key] = canonicalEnum(v, allowed) ?? v.trim();
    } else out[col.key] = typeof v === "string" ? v.trim() : v;
  }
  return out;
}

function unitStatus(units: string[], roster: Roster, kept: SheetReturn[], expected: readonly string[]): UnitStatus[] {
  return units.map((unit) => {
    const mine = kept.filter((r) => r.unit === unit);
    const annexes: Record<string, { rows: number; errors: number; warnings: number; files: string[] }> = {};
    for (const r of mine) {
      const a = (annexes[r.annex.id] ??= { rows: 0, errors: 0, warnings: 0, files: [] });
      a.rows += r.reading.rows.length;
      for (const i of r.reading.issues)
        if (i.severity === "error") a.errors++;
        else a.warnings++;
      if (!a.files.includes(r.file)) a.files.push(r.file);
    }
    // A form sent back with nothing filled in has not been returned yet.
    return { unit, inRoster: roster.includes(unit), annexes, missing: expected.filter((id) => !annexes[id]?.rows) };
  });
}
