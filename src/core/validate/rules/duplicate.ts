import { a1 } from "../../sheet/address";
import { labelKey } from "../../text/normalize";
import { shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** A row whose content (序号 aside) repeats an earlier row's is flagged on the later one. */
export function duplicateRule({ table, rows }: RuleContext): RawIssue[] {
  const seen = new Map<string, number>();
  const issues: RawIssue[] = [];
  const keys = table.schema.columns.filter((c) => c.type !== "index").map((c) => c.key);
  const firstCol = table.columns.find((c, i) => c >= 0 && table.schema.columns[i].type !== "index") ?? 0;
  for (const row of rows) {
    let signature = "";
    for (const k of keys) signature += labelKey(shown(row.values[k])) + "\u0001";
    for (const v of row.extras) signature += labelKey(shown(v)) + "\u0001";
    const first = seen.get(signature);
    if (first === undefined) {
      seen.set(signature, row.row);
      continue;
    }
    const at = {
      severity: "warning",
      cell: a1(row.row, firstCol),
      value: shown(row.values[keys[0]]),
      field: keys[0],
      row: row.row,
    } as const;
    issues.push(issue("duplicate", { first: first + 1 }, at));
  }
  return issues;
}
