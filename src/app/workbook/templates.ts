import { buildTemplates } from "../../core/template/build-template";
import type { AnnexSchema } from "../../core/schema/types";
import type { SpreadsheetHost } from "../../hosts/host";

export interface AnnexPresence {
  readonly schema: AnnexSchema;
  /** Sheets of the workbook tagged as this annex. */
  readonly sheets: readonly string[];
}

/** Which annexes the open workbook already has (by the tag Huibiao puts on each template sheet). */
export async function annexPresence(host: SpreadsheetHost, schemas: readonly AnnexSchema[]): Promise<AnnexPresence[]> {
  const sheets = await host.listSheets();
  return schemas.map((schema) => ({
    schema,
    sheets: sheets.filter((s) => s.tag?.annex === schema.id).map((s) => s.name),
  }));
}

/**
 * Inserts the templates of the chosen annexes; returns the names of the new sheets. `all` are the
 * registry's forms: their lists always stand in the same columns of the hidden lists sheet, so
 * sheets inserted earlier keep valid dropdowns.
 */
export async function insertTemplates(
  host: SpreadsheetHost,
  chosen: readonly AnnexSchema[],
  all: readonly AnnexSchema[],
  options: { talkTypes?: readonly string[] } = {},
): Promise<readonly string[]> {
  const model = buildTemplates(chosen, { talkTypes: options.talkTypes, listsOf: all });
  return (await host.insertSheets(model)).sheets;
}
