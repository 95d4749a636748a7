import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** Every required column is filled on every data row. */
export function requiredRule({ table, rows }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  for (const row of rows)
    table.schema.columns.forEach((col, i) => {
      const c = table.columns[i];
      if (!col.required || c < 0 || row.values[col.key] !== null) return;
      const at = { severity: "error", cell: a1(row.row, c), value: "", field: col.key, row: row.row } as const;
      issues.push(issue("required", { column: col.header.replace(/\n/g, "") }, at));
    });
  return issues;
}
