import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * A form in a sheet the workbook hides: its rows are read and merged like any other (nothing is
 * dropped unseen), but nobody who opens the file sees them, and a hidden sheet is often an old copy
 * or a draft. A warning at the header says so; an empty hidden form says nothing.
 */
export function hiddenSheetRule({ table, rows, hiddenSheet }: RuleContext): RawIssue[] {
  if (hiddenSheet === undefined || rows.length === 0) return [];
  const col = Math.max(0, table.columns.find((c) => c >= 0) ?? 0);
  const at = { severity: "warning", cell: a1(table.headerRow, col), value: hiddenSheet } as const;
  return [issue("sheet.hidden", { sheet: hiddenSheet, rows: rows.length }, at)];
}
