import { columnLetter } from "../../core/sheet/address";
import { SETTINGS_SHEET } from "../host";
import { settingsMatrix } from "../shared/settings-rows";
import type { XRequestContext } from "./api";
export type { MarkRecord } from "../shared/marks";

export interface Settings {
  readonly exists: boolean;
  /** Keys in row order, as stored in the hidden settings sheet. */
  readonly values: Map<string, string>;
  /** Names of the workbook's sheets (to skip records of deleted sheets). */
  readonly sheets: Set<string>;
}

/** Reads the hidden settings sheet in two syncs (whether it exists, then its values). */
export async function readSettings(ctx: XRequestContext): Promise<Settings> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const values = new Map<string, string>();
  if (!names.has(SETTINGS_SHEET)) return { exists: false, values, sheets: names };
  const used = ctx.workbook.worksheets
    .getItem(SETTINGS_SHEET)
    .getUsedRangeOrNullObject(true)
    .load("isNullObject,values");
  await ctx.sync();
  if (!used.isNullObject)
    for (const row of used.values)
      if (row[0])
        values.set(
          String(row[0]),
          row
            .slice(1)
            .map((v) => String(v ?? ""))
            .join(""),
        );
  return { exists: true, values, sheets: names };
}

/** Queues writing keys (the whole sheet is rewritten once: a handful of rows). No sync. */
export function queueSettings(
  ctx: XRequestContext,
  settings: Settings,
  values: Readonly<Record<string, string | undefined>>,
): void {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) settings.values.set(key, value);
  const matrix = settingsMatrix(settings.values);
  const ws = settings.exists
    ? ctx.workbook.worksheets.getItem(SETTINGS_SHEET)
    : ctx.workbook.worksheets.add(SETTINGS_SHEET);
  if (settings.exists) ws.getRange().clear("Contents");
  else ws.visibility = "Hidden";
  ws.getRange(`A1:${columnLetter(matrix[0].length - 1)}${matrix.length}`).values = matrix;
}
