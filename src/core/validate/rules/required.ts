import { a1 } from "../../sheet/address";
import { shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** What people put in a cell to leave it empty on purpose: 「/」, 「—」, 「无」, 「暂无」… */
const PLACEHOLDER = /^\s*(?:[/\\\-—–_.·、…～~]+|无|暂无|空|没有|略|N\/?A)\s*$/i;

/**
 * Every required column is filled on every data row; a placeholder (「/」, 「无」) in a required
 * column is not a value (reason `placeholder`).
 */
export function requiredRule({ table, rows }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  for (const row of rows)
    table.schema.columns.forEach((col, i) => {
      const c = table.columns[i];
      if (!col.required || c < 0) return;
      const v = row.values[col.key];
      const placeholder = typeof v === "string" && PLACEHOLDER.test(v);
      if (v !== null && !placeholder) return;
      const at = { severity: "error", cell: a1(row.row, c), value: shown(v), field: col.key, row: row.row } as const;
      const params = { column: col.header.replace(/\n/g, "") };
      issues.push(placeholder ? issue("required.placeholder", params, at) : issue("required", params, at));
    });
  return issues;
}
