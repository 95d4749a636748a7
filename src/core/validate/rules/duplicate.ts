import { a1 } from "../../sheet/address";
import { labelKey, needsLabelWork } from "../../text/normalize";
import { shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import type { DataRow } from "../../locate/extract";
import type { LocatedTable } from "../../locate/locate";

/** Between cells in a row's signature: a noncharacter, which labelKey neither changes nor tests slowly. */
const SEP = "\uFFFF";

/**
 * A row's content as one string to compare rows by: the given columns' cells, then its extra
 * columns' (unless `extras` is false); as labelKeys only when some cell needs it (one test per row).
 */
export function rowSignature(row: DataRow, keys: readonly string[], extras = true): string {
  let signature = "";
  for (const k of keys) signature += shown(row.values[k]) + SEP;
  if (extras) for (const v of row.extras) signature += shown(v) + SEP;
  if (!needsLabelWork(signature)) return signature;
  signature = "";
  for (const k of keys) signature += labelKey(shown(row.values[k])) + SEP;
  if (extras) for (const v of row.extras) signature += labelKey(shown(v)) + SEP;
  return signature;
}

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
  const seen = new Map<string, number>();
  const issues: RawIssue[] = [];
  const keys = table.schema.columns.filter((c) => c.type !== "index").map((c) => c.key);
  for (const row of rows) {
    const signature = rowSignature(row, keys);
    const first = seen.get(signature);
    if (first === undefined) seen.set(signature, row.row);
    else issues.push(issue("duplicate", { first: first + 1 }, repeatAt(table, row, keys)));
  }
  return issues;
}
