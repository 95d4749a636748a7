import { interpolate, catalog, ref, type Locale, type MessageRef } from "../i18n/text";
import { extractRows, nothingToReport, withUntitledColumns, type DataRow, type NothingLine } from "../locate/extract";
import { detect, locate, type LocatedTable } from "../locate/locate";
import { detectAll, titledForm, underTitle } from "../locate/tables";
import { unlabelledLines } from "../locate/unit-line";
import { originCell, verticalForm, type VerticalForm } from "../locate/vertical";
import { a1, columnLetter } from "../sheet/address";
import { resolveUnit, unitNamedAlone, type ResolvedUnit } from "../roster/resolve-unit";
import type { Roster } from "../roster/roster";
import type { AnnexSchema } from "../schema/types";
import { Grid, cellText } from "../sheet/grid";
import { labelKey } from "../text/normalize";
import type { SheetData, WordTable } from "../sheet/types";
import { wordPlace, wordRowPlace } from "../sheet/place";
import { shown, type RuleContext } from "./context";
import { issue, messageKey, type Issue, type RawIssue } from "./issue";
import { countRule } from "./rules/count";
import { dateRule } from "./rules/date";
import { duplicateRule } from "./rules/duplicate";
import { enumerationRule } from "./rules/enumeration";
import { headerRule } from "./rules/header";
import { hiddenRowsRule } from "./rules/hidden-rows";
import { hiddenSheetRule } from "./rules/hidden-sheet";
import { sampleSheetRule } from "./rules/sample-sheet";
import { formulaRule } from "./rules/formula";
import { oneItemRule } from "./rules/one-item";
import { onePersonRule } from "./rules/one-person";
import { dittoRule } from "./rules/ditto";
import { exampleRule } from "./rules/example";
import { requiredRule } from "./rules/required";
import { nothingRule } from "./rules/nothing";
import { unitRule } from "./rules/unit";

export interface ValidateOptions {
  readonly roster?: Roster;
  /** The workbook's file name: the unit falls back to it when 填报单位 is empty. */
  readonly fileName?: string;
  /** Allowed talk types (the plan says 「等」); defaults to the schema's list. */
  readonly talkTypes?: readonly string[];
  readonly locale?: Locale;
  /**
   * The day the form was filled in by, as a 1900 serial: the workbook's saved day (else the file's),
   * or today for the open workbook. A `past` date after it is warned of.
   */
  readonly asOf?: number;
}

/** A sheet read as an annex: where the table is, its rows, its unit and what is wrong. */
export interface SheetReading {
  readonly table: LocatedTable;
  readonly rows: readonly DataRow[];
  readonly unit: ResolvedUnit;
  readonly issues: readonly Issue[];
  /** No rows, and a line saying there is nothing to report (本季度未开展谈话): a return all the same. */
  readonly nothing?: NothingLine;
}

const RULES = [
  headerRule,
  hiddenSheetRule,
  hiddenRowsRule,
  sampleSheetRule,
  unitRule,
  formulaRule,
  oneItemRule,
  onePersonRule,
  dittoRule,
  exampleRule,
  requiredRule,
  nothingRule,
  dateRule,
  enumerationRule,
  countRule,
  duplicateRule,
];

/**
 * Validates a sheet against an annex schema. Synchronous and total: whatever the sheet holds,
 * it returns issues (a sheet without the annex's header yields one `header` issue).
 */
export function validate(sheet: SheetData, schema: AnnexSchema, options: ValidateOptions = {}): Issue[] {
  const grid = new Grid(sheet);
  const table = locate(grid, schema) ?? underTitle(grid, [schema]);
  if (!table) {
    const first = schema.columns.find((c) => c.type !== "index") ?? schema.columns[0];
    const at = { severity: "error", cell: "A1", value: "" } as const;
    return render([issue("header.missing", { column: first.header.replace(/\n/g, "") }, at)], options);
  }
  const { issues } = readTable(grid, table, options);
  return sheet.word ? withPlaces(issues, sheet.word, options) : (issues as Issue[]);
}

/**
 * Why a sheet titled as a form (学习宣传贯彻党的二十大精神·提建议清单) is not read when no header of
 * the form was found in it, rows following the title; null for any other sheet, and for a hidden
 * one (an old copy nobody sees). Such a sheet is reported, never passed over in silence.
 */
export function unreadForm(
  sheet: SheetData,
  schemas: readonly AnnexSchema[],
): { readonly schema: AnnexSchema; readonly why: MessageRef } | null {
  if (sheet.hidden) return null;
  const schema = titledForm(new Grid(sheet), schemas);
  if (!schema) return null;
  const columns = schema.columns
    .filter((c) => c.type !== "index")
    .map((c) => c.header.replace(/\s*\n\s*/g, "/"))
    .join("、");
  return {
    schema,
    why: ref("sheet.unread", { sheet: sheet.name, number: schema.number, name: schema.shortName, columns }),
  };
}

/** Which of the schemas the sheet holds (its first SCAN_ROWS rows are enough), or null; standing up too. */
export function detectAnnex(sheet: SheetData, schemas: readonly AnnexSchema[]): AnnexSchema | null {
  const grid = new Grid(sheet);
  const found = detect(grid, schemas)?.schema;
  if (found) return found;
  const form = verticalForm(grid, schemas);
  const standing = form ? detect(new Grid(form.sheet), schemas)?.schema : undefined;
  return standing ?? underTitle(grid, schemas)?.schema ?? null;
}

/**
 * Finds which of the schemas the sheet holds and reads it; null when it holds none. Where forms
 * stand one below another, the best-matching one, read up to where the next begins.
 */
export function readSheet(
  sheet: SheetData,
  schemas: readonly AnnexSchema[],
  options: ValidateOptions = {},
): SheetReading | null {
  const grid = new Grid(sheet);
  const tables = detectAll(grid, schemas);
  if (!tables.length) {
    const found = readStandingUp(grid, schemas, options)[0] ?? readUnderTitle(grid, schemas, options)[0];
    return found ? withFarCells(sheet, placed(sheet, [found], options), options)[0] : null;
  }
  const best = tables.reduce((b, t) => (t.score > b.score ? t : b));
  const read = readTable(best.sheet ? new Grid(best.sheet) : grid, best, options);
  return withFarCells(sheet, placed(sheet, [read], options), options)[0];
}

/** Every form the sheet holds, top to bottom (units sometimes paste 附件3-5 one below another), each read. */
export function readSheets(
  sheet: SheetData,
  schemas: readonly AnnexSchema[],
  options: ValidateOptions = {},
): SheetReading[] {
  const grid = new Grid(sheet);
  const tables = detectAll(grid, schemas);
  if (tables.length)
    return withFarCells(
      sheet,
      placed(
        sheet,
        tables.map((table) => readTable(table.sheet ? new Grid(table.sheet) : grid, table, options)),
        options,
      ),
      options,
    );
  const standing = readStandingUp(grid, schemas, options);
  return withFarCells(
    sheet,
    placed(sheet, standing.length ? standing : readUnderTitle(grid, schemas, options), options),
    options,
  );
}

/**
 * The sheet's values a reader left aside far to the right (SheetData.beyond: a stray entry in
 * XFD5), said once, on its first form: not merged, and never dropped unsaid.
 */
function withFarCells(sheet: SheetData, readings: SheetReading[], options: ValidateOptions): SheetReading[] {
  const far = sheet.beyond;
  if (!far?.length || !readings.length) return readings;
  const { r, c, value } = far[0];
  const at = { severity: "warning", cell: a1(r, c), value: shown(value) } as const;
  const said = renderIssue(
    issue("sheet.far-cells", { sheet: sheet.name, count: far.length, column: c + 1 }, at),
    options.locale,
  );
  return [{ ...readings[0], issues: [...readings[0].issues, said] }, ...readings.slice(1)];
}

/**
 * Readings of a sheet read from a Word table: each issue also says where its cell is in the table,
 * and each row which of the table's rows it is (see wordPlace, wordRowPlace).
 */
function placed(sheet: SheetData, readings: SheetReading[], options: ValidateOptions): SheetReading[] {
  const { word } = sheet;
  if (!word) return readings;
  const locale = options.locale ?? "zh-CN";
  return readings.map((r) => ({
    ...r,
    rows: r.rows.map((row) => {
      const place = wordRowPlace(row.sourceRow ?? row.row, word, locale);
      return place ? { ...row, place } : row;
    }),
    issues: withPlaces(r.issues, word, options),
  }));
}

function withPlaces(issues: readonly Issue[], word: WordTable, options: ValidateOptions): Issue[] {
  return issues.map((i) => {
    const place = wordPlace(i.cell, word, options.locale ?? "zh-CN");
    return place ? { ...i, place } : i;
  });
}

/** A form known by its title, its header found only with the form's short names (see underTitle). */
function readUnderTitle(grid: Grid, schemas: readonly AnnexSchema[], options: ValidateOptions): SheetReading[] {
  const table = underTitle(grid, schemas);
  return table ? [readTable(grid, table, options)] : [];
}

/**
 * A form filled in standing up (headers down a column, an item a column: see vertical.ts), read
 * laid flat; cells reported are those of the sheet as sent, rows named by where the form begins.
 */
function readStandingUp(grid: Grid, schemas: readonly AnnexSchema[], options: ValidateOptions): SheetReading[] {
  const form = verticalForm(grid, schemas);
  if (!form) return [];
  const flat = new Grid(form.sheet);
  return detectAll(flat, schemas).map((table) => {
    const reading = readTable(flat, table, options);
    const first = form.origin(table.headerRow, 0);
    const at = { severity: "info", cell: a1(first.r, first.c), value: "" } as const;
    const said = issue("header.vertical", { column: columnLetter(first.c), items: reading.rows.length }, at);
    return {
      ...reading,
      rows: reading.rows.map((r) => ({ ...r, sourceRow: first.r })),
      issues: [...render([said], options), ...reading.issues.map((i) => standingUpIssue(i, form, table, options))],
    };
  });
}

/**
 * An issue of a form read laid flat, as of the sheet as sent: its cell where it stands; a repeat
 * names the earlier item by its first cell (its row in the flat form means nothing to the reader).
 */
function standingUpIssue(i: Issue, form: VerticalForm, table: LocatedTable, options: ValidateOptions): Issue {
  const cell = originCell(form, i.cell);
  if (i.code !== "duplicate" || i.reason !== undefined) return { ...i, cell };
  const earlier = (i.params as { first: number }).first - 1;
  const c = table.columns.find((x, k) => x >= 0 && table.schema.columns[k].type !== "index") ?? 0;
  const at = form.origin(earlier, c);
  const raw = issue("duplicate.item", { cell: a1(at.r, at.c) }, { ...i, cell });
  return renderIssue(raw, options.locale);
}

function readTable(grid: Grid, located: LocatedTable, options: ValidateOptions): SheetReading {
  const extracted = withUntitledColumns(grid, located, extractRows(grid, located));
  const { rows } = extracted;
  const roster = options.roster ?? [];
  const resolve = (t: LocatedTable) =>
    resolveUnit(t.unitLine?.text ?? "", options.fileName ?? "", roster, titleRest(grid, t), grid.sheet.name);
  let table = extracted.table;
  let unit = resolve(table);
  // The line typed over (南县分局（盖章） where 「填报单位：」 was): a roster unit named there; where
  // nothing else names a unit, a name that reads as a unit's too (then said to be off the roster).
  if (!table.unitLine && (roster.length || unit.source === "none")) {
    const named = (text: string) =>
      unitNamedAlone(text, roster) ?? (unit.source === "none" ? unitNamedAlone(text, []) : null);
    const line = unlabelledLines(grid, table.headerRow, table.titleRow).find((l) => named(l.text));
    if (line) unit = resolve((table = { ...table, unitLine: line }));
  }
  const ctx: RuleContext = {
    table,
    rows,
    unit,
    rosterGiven: roster.length > 0,
    sheetName: grid.sheet.name,
    nothing: rows.length ? undefined : (nothingToReport(grid, table) ?? undefined),
    hiddenSheet: grid.sheet.hidden ? grid.sheet.name : undefined,
    hiddenRows: grid.sheet.hiddenRows?.length && !grid.sheet.hidden ? new Set(grid.sheet.hiddenRows) : undefined,
    formulaAt: grid.sheet.uncalculated?.length ? (r, c) => grid.formulaAt(r, c) : undefined,
    asOf: options.asOf,
    enumerations: options.talkTypes ? { "talk-type": options.talkTypes } : {},
  };
  const raw: RawIssue[] = [];
  // Not push(...rule(ctx)): a rule can report more issues than a call can take arguments.
  for (const rule of RULES) for (const found of rule(ctx)) raw.push(found);
  const issues = render(sortIssues(raw), options);
  return ctx.nothing ? { table, rows, unit, issues, nothing: ctx.nothing } : { table, rows, unit, issues };
}

/** The form's title line without the form's own name (and 附件N): what else it says, such as a unit. */
function titleRest(grid: Grid, table: LocatedTable): string {
  if (table.titleRow < 0) return "";
  let text = "";
  for (let c = 0, n = grid.width(table.titleRow); c < n; c++) text += cellText(grid.raw(table.titleRow, c));
  const { title, shortName, number } = table.schema;
  const rest = labelKey(text).replace(labelKey(title), "").replace(labelKey(shortName), "");
  return rest.startsWith(`附件${number}`) ? rest.slice(`附件${number}`.length) : rest;
}

function sortIssues(issues: RawIssue[]): RawIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.row ?? -1) - (b.issue.row ?? -1) || a.i - b.i)
    .map((x) => x.issue);
}

function render(issues: RawIssue[], options: ValidateOptions): Issue[] {
  return issues.map((raw) => renderIssue(raw, options.locale));
}

/** An issue with its message in the locale's catalog. */
export function renderIssue(raw: RawIssue, locale: Locale = "zh-CN"): Issue {
  return {
    ...raw,
    message: interpolate(catalog(locale)[messageKey(raw)], { value: quoted(raw.value), ...raw.params }),
  };
}

/** Characters of a value quoted in a message; the issue keeps the whole value. */
export const QUOTED_VALUE_CHARS = 60;

function quoted(value: string): string {
  const chars = [...value.slice(0, QUOTED_VALUE_CHARS * 2)];
  return chars.length > QUOTED_VALUE_CHARS ? `${chars.slice(0, QUOTED_VALUE_CHARS).join("")}…` : value;
}
