import { ymdToSerial } from "../dates/serial";
import { text } from "../i18n/text";
import { annexLabel, annexNumber } from "../schema/label";
import type { AnnexSchema } from "../schema/types";
import type { CellRange } from "../sheet/types";
import type { ModelCell, NamedRange, SheetModel, ValidationModel, WorkbookModel } from "../workbook/model";

/** Rows of every template: 附件N, title, 填报单位 line, header. */
export const TEMPLATE_HEADER_ROW = 3;
export const LISTS_SHEET = "_lists";
const UNIT_LINE = text("zh-CN", "template.unit-line");
const DATE_MIN = ymdToSerial({ y: 2000, m: 1, d: 1 });
const DATE_MAX = ymdToSerial({ y: 2099, m: 12, d: 31 });

/** A template's sheet name: 「附件2 大谈话统计表」 (the forms are Chinese whatever the pane's language). */
export function sheetNameFor(schema: AnnexSchema): string {
  return annexLabel(schema).slice(0, 31);
}

export function listNameFor(schema: AnnexSchema, key: string): string {
  return `HB_${schema.id}_${key}`.replace(/[^A-Za-z0-9_]/g, "_");
}

export interface TemplateOptions {
  readonly talkTypes?: readonly string[];
  /**
   * The annexes whose lists the hidden lists sheet holds, in this order (default: the ones built).
   * Inserting into a workbook that already has templates passes all of them, so every list keeps
   * its column and the dropdowns of sheets inserted earlier keep pointing at the right values.
   */
  readonly listsOf?: readonly AnnexSchema[];
  /** The unit the templates are for: its name is filled in on the 填报单位 line. */
  readonly unit?: string;
}

/** The templates of the given annexes as one workbook: a sheet each, plus a hidden sheet of lists. */
export function buildTemplates(schemas: readonly AnnexSchema[], options: TemplateOptions = {}): WorkbookModel {
  const wanted: { name: string; values: readonly string[] }[] = [];
  const sheets = schemas.map((s) => buildSheet(s, wanted, options));
  const lists: { name: string; values: readonly string[] }[] = [];
  if (wanted.length) {
    const all: { name: string; values: readonly string[] }[] = [];
    for (const s of options.listsOf ?? schemas) buildSheet(s, all, options);
    for (const l of [...all, ...wanted]) if (!lists.some((x) => x.name === l.name)) lists.push(l);
  }
  const names: NamedRange[] = [];
  if (lists.length) {
    const rows: (ModelCell | null)[][] = [];
    lists.forEach((list, c) => {
      list.values.forEach((v, r) => ((rows[r] ??= [])[c] = { v }));
      names.push({ name: list.name, sheet: LISTS_SHEET, range: { r1: 0, c1: c, r2: list.values.length - 1, c2: c } });
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    sheets.push({ name: LISTS_SHEET, hidden: true, rows, merges: [], widths: lists.map(() => 16) });
  }
  return { sheets, names };
}

function buildSheet(
  schema: AnnexSchema,
  lists: { name: string; values: readonly string[] }[],
  options: TemplateOptions,
): SheetModel {
  const n = schema.columns.length;
  const last = n - 1;
  const rows: (ModelCell | null)[][] = [];
  const merges: CellRange[] = [];
  rows.push([{ v: annexNumber(schema), s: "annexLabel" }]);
  rows.push([{ v: schema.title, s: "title" }]);
  merges.push({ r1: 1, c1: 0, r2: 1, c2: last });
  const unit = options.unit ?? "";
  if (n >= 3) {
    rows.push([{ v: UNIT_LINE, s: "label" }, null, { v: unit, s: "label" }]);
    merges.push({ r1: 2, c1: 0, r2: 2, c2: 1 }, { r1: 2, c1: 2, r2: 2, c2: last });
  } else {
    rows.push([
      { v: UNIT_LINE, s: "label" },
      { v: unit, s: "label" },
    ]);
  }
  rows.push(schema.columns.map((c) => ({ v: c.header, s: "header" as const })));
  // Equal neighbouring headers (附件1's 任务事项) form one merged header cell, as in the plan.
  for (let c = 1; c < n; c++)
    if (schema.columns[c].header === schema.columns[c - 1].header) {
      merges.push({ r1: TEMPLATE_HEADER_ROW, c1: c - 1, r2: TEMPLATE_HEADER_ROW, c2: c });
      rows[TEMPLATE_HEADER_ROW][c] = { v: "", s: "header" };
    }

  const first = TEMPLATE_HEADER_ROW + 1;
  const prefilled = schema.prefilled ?? [];
  prefilled.forEach((values) =>
    rows.push(schema.columns.map((col) => ({ v: values[col.key] ?? "", s: styleOf(col.type) }))),
  );
  for (let i = 0; i < schema.blankRows; i++) {
    const numbered = i < (schema.numberedRows ?? 0);
    rows.push(
      schema.columns.map((col) => ({ v: col.type === "index" && numbered ? i + 1 : "", s: styleOf(col.type) })),
    );
  }
  const lastData = rows.length - 1;
  for (const m of mergeDown(schema, prefilled, first)) {
    merges.push(m);
    for (let r = m.r1 + 1; r <= m.r2; r++) rows[r][m.c1] = { v: "", s: rows[r][m.c1]?.s };
  }
  for (const note of schema.notes) {
    rows.push([{ v: note, s: "note" }]);
    merges.push({ r1: rows.length - 1, c1: 0, r2: rows.length - 1, c2: last });
  }

  const validations: ValidationModel[] = [];
  schema.columns.forEach((col, c) => {
    const range = { r1: first, c1: c, r2: Math.max(lastData, first), c2: c };
    if (col.type === "enum") {
      const given = col.enumCode === "talk-type" ? options.talkTypes : undefined;
      const values = given || col.enumeration || [];
      // A list the coordinator gave is the whole list: only the form's own (the plan's 等) asks rather than refuses.
      const open = col.open === true && !given;
      const name = listNameFor(schema, col.key);
      lists.push({ name, values });
      const listError = open ? "template.list-error-open" : "template.list-error";
      validations.push({
        kind: "list",
        range,
        listName: name,
        alert: open ? "warning" : "stop",
        errorTitle: text("zh-CN", "template.list-title"),
        error: text("zh-CN", listError, { column: col.header, allowed: values.join("、") }),
        prompt: text("zh-CN", "template.list-prompt"),
      });
    }
    if (col.type === "date")
      validations.push({
        kind: "date",
        range,
        min: DATE_MIN,
        max: DATE_MAX,
        alert: prefilled.length ? "warning" : "stop",
        errorTitle: text("zh-CN", "template.date-title"),
        error: text("zh-CN", "template.date-error"),
        prompt: text("zh-CN", "template.date-prompt"),
      });
  });

  return {
    name: sheetNameFor(schema),
    rows,
    merges,
    widths: schema.columns.map((c) => c.width),
    heights: { 1: 32, [TEMPLATE_HEADER_ROW]: 30 },
    freezeRows: first,
    printTitleRows: [0, TEMPLATE_HEADER_ROW],
    landscape: true,
    validations,
    tag: { annex: schema.id, version: schema.version },
  };
}

function styleOf(type: string) {
  return type === "index" ? ("index" as const) : type === "date" ? ("date" as const) : ("cell" as const);
}

/** Vertical merges of equal consecutive pre-filled values in the schema's mergeDown columns. */
function mergeDown(
  schema: AnnexSchema,
  prefilled: readonly Readonly<Record<string, string>>[],
  first: number,
): CellRange[] {
  const merges: CellRange[] = [];
  for (const key of schema.mergeDown ?? []) {
    const c = schema.columns.findIndex((col) => col.key === key);
    // Groups follow the first mergeDown column (the activity), so equal deadlines of two activities stay apart.
    const groupKey = schema.mergeDown![0];
    let start = 0;
    for (let i = 1; i <= prefilled.length; i++) {
      const same =
        i < prefilled.length &&
        prefilled[i][groupKey] === prefilled[start][groupKey] &&
        prefilled[i][key] === prefilled[start][key];
      if (same) continue;
      if (i - 1 > start) merges.push({ r1: first + start, c1: c, r2: first + i - 1, c2: c });
      start = i;
    }
  }
  return merges;
}
