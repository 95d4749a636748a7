import { a1 } from "../../sheet/address";
import { isErrorValue, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * A cell holding a formula saved without its result (a file written by a program, never opened
 * in a spreadsheet): Excel would calculate and show a value, but none is in the file, so none is
 * merged. An error at the cell, naming the formula, says what to do (open, save, send again);
 * the row is kept. 序号 is left alone: the summary numbers rows itself.
 *
 * A cell showing a formula's error (#N/A, #REF!) holds nothing anyone wrote either: an error
 * naming it (reason `error-value`), whether or not a formula is still in the cell (a pasted copy
 * keeps the error as a value); the other rules leave such a cell to this one.
 */
export function formulaRule({ table, rows, formulaAt }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  // The form's own columns found in the sheet (序号 aside): a plain loop, as this looks at every cell.
  const cols = table.schema.columns.flatMap((col, i) =>
    table.columns[i] >= 0 && col.type !== "index" ? [{ col, c: table.columns[i] }] : [],
  );
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    for (let j = 0; j < cols.length; j++) {
      const { col, c } = cols[j];
      const v = row.values[col.key];
      if (isErrorValue(v)) {
        issues.push(
          issue(
            "formula.error-value",
            { column: col.header.replace(/\n/g, ""), value: v.trim() },
            { severity: "error", cell: a1(row.row, c), value: v, field: col.key, row: row.row },
          ),
        );
        continue;
      }
      if (!formulaAt || v !== null) continue;
      const formula = formulaAt(row.row, c);
      if (formula === undefined) continue;
      issues.push(
        issue(
          "formula.uncalculated",
          { column: col.header.replace(/\n/g, ""), formula: formula || "=…" },
          { severity: "error", cell: a1(row.row, c), value: "", field: col.key, row: row.row },
        ),
      );
    }
  }
  return issues;
}
