import { a1 } from "../../sheet/address";
import { isPlaceholder, shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import type { CellValue } from "../../sheet/types";
import { saysNothing } from "../../locate/extract";

/**
 * Every required column is filled on every data row; a placeholder (「/」, 「无」) in a required
 * column is not a value (reason `placeholder`). A row that says only 「无」 (each cell it fills a
 * placeholder), or in a form of three columns or more only 「本季度未开展谈话」 in one of them, is a
 * unit saying it has nothing to report: one warning (reason `none`), no errors.
 */
export function requiredRule({ table, rows, formulaAt }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const own = table.schema.columns
    .map((col, i) => ({ col, c: table.columns[i] }))
    .filter((x) => x.col.type !== "index");
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const first = onlyPlaceholders(row.values, own) ?? onlyStatement(row.values, own);
    if (first) {
      const { col, c } = first;
      const v = shown(row.values[col.key]);
      issues.push(
        issue(
          "required.none",
          {},
          { severity: "warning", cell: a1(row.row, c), value: v, field: col.key, row: row.row },
        ),
      );
      continue;
    }
    for (let j = 0; j < own.length; j++) {
      const { col, c } = own[j];
      if (!col.required || c < 0) continue;
      const v = row.values[col.key];
      const placeholder = isPlaceholder(v);
      if (v !== null && !placeholder) continue;
      // A formula without its result is said as such (see formula.ts), not as a blank.
      if (v === null && formulaAt?.(row.row, c) !== undefined) continue;
      const at = { severity: "error", cell: a1(row.row, c), value: shown(v), field: col.key, row: row.row } as const;
      const params = { column: col.header.replace(/\n/g, "") };
      issues.push(placeholder ? issue("required.placeholder", params, at) : issue("required", params, at));
    }
  }
  return issues;
}

/** The first filled column when every filled one holds a placeholder (a row saying only 「无」), else null. */
function onlyPlaceholders<T extends { col: { key: string } }>(
  values: Readonly<Record<string, CellValue>>,
  own: readonly T[],
): T | null {
  let first: T | null = null;
  for (let j = 0; j < own.length; j++) {
    const x = own[j];
    const v = values[x.col.key];
    if (v === null) continue;
    if (!isPlaceholder(v)) return null;
    first ??= x;
  }
  return first;
}

/**
 * The one filled column when it says there is nothing to report (本季度未开展谈话) in a form of three
 * columns or more: a single column's form (附件4) is filled by one text on every row, and
 * 「建议推行无纸化办公」 is a suggestion.
 */
function onlyStatement<T extends { col: { key: string } }>(
  values: Readonly<Record<string, CellValue>>,
  own: readonly T[],
): T | null {
  if (own.length < 3) return null;
  let only: T | null = null;
  for (let j = 0; j < own.length; j++) {
    const x = own[j];
    if (values[x.col.key] === null) continue;
    if (only) return null;
    only = x;
  }
  const v = only ? values[only.col.key] : null;
  return typeof v === "string" && saysNothing(v.trim()) ? only : null;
}
