import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** Forms with a per-unit quota (申报1-2个): too many is an error, none a warning. */
export function countRule({ table, rows }: RuleContext): RawIssue[] {
  const rule = table.schema.count;
  if (!rule) return [];
  const min = rule.min ?? 0;
  const max = rule.max ?? Infinity;
  const params = { count: rows.length, min, max: Number.isFinite(max) ? max : "" };
  const firstCol = Math.max(0, table.columns.find((c) => c >= 0) ?? 0);
  const value = String(rows.length);
  if (rows.length > max) {
    const extra = rows[max];
    return [issue("count.max", params, { severity: "error", cell: a1(extra.row, firstCol), value, row: extra.row })];
  }
  if (rows.length < min)
    return [issue("count.min", params, { severity: "warning", cell: a1(table.headerRow, firstCol), value })];
  return [];
}
