import { a1 } from "../../sheet/address";
import type { LocatedTable } from "../../locate/locate";
import type { DataRow } from "../../locate/extract";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** Forms with a per-unit quota (申报1-2个): too many is an error, none a warning. */
export function countRule({ table, rows, nothing }: RuleContext): RawIssue[] {
  const rule = table.schema.count;
  // A line saying there is nothing to report is said as such (rules/nothing.ts).
  if (!rule || nothing) return [];
  const min = rule.min ?? 0;
  const max = rule.max ?? Infinity;
  if (rows.length > max) return [overQuotaIssue(table, rows.length, rows[max])];
  if (rows.length < min) {
    const params = { count: rows.length, min, max: Number.isFinite(max) ? max : "" };
    const cell = a1(table.headerRow, firstColumn(table));
    return [issue("count.min", params, { severity: "warning", cell, value: String(rows.length) })];
  }
  return [];
}

/**
 * A unit's entries over the form's quota: `count` in all, the error where the first entry over it
 * stands (`extra`). Also used when the entries are spread over a unit's sheets or files (merge).
 */
export function overQuotaIssue(table: LocatedTable, count: number, extra: DataRow): RawIssue {
  const rule = table.schema.count;
  const max = rule?.max ?? Infinity;
  const params = { count, min: rule?.min ?? 0, max: Number.isFinite(max) ? max : "" };
  const where = {
    severity: "error",
    cell: a1(extra.row, firstColumn(table)),
    value: String(count),
    row: extra.row,
  } as const;
  return issue("count.max", params, where);
}

function firstColumn(table: LocatedTable): number {
  return Math.max(0, table.columns.find((c) => c >= 0) ?? 0);
}
