import { a1 } from "../../sheet/address";
import { isDitto } from "../../text/ditto";
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
  const header = (i: number) => table.schema.columns[i].header.replace(/\n/g, "");
  for (const row of rows) {
    if (row.dittos?.length) {
      const first = table.schema.columns.findIndex((col) => col.key === row.dittos![0]);
      const columns = row.dittos.map((k) => `「${header(table.schema.columns.findIndex((col) => col.key === k))}」`);
      issues.push(
        issue(
          "ditto",
          { columns: columns.join("") },
          {
            severity: "info",
            cell: a1(row.row, table.columns[first]),
            value: "同上",
            field: row.dittos[0],
            row: row.row,
          },
        ),
      );
    }
    table.schema.columns.forEach((col, i) => {
      const v = row.values[col.key];
      if (col.type === "index" || table.columns[i] < 0 || !isDitto(v)) return;
      issues.push(
        issue(
          "ditto.nothing-above",
          { column: header(i) },
          { severity: "error", cell: a1(row.row, table.columns[i]), value: shown(v), field: col.key, row: row.row },
        ),
      );
    });
  }
  return issues;
}
