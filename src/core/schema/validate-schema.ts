import { ref, type MessageRef } from "../i18n/text";
import { daysInMonth } from "../dates/serial";
import type { AnnexSchema, ColumnSchema } from "./types";

const COLUMN_TYPES = new Set(["index", "text", "date", "enum"]);
const ENUM_CODES = new Set(["talk-type", "enum"]);

/**
 * Checks an annex schema given as data (for instance a form a coordinator adds as JSON). Returns
 * the problems found, as messages (render them in any locale); none means the schema is usable.
 */
export function checkSchema(input: unknown): MessageRef[] {
  if (!isObject(input)) return [ref("schema.not-object")];
  const s = input as Partial<AnnexSchema>;
  const problems: MessageRef[] = [];
  const form = formName(s.id);
  const say = (key: Parameters<typeof ref>[0]) => problems.push({ key, params: { form } });
  if (typeof s.id !== "string" || !/^[a-z][a-z0-9-]*$/.test(s.id)) say("schema.id");
  if (!Number.isInteger(s.number) || (s.number as number) < 1) say("schema.number");
  if (typeof s.title !== "string" || !s.title.trim()) say("schema.title");
  if (typeof s.shortName !== "string" || !s.shortName.trim()) say("schema.short-name");
  if (typeof s.unitLine !== "boolean") say("schema.unit-line");
  if (typeof s.collected !== "boolean") say("schema.collected");
  if (!Number.isInteger(s.version) || (s.version as number) < 1) say("schema.version");
  if (!Number.isInteger(s.blankRows) || (s.blankRows as number) < 0) say("schema.blank-rows");
  if (!Array.isArray(s.notes) || s.notes.some((n) => typeof n !== "string")) say("schema.notes");
  if (!Array.isArray(s.columns) || s.columns.length === 0) {
    say("schema.columns");
    return problems;
  }
  const keys = new Set<string>();
  s.columns.forEach((c, i) => problems.push(...checkColumn(c, form, i + 1, keys)));
  s.columns.forEach((c, i) => {
    const follows = isObject(c) ? (c as Partial<ColumnSchema>).follows : undefined;
    if (follows !== undefined && (typeof follows !== "string" || !keys.has(follows) || follows === c.key))
      problems.push(ref("schema.column-follows", { form, column: i + 1 }));
  });
  if (s.count !== undefined) {
    const { min, max } = s.count;
    if (
      (min !== undefined && !(Number.isInteger(min) && min >= 0)) ||
      (max !== undefined && !(Number.isInteger(max) && max >= 1))
    )
      say("schema.count");
    else if (min !== undefined && max !== undefined && min > max) say("schema.count-order");
  }
  for (const key of s.mergeDown ?? []) if (!keys.has(key)) problems.push(ref("schema.merge-down", { form, key }));
  (s.prefilled ?? []).forEach((row, i) => {
    for (const key of Object.keys(row))
      if (!keys.has(key)) problems.push(ref("schema.prefilled", { form, row: i + 1, key }));
  });
  return problems;
}

/** How a form is named in its problems: its id, where it has one. */
function formName(id: unknown): string {
  return typeof id === "string" && id ? id : "?";
}

function checkColumn(c: unknown, form: string, column: number, keys: Set<string>): MessageRef[] {
  const at = { form, column };
  if (!isObject(c)) return [ref("schema.column-object", at)];
  const col = c as Partial<ColumnSchema>;
  const problems: MessageRef[] = [];
  if (typeof col.key !== "string" || !col.key) problems.push(ref("schema.column-key", at));
  else if (keys.has(col.key)) problems.push(ref("schema.column-key-twice", { ...at, key: col.key }));
  else keys.add(col.key);
  if (typeof col.header !== "string" || !col.header.trim()) problems.push(ref("schema.column-header", at));
  if (!COLUMN_TYPES.has(col.type as string)) problems.push(ref("schema.column-type", at));
  if (col.type === "enum" && (!Array.isArray(col.enumeration) || col.enumeration.length === 0))
    problems.push(ref("schema.column-enum", at));
  if (col.enumCode !== undefined && !ENUM_CODES.has(col.enumCode)) problems.push(ref("schema.column-enum-code", at));
  if (col.past !== undefined && (typeof col.past !== "boolean" || col.type !== "date"))
    problems.push(ref("schema.column-past", at));
  if (col.since !== undefined && !(col.type === "date" && validSince(col.since)))
    problems.push(ref("schema.column-since", at));
  if (col.oneItem !== undefined && (typeof col.oneItem !== "boolean" || col.type !== "text"))
    problems.push(ref("schema.column-one-item", at));
  if (col.onePerson !== undefined && (typeof col.onePerson !== "boolean" || col.type !== "text"))
    problems.push(ref("schema.column-one-person", at));
  if (col.open !== undefined && (typeof col.open !== "boolean" || col.type !== "enum"))
    problems.push(ref("schema.column-open", at));
  if (typeof col.width !== "number" || col.width <= 0) problems.push(ref("schema.column-width", at));
  if (
    col.aliases !== undefined &&
    (!Array.isArray(col.aliases) || col.aliases.some((a) => typeof a !== "string" || !a.trim()))
  )
    problems.push(ref("schema.column-aliases", at));
  if (
    col.titledAliases !== undefined &&
    (!Array.isArray(col.titledAliases) || col.titledAliases.some((a) => typeof a !== "string" || !a.trim()))
  )
    problems.push(ref("schema.column-titled-aliases", at));
  if (
    col.parts !== undefined &&
    (!Array.isArray(col.parts) || col.parts.length < 2 || col.parts.some((p) => typeof p !== "string" || !p.trim()))
  )
    problems.push(ref("schema.column-parts", at));
  if (
    col.joins !== undefined &&
    (!Array.isArray(col.joins) || col.joins.some((p) => typeof p !== "string" || !p.trim()))
  )
    problems.push(ref("schema.column-joins", at));
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A `since` of a date column: {"date": "2022-10-16", "what": "党的二十大开幕"}, the date a real day. */
function validSince(since: unknown): boolean {
  if (!isObject(since)) return false;
  const { date, what } = since as { date?: unknown; what?: unknown };
  if (typeof what !== "string" || !what.trim() || typeof date !== "string") return false;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return (
    !!ymd &&
    Number(ymd[2]) >= 1 &&
    Number(ymd[2]) <= 12 &&
    Number(ymd[3]) >= 1 &&
    Number(ymd[3]) <= daysInMonth(Number(ymd[1]), Number(ymd[2]))
  );
}
