/**
 * Issues are data: a code (and reason) keyed into the message catalogs, never thrown. Each kind of
 * issue names its parameters here; the catalogs must have a message for every kind that uses only
 * those parameters (and `value`), or the build fails (see the check at the end).
 */
import type { MessageKey, Placeholders, TemplateOf } from "../i18n/text";
/** error: must be fixed; warning: worth a look; info: what the reader did (a header read under the form's name). */
export type Severity = "error" | "warning" | "info";

/** Every kind of issue, by message key ("code" or "code.reason"), with the parameters of its message. */
export interface IssueParams {
  required: { column: string };
  "required.placeholder": { column: string };
  "required.none": Record<string, never>;
  "date.format": { column: string };
  "date.month": { column: string; month: number };
  "date.day": { column: string; year: number; month: number; day: number; days: number };
  "date.weekday": { column: string; year: number; month: number; day: number; weekday: string };
  "date.year": { column: string; year: number | string };
  "date.year-last": { column: string; monthFirst: string; dayFirst: string };
  "date.no-year": { column: string; written: string };
  "date.several": { column: string; first: string };
  "date.span-end": { column: string; end: string };
  "date.stages-end": { column: string; end: string };
  "date.time-only": { column: string; time: string };
  "date.future": { column: string; asOf: string };
  "date.before": { column: string; since: string; what: string };
  "date.no-day": { column: string };
  "date.tenth-month": { column: string; year: number };
  "date.ongoing": { column: string };
  "item.several": { column: string; count: number; first: string };
  "person.several": { column: string; count: number; names: string };
  "formula.uncalculated": { column: string; formula: string };
  "formula.error-value": { column: string; value: string };
  ditto: { columns: string };
  "row.example": Record<string, never>;
  "row.hidden": Record<string, never>;
  "ditto.nothing-above": { column: string };
  "date.serial-text": { column: string; date: string };
  "talk-type": { column: string; allowed: string };
  enum: { column: string; allowed: string };
  "talk-type.similar": { column: string; allowed: string; similar: string };
  "enum.similar": { column: string; allowed: string; similar: string };
  "talk-type.several": { column: string; allowed: string; values: string };
  "talk-type.other": { column: string; allowed: string };
  "enum.other": { column: string; allowed: string };
  "talk-type.other-near": { column: string; allowed: string; similar: string };
  "enum.other-near": { column: string; allowed: string; similar: string };
  "enum.several": { column: string; allowed: string; values: string };
  "talk-type.unticked": { column: string; allowed: string };
  "enum.unticked": { column: string; allowed: string };
  "unit.missing": Record<string, never>;
  "unit.from-file": { unit: string };
  "unit.from-title": { unit: string };
  "unit.from-folder": { unit: string };
  "unit.from-sheet": { unit: string; sheet: string };
  "unit.from-sheet-name": { unit: string; sheet: string };
  "unit.unknown": { unit: string };
  "unit.unknown-like": { unit: string; likely: string };
  "unit.similar": { unit: string; similar: string };
  "unit.several": { unit: string; others: string };
  "unit.file-differs": { unit: string; named: string };
  "count.max": { count: number; min: number; max: number | string };
  "count.min": { count: number; min: number; max: number | string };
  duplicate: { first: number };
  "duplicate.other-sheet": { first: number; sheet: string };
  "duplicate.other-file": { first: number; file: string; sheet: string };
  "duplicate.item": { cell: string };
  "header.missing": { column: string };
  "header.unknown": { header: string };
  "header.untitled": { column: string };
  "header.mapped": { header: string; column: string };
  "header.choices": { column: string; choices: string };
  "header.vertical": { column: string; items: number };
  "sheet.hidden": { sheet: string; rows: number };
  "sheet.sample": { sheet: string; rows: number };
  "sheet.unread": { sheet: string; number: number; name: string; columns: string };
  "sheet.far-cells": { sheet: string; count: number; column: number };
}

export type IssueKey = keyof IssueParams;
type CodeOf<K extends string> = K extends `${infer C}.${string}` ? C : K;
type ReasonOf<K extends string> = K extends `${string}.${infer R}` ? R : undefined;
export type IssueCode = CodeOf<IssueKey>;
/** The reasons that refine a code (date: month, day, format…). */
export type ReasonsOf<C extends IssueCode> = ReasonOf<Extract<IssueKey, C | `${C}.${string}`>>;

export interface IssueBase {
  readonly severity: Severity;
  /** A1 address in the source sheet. */
  readonly cell: string;
  /**
   * Where the cell is in words, where the source is not a sheet (a Word table: 第2个表格第3行第7列);
   * shown to people instead of `cell`.
   */
  readonly place?: string;
  /** What the cell holds, as text. */
  readonly value: string;
  /** The schema column concerned (its key), when there is one. */
  readonly field?: string;
  /** Zero-based source row of the data row concerned, when there is one. */
  readonly row?: number;
}

/** What a rule reports; validate() adds the rendered message. One member per kind of issue. */
export type RawIssue = {
  [K in IssueKey]: IssueBase & {
    readonly code: CodeOf<K>;
    /** Refines the code; selects the message. */
    readonly reason: ReasonOf<K>;
    readonly params: Readonly<IssueParams[K]>;
  };
}[IssueKey];

export type Issue = RawIssue & { readonly message: string };

/** Builds an issue of one kind; the key fixes the code, the reason and the parameters' shape. */
export function issue<K extends IssueKey>(key: K, params: IssueParams[K], at: IssueBase): RawIssue {
  const dot = key.indexOf(".");
  return {
    ...at,
    code: dot < 0 ? key : key.slice(0, dot),
    reason: dot < 0 ? undefined : key.slice(dot + 1),
    params,
  } as RawIssue;
}

/** The catalog key of an issue's message. */
export function messageKey(issue: Pick<RawIssue, "code" | "reason">): IssueKey {
  return (issue.reason ? `${issue.code}.${issue.reason}` : issue.code) as IssueKey;
}

// ----- compile-time check: every kind of issue has a message that uses only its parameters -----
type Unfit = {
  [K in IssueKey]: K extends MessageKey
    ? Placeholders<TemplateOf<K>> extends keyof IssueParams[K] | "value"
      ? never
      : K
    : K;
}[IssueKey];
const issuesWithoutFittingMessage: Record<Unfit, never> = {};
void issuesWithoutFittingMessage;
