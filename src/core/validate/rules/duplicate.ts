import { a1 } from "../../sheet/address";
import { shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import type { DataRow } from "../../locate/extract";
import type { LocatedTable } from "../../locate/locate";
import { earlierTwins } from "../row-content";

/** Where a repeated row is reported: its first own column (序号 aside), on that row. */
export function repeatAt(table: LocatedTable, row: DataRow, keys: readonly string[]) {
  const firstCol = table.columns.find((c, i) => c >= 0 && table.schema.columns[i].type !== "index") ?? 0;
  return {
    severity: "warning",
    cell: a1(row.row, firstCol),
    value: shown(row.values[keys[0]]),
    field: keys[0],
    row: row.row,
  } as const;
}

/** A row whose content (序号 aside) repeats an earlier row's is flagged on the later one. */
export function duplicateRule({ table, rows }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const keys = table.schema.columns.filter((c) => c.type !== "index").map((c) => c.key);
  const twins = earlierTwins(rows, keys, true);
  for (let i = 0; i < rows.length; i++) {
    const first = twins[i];
    if (first >= 0) issues.push(issue("duplicate", { first: rows[first].row + 1 }, repeatAt(table, rows[i], keys)));
  }
  return issues;
}
