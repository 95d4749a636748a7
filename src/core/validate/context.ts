import type { LocatedTable } from "../locate/locate";
import type { DataRow, NothingLine } from "../locate/extract";
import type { CellValue } from "../sheet/types";
import { isDateCell } from "../sheet/types";
import { dateCellText } from "../dates/serial";
import type { ResolvedUnit } from "../roster/resolve-unit";

export interface RuleContext {
  readonly table: LocatedTable;
  /**
   * Walked by index in the rules (`for (let k = 0; …)`), not with for-of: until the optimiser
   * takes a loop over, for-of makes an object for every step (README, "Validation before the optimiser").
   */
  readonly rows: readonly DataRow[];
  readonly unit: ResolvedUnit;
  readonly rosterGiven: boolean;
  /** The day the form was filled in by (1900 serial), when known: see ValidateOptions.asOf. */
  readonly asOf?: number;
  /**
   * A table without rows where a line says there is nothing to report (本季度未开展谈话): its text
   * and cell (see extract.ts, nothingToReport).
   */
  readonly nothing?: NothingLine;
  /** The sheet's name. */
  readonly sheetName?: string;
  /** The sheet's name when the workbook hides it (a hidden sheet is read like any other). */
  readonly hiddenSheet?: string;
  /** The rows the workbook hides in a sheet it shows (see SheetData.hiddenRows), when it hides any. */
  readonly hiddenRows?: ReadonlySet<number>;
  /** The formula of a cell saved without its result (value null), when the sheet has such cells. */
  readonly formulaAt?: (r: number, c: number) => string | undefined;
  /** Allowed values per enumeration code, e.g. talk-type (options override the schema). */
  readonly enumerations: Readonly<Record<string, readonly string[]>>;
}

export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isDateCell(v)) return dateCellText(v);
  return String(v);
}

/** What people put in a cell to leave it empty on purpose: 「/」, 「—」, 「无」, 「暂无」… */
const PLACEHOLDER = /^\s*(?:[/\\\-—–_.·、…～~]+|无|暂无|空|没有|略|N\/?A)\s*$/i;

/** The characters a placeholder can begin with: most values are ruled out without the pattern. */
const PLACEHOLDER_START = new Set([..."/\\-—–_.·、…～~无暂空没略Nn \t\u00a0\u3000"].map((c) => c.charCodeAt(0)));

/** A cell left empty on purpose (「/」, 「无」): no value to check as a date or a listed value. */
export function isPlaceholder(v: CellValue | undefined): boolean {
  return typeof v === "string" && PLACEHOLDER_START.has(v.charCodeAt(0)) && PLACEHOLDER.test(v);
}

/**
 * What a spreadsheet shows in a cell whose formula failed (#N/A from a VLOOKUP that found nothing,
 * #REF! after a column was deleted): no value anyone wrote. Excel's and WPS's error values, as the
 * file readers give them (the text of `<c t="e">`, and SheetJS's `w` of an error cell).
 */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|PYTHON!)$/;

export function isErrorValue(v: CellValue | undefined): v is string {
  return typeof v === "string" && v.length < 20 && v.includes("#") && ERROR_VALUE.test(v.trim());
}
