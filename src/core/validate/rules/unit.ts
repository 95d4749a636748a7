import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** The form says who filled it in (填报单位), and that unit is on the roster. */
export function unitRule({ table, unit, rosterGiven, sheetName }: RuleContext): RawIssue[] {
  if (!table.schema.unitLine) return [];
  const line = table.unitLine;
  const cell = line ? a1(line.row, line.valueCol) : a1(Math.max(table.headerRow - 1, 0), 0);
  const value = line?.text ?? "";
  // A form not collected from the units (附件1, the bureau's own task list, which the plan prints
  // without a 填报单位 line) is no unit's return: nobody is missing from it.
  if (unit.source === "none")
    return table.schema.collected ? [issue("unit.missing", {}, { severity: "error", cell, value })] : [];
  if (unit.source === "file")
    return [issue("unit.from-file", { unit: unit.name }, { severity: "warning", cell, value })];
  if (unit.source === "folder")
    return [issue("unit.from-folder", { unit: unit.name }, { severity: "warning", cell, value })];
  if (unit.source === "sheet-name")
    return [
      issue("unit.from-sheet-name", { unit: unit.name, sheet: sheetName ?? "" }, { severity: "warning", cell, value }),
    ];
  if (unit.source === "title")
    return [issue("unit.from-title", { unit: unit.name }, { severity: "warning", cell, value })];
  if (unit.written !== undefined)
    return [issue("unit.similar", { unit: unit.written, similar: unit.name }, { severity: "warning", cell, value })];
  if (rosterGiven && !unit.inRoster && unit.likely)
    return [issue("unit.unknown-like", { unit: unit.name, likely: unit.likely }, { severity: "warning", cell, value })];
  if (rosterGiven && !unit.inRoster)
    return [issue("unit.unknown", { unit: unit.name }, { severity: "warning", cell, value })];
  if (unit.fileSays !== undefined)
    return [
      issue("unit.file-differs", { unit: unit.name, named: unit.fileSays }, { severity: "warning", cell, value }),
    ];
  if (unit.alsoNamed?.length)
    return [
      issue(
        "unit.several",
        { unit: unit.name, others: unit.alsoNamed.join("、") },
        { severity: "warning", cell, value },
      ),
    ];
  return [];
}
