import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** Every column of the form is present; columns the form lacks are reported (and kept). */
export function headerRule({ table }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const lastCol = Math.max(0, ...table.columns);
  table.schema.columns.forEach((col, i) => {
    if (table.columns[i] >= 0 || col.type === "index") return;
    const at = {
      severity: col.required ? "error" : "warning",
      cell: a1(table.headerRow, lastCol + 1),
      value: "",
    } as const;
    issues.push(issue("header.missing", { column: col.header.replace(/\n/g, "") }, at));
  });
  for (const x of table.extras)
    issues.push(
      issue(
        "header.unknown",
        { header: x.header },
        { severity: "warning", cell: a1(table.headerRow, x.col), value: x.header },
      ),
    );
  return issues;
}
