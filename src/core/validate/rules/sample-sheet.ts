import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** Names a template gives the sheet that shows how to fill it in: 填写示例, 样表, 范例, 填报说明. */
const SAMPLE_NAME = /示例|样表|样例|范例|例表|填写说明|填表说明|填报说明/;

/**
 * A form in a sheet named as the template's example (填写示例, 样表) beside the unit's own: its rows
 * are read and merged like any other (nothing is dropped), but they are most often the template's
 * sample talks, not the unit's. A warning at the header says so; an empty one says nothing.
 */
export function sampleSheetRule({ table, rows, sheetName }: RuleContext): RawIssue[] {
  if (!sheetName || rows.length === 0 || !SAMPLE_NAME.test(sheetName)) return [];
  const col = Math.max(0, table.columns.find((c) => c >= 0) ?? 0);
  const at = { severity: "warning", cell: a1(table.headerRow, col), value: sheetName } as const;
  return [issue("sheet.sample", { sheet: sheetName, rows: rows.length }, at)];
}
