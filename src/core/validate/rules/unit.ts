import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import type { RawIssue } from "../issue";

/** The form says who filled it in (填报单位), and that unit is on the roster. */
export function unitRule({ table, unit, rosterGiven }: RuleContext): RawIssue[] {
  if (!table.schema.unitLine) return [];
  const line = table.unitLine;
  const cell = line ? a1(line.row, line.valueCol) : a1(Math.max(table.headerRow - 1, 0), 0);
  const value = line?.text ?? "";
  if (unit.source === "none") return [{ severity: "error", code: "unit", reason: "missing", cell, value, params: {} }];
  if (unit.source === "file")
    return [{ severity: "warning", code: "unit", reason: "from-file", cell, value, params: { unit: unit.name } }];
  if (rosterGiven && !unit.inRoster)
    return [{ severity: "warning", code: "unit", reason: "unknown", cell, value, params: { unit: unit.name } }];
  return [];
}
