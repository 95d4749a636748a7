import { a1 } from "../../sheet/address";
import { shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * A row of the form that the workbook hides (hidden by hand, filtered out, folded in an outline):
 * read and merged like any other, so nothing is dropped unseen; but the unit that sent it did not
 * see it when it checked the form, and a row filtered out is often another unit's (a list filtered
 * down to one's own rows and sent back whole). A warning on the row says so, at its first cell.
 * A form in a hidden sheet is said once by hidden-sheet.ts instead (hiddenRows is then not set).
 */
export function hiddenRowsRule({ table, rows, hiddenRows }: RuleContext): RawIssue[] {
  if (!hiddenRows) return [];
  const issues: RawIssue[] = [];
  const cols = table.schema.columns;
  const at = table.columns.findIndex((c) => c >= 0);
  if (at < 0) return [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (!hiddenRows.has(row.row)) continue;
    issues.push(
      issue(
        "row.hidden",
        {},
        {
          severity: "warning",
          cell: a1(row.row, table.columns[at]),
          value: shown(row.values[cols[at].key]),
          field: cols[at].key,
          row: row.row,
        },
      ),
    );
  }
  return issues;
}
