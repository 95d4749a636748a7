import { render, type Locale, type MessageRef } from "../core/i18n/text";
import type { Roster } from "../core/roster/roster";
import type { AnnexSchema } from "../core/schema/types";
import type { Issue } from "../core/validate/issue";
import { readSheets, unreadForm, type SheetReading } from "../core/validate/validate";
import { withFileUnit } from "../core/validate/file-unit";
import { noFormReason } from "../core/merge/merge";
import type { CellValue } from "../core/sheet/types";
import { serialToYmd } from "../core/dates/serial";
import { serialOf } from "../core/request/request";
import { readInput, type FileHost, type InputFile, type Progress } from "./files";

export interface SheetReport {
  readonly sheet: string;
  readonly annex: string;
  readonly unit: string;
  readonly rows: number;
  readonly issues: readonly (Pick<Issue, "severity" | "code" | "cell" | "place" | "value" | "message" | "field"> & {
    /** Zero-based source row of the data row concerned. */
    readonly row?: number;
  })[];
  /** The rows that have issues, as the unit filled them (header and value of each column), by source row. */
  readonly rowViews?: Readonly<Record<number, readonly RowCell[]>>;
}

/** One cell of a row shown to the coordinator: its column's header, what it holds, the form's key. */
export interface RowCell {
  readonly header: string;
  readonly value: string;
  readonly key?: string;
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

/** The rows that have issues, each as header → value in the sheet's column order. */
function rowViews(reading: SheetReading): Record<number, RowCell[]> {
  const wanted = new Set(reading.issues.flatMap((i) => (i.row === undefined ? [] : [i.row])));
  const out: Record<number, RowCell[]> = {};
  const { schema, columns, extras } = reading.table;
  for (const row of reading.rows) {
    if (!wanted.has(row.row)) continue;
    const cells: { col: number; cell: RowCell }[] = schema.columns.map((c, i) => ({
      col: columns[i] < 0 ? Number.MAX_SAFE_INTEGER - i : columns[i],
      cell: { header: c.header.replace(/\s+/g, " "), value: shown(row.values[c.key]), key: c.key },
    }));
    extras.forEach((x, i) => cells.push({ col: x.col, cell: { header: x.header, value: shown(row.extras[i]) } }));
    out[row.row] = cells.sort((a, b) => a.col - b.col).map((c) => c.cell);
  }
  return out;
}

function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    const d = serialToYmd(v.serial);
    return `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
  }
  return String(v);
}

function sheetReport({ sheet, reading }: { sheet: string; reading: SheetReading }): SheetReport {
  return {
    sheet,
    annex: reading.table.schema.id,
    unit: reading.unit.name,
    rows: reading.rows.length,
    issues: reading.issues.map(({ severity, code, cell, place, value, message, field, row }) => ({
      severity,
      code,
      cell,
      ...(place ? { place } : {}),
      value,
      message,
      field,
      row,
    })),
    rowViews: rowViews(reading),
  };
}

/** One file validated (or why it cannot be read). */
export function validateFile(f: InputFile, host: FileHost, options: ValidateFilesOptions): FileReport {
  const wb = readInput(f, (b, n) => host.read(b, n));
  if (!wb.ok) return { file: f.name, error: render(wb.why, options.locale), why: wb.why, unreadable: true, sheets: [] };
  const reports: SheetReport[] = [];
  const saved = wb.savedAt ?? f.savedAt ?? f.modifiedAt;
  const common = {
    roster: options.roster,
    fileName: f.name,
    talkTypes: options.talkTypes,
    locale: options.locale,
    // A talk dated after the file was saved is warned of.
    asOf: saved === undefined ? undefined : serialOf(saved),
  };
  // In sheet order: a sheet that could not be read as its form, or a reading (made below, once the
  // file's sheets are all read: a sheet may take its unit from another's 填报单位 line).
  const order: (SheetReport | null)[] = [];
  const read: { sheet: string; reading: SheetReading }[] = [];
  for (const sheet of wb.sheets) {
    const readings = readSheets(sheet, options.schemas, common);
    // A sheet titled as a form whose header was not found: said, not passed over.
    const unread = readings.length ? null : unreadForm(sheet, options.schemas);
    if (unread)
      order.push({
        sheet: sheet.name,
        annex: unread.schema.id,
        unit: "",
        rows: 0,
        issues: [
          { severity: "error", code: "sheet", cell: "A1", value: "", message: render(unread.why, options.locale) },
        ],
        rowViews: {},
      });
    for (const reading of readings) {
      read.push({ sheet: sheet.name, reading });
      order.push(null);
    }
  }
  const readings = withFileUnit(read, options.locale);
  let next = 0;
  for (const report of order) reports.push(report ?? sheetReport(readings[next++]));
  if (reports.length) return { file: f.name, error: null, why: null, unreadable: false, sheets: reports };
  const why = noFormReason(wb.sheets);
  return { file: f.name, error: render(why, options.locale), why, unreadable: false, sheets: [] };
}
