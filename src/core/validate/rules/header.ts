import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import type { RawIssue } from "../issue";

/** Every column of the form is present; columns the form lacks are reported (and kept). */
export function headerRule({ table }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const lastCol = Math.max(0, ...table.columns);
  table.schema.columns.forEach((col, i) => {
    if (table.columns[i] >= 0 || col.type === "index") return;
    issues.push({
      severity: col.required ? "error" : "warning",
      code: "header",
      reason: "missing",
      cell: a1(table.headerRow, lastCol + 1),
      value: "",
      params: { column: col.header.replace(/\n/g, "") },
    });
  });
  for (const x of table.extras)
    issues.push({
      severity: "warning",
      code: "header",
      reason: "unknown",
      cell: a1(table.headerRow, x.col),
      value: x.header,
      params: { header: x.header },
    });
  return issues;
}
