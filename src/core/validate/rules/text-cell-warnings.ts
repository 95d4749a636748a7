import { a1 } from "../../sheet/address";
import { originRow } from "../../locate/extract";
import type { ColumnSchema } from "../../schema/types";
import { shown, type RuleContext } from "../context";
import type { IssueBase, RawIssue } from "../issue";

/** What a cell says too much of: the issue it makes at a place, or null when the cell is fine. */
export type TextJudge = (value: string, column: string) => ((at: IssueBase) => RawIssue) | null;

/**
 * Warnings on the text cells of the columns `wanted` picks, where `judge` finds one: once per cell
 * of the sheet (a value merged down is reported at its first row only). The one-item and one-person
 * rules (several items, several people in a cell meant for one).
 */
export function textCellWarnings(
  { table, rows }: RuleContext,
  wanted: (col: ColumnSchema) => boolean,
  judge: TextJudge,
): RawIssue[] {
  const issues: RawIssue[] = [];
  table.schema.columns.forEach((col, i) => {
    const c = table.columns[i];
    if (!wanted(col) || c < 0) return;
    const column = col.header.replace(/\n/g, "");
    const reported = new Set<number>();
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const v = row.values[col.key];
      if (typeof v !== "string") continue;
      const found = judge(v, column);
      if (!found) continue;
      const at = originRow(row, col.key);
      if (reported.has(at)) continue;
      reported.add(at);
      issues.push(found({ severity: "warning", cell: a1(at, c), value: shown(v), field: col.key, row: row.row }));
    }
  });
  return issues;
}
