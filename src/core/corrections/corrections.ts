import { text, type Locale } from "../i18n/text";
import type { MergeResult } from "../merge/merge";
import { annexLabel } from "../schema/label";
import type { Severity } from "../validate/issue";

/** One thing a unit is asked to correct: where, what is wrong, what to write instead. */
export interface CorrectionItem {
  readonly annex: string;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  /** Where the cell is in words, for a form filled in a Word table (第1个表格第3行第7列). */
  readonly place?: string;
  readonly severity: Exclude<Severity, "info">;
  /** The rule (the issue's code): items of one rule and severity are one kind in the message. */
  readonly code: string;
  readonly message: string;
  readonly hint: string;
}

/** What one unit is asked to correct (退回修改), the files it sent. */
export interface UnitCorrections {
  readonly unit: string;
  readonly files: readonly string[];
  readonly items: readonly CorrectionItem[];
}

const HINTS: Record<string, Parameters<typeof text>[1]> = {
  required: "fix.required",
  date: "fix.date",
  "talk-type": "fix.talk-type",
  enum: "fix.enum",
  unit: "fix.unit",
  count: "fix.count",
  duplicate: "fix.duplicate",
  header: "fix.header",
};

/**
 * For each unit whose kept returns have errors: every error (and warning) with the cell, the
 * message and what to write; units in status order. Replaced returns are not asked about.
 */
export function corrections(result: MergeResult, locale: Locale = "zh-CN"): UnitCorrections[] {
  const out: UnitCorrections[] = [];
  for (const status of result.status) {
    if (!status.unit || status.errors === 0) continue;
    const returns = result.returns.filter((r) => r.unit === status.unit && !r.replacedBy);
    const items: CorrectionItem[] = [];
    for (const r of returns)
      for (const i of r.reading.issues) {
        if (i.severity === "info") continue;
        const hintKey = HINTS[i.code];
        items.push({
          annex: annexLabel(r.annex, locale),
          file: r.file,
          sheet: r.sheet,
          cell: i.cell,
          ...(i.place ? { place: i.place } : {}),
          severity: i.severity,
          code: i.code,
          message: i.message,
          hint: hintKey ? text(locale, hintKey as never) : "",
        });
      }
    if (items.some((i) => i.severity === "error"))
      out.push({ unit: status.unit, files: [...new Set(returns.map((r) => r.file))], items });
  }
  return out;
}

/**
 * Items of one kind (a rule and a severity) listed for a sheet in the message before the rest of
 * that kind is said in one line with its first and last cell: a slip pasted into 450 rows would
 * make a chat message of 450 lines. The unit's 退回修改 workbook marks every cell.
 */
const ITEMS_PER_KIND = 10;

/** The correction list as a message a coordinator can paste into a chat to the unit. */
export function correctionText(c: UnitCorrections, locale: Locale = "zh-CN"): string {
  const errors = c.items.filter((i) => i.severity === "error").length;
  const warnings = c.items.length - errors;
  const lines = [
    warnings
      ? text(locale, "fix.intro-warnings", { unit: c.unit, errors, warnings })
      : text(locale, "fix.intro", { unit: c.unit, errors }),
  ];
  const blocks = new Map<string, CorrectionItem[]>();
  for (const i of c.items) {
    const here = text(locale, "fix.where", { annex: i.annex, file: i.file, sheet: i.sheet });
    const block = blocks.get(here);
    if (block) block.push(i);
    else blocks.set(here, [i]);
  }
  for (const [here, items] of blocks) {
    lines.push(here);
    const left = new Map<string, CorrectionItem[]>();
    for (const i of items) {
      const kind = `${i.severity} ${i.code}`;
      let same = left.get(kind);
      if (!same) left.set(kind, (same = []));
      if (same.push(i) > ITEMS_PER_KIND) continue;
      const hint = i.hint ? text(locale, "fix.hint-sep") + i.hint : "";
      lines.push(
        text(locale, i.severity === "error" ? "fix.item-error" : "fix.item-warning", {
          cell: i.place ?? i.cell,
          message: i.message,
        }) + hint,
      );
    }
    for (const same of left.values())
      if (same.length > ITEMS_PER_KIND) {
        const rest = same.slice(ITEMS_PER_KIND);
        const first = rest[0].place ?? rest[0].cell;
        const last = rest[rest.length - 1].place ?? rest[rest.length - 1].cell;
        lines.push(
          text(locale, "fix.more", {
            count: rest.length,
            cells: rest.length === 1 ? first : text(locale, "fix.cells-span", { first, last }),
          }),
        );
      }
  }
  lines.push(text(locale, "fix.outro"));
  return lines.join("\n");
}
