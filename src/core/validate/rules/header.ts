import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * Every column of the form is present; columns the form lacks are reported (and kept); columns
 * found under the units' own words are told as information.
 */
export function headerRule({ table }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const missing = new Set<string>();
  const { schema, columns, headerRow } = table;
  const lastCol = Math.max(0, ...columns, ...table.extras.map((x) => x.col));
  schema.columns.forEach((col, i) => {
    if (columns[i] >= 0 || col.type === "index") return;
    // Where the column was expected: after the form's previous column that was found, inside the table.
    const before = columns.slice(0, i).filter((c) => c >= 0);
    const at = {
      severity: col.required ? "error" : "warning",
      cell: a1(headerRow, Math.min(before.length ? Math.max(...before) + 1 : 0, lastCol)),
      value: "",
      field: col.key,
    } as const;
    // 附件1's two columns under one 任务事项 (merged over both): missing together, said once.
    const column = oneLine(col.header);
    if (missing.has(`${at.cell} ${column}`)) return;
    missing.add(`${at.cell} ${column}`);
    issues.push(issue("header.missing", { column }, at));
  });
  for (const m of table.mapped) {
    const i = schema.columns.findIndex((c) => c.key === m.key);
    const column = oneLine(schema.columns[i]?.header ?? m.key);
    const at = { severity: "info", cell: a1(headerRow, m.col), value: m.header, field: m.key } as const;
    const ticks = table.ticks?.[i];
    if (ticks) issues.push(issue("header.choices", { column, choices: ticks.map((t) => t.choice).join(" | ") }, at));
    else issues.push(issue("header.mapped", { header: oneLine(m.header), column }, at));
  }
  for (const x of table.extras)
    issues.push(
      x.untitled
        ? issue("header.untitled", { column: x.header }, { severity: "warning", cell: a1(headerRow, x.col), value: "" })
        : issue(
            "header.unknown",
            { header: oneLine(x.header) },
            { severity: "warning", cell: a1(headerRow, x.col), value: x.header },
          ),
    );
  return issues;
}

/** Header text on one line: 「牵头领导\n牵头部门、参与部门」 reads 「牵头领导 牵头部门、参与部门」. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
