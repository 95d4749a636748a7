import { a1 } from "../../sheet/address";
import { shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * 同上 (〃) in a row: the reader took the value of the row above (see takeDittos in extract.ts),
 * which is said once a row, at its first such cell, naming the columns, so the coordinator can
 * trace a summary value to what was written. 同上 with nothing above to take (the table's first
 * row, a blank above) is an error where it stands: nobody can tell what it means.
 */
export function dittoRule({ table, rows }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const { columns } = table.schema;
  const at = (key: string) => columns.findIndex((col) => col.key === key);
  const header = (i: number) => columns[i].header.replace(/\n/g, "");
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (!row.ditto) continue;
    const { taken, left } = row.ditto;
    if (taken.length) {
      const first = at(taken[0]);
      issues.push(
        issue(
          "ditto",
          { columns: taken.map((k) => `「${header(at(k))}」`).join("") },
          { severity: "info", cell: a1(row.row, table.columns[first]), value: "同上", field: taken[0], row: row.row },
        ),
      );
    }
    for (const key of left) {
      const i = at(key);
      issues.push(
        issue(
          "ditto.nothing-above",
          { column: header(i) },
          {
            severity: "error",
            cell: a1(row.row, table.columns[i]),
            value: shown(row.values[key]),
            field: key,
            row: row.row,
          },
        ),
      );
    }
  }
  return issues;
}
