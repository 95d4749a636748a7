import type { LocatedTable } from "../locate/locate";
import type { DataRow } from "../locate/extract";
import type { CellValue } from "../sheet/types";
import { isDateCell } from "../sheet/types";
import { serialDayText } from "../dates/serial";
import type { ResolvedUnit } from "../roster/roster";

export interface RuleContext {
  readonly table: LocatedTable;
  readonly rows: readonly DataRow[];
  readonly unit: ResolvedUnit;
  readonly rosterGiven: boolean;
  /** The sheet's name when the workbook hides it (a hidden sheet is read like any other). */
  readonly hiddenSheet?: string;
  /** Allowed values per enumeration code, e.g. talk-type (options override the schema). */
  readonly enumerations: Readonly<Record<string, readonly string[]>>;
}

export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isDateCell(v)) return serialDayText(v.serial);
  return String(v);
}
