import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import type { RawIssue } from "../issue";

/** Forms with a per-unit quota (申报1-2个): too many is an error, none a warning. */
export function countRule({ table, rows }: RuleContext): RawIssue[] {
  const rule = table.schema.count;
  if (!rule) return [];
  const min = rule.min ?? 0;
  const max = rule.max ?? Infinity;
  const params = { count: rows.length, min, max: Number.isFinite(max) ? max : "" };
  const firstCol = Math.max(0, table.columns.find((c) => c >= 0) ?? 0);
  if (rows.length > max) {
    const extra = rows[max];
    return [
      {
        severity: "error",
        code: "count",
        reason: "max",
        cell: a1(extra.row, firstCol),
        value: String(rows.length),
        params,
        row: extra.row,
      },
    ];
  }
  if (rows.length < min)
    return [
      {
        severity: "warning",
        code: "count",
        reason: "min",
        cell: a1(table.headerRow, firstCol),
        value: String(rows.length),
        params,
      },
    ];
  return [];
}
