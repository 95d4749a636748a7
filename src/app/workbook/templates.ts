import { buildTemplates } from "../../core/template/build-template";
import { BUILTIN_ANNEXES } from "../../core/schema/annexes";
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

/** Inserts the templates of the given annexes; returns the names of the new sheets. */
export async function insertTemplates(
  host: SpreadsheetHost,
  schemas: readonly AnnexSchema[],
  options: { talkTypes?: readonly string[]; all?: readonly AnnexSchema[] } = {},
): Promise<readonly string[]> {
  // All annexes' lists, always in the same columns: sheets inserted earlier keep valid dropdowns.
  const model = buildTemplates(schemas, { talkTypes: options.talkTypes, listsOf: options.all ?? BUILTIN_ANNEXES });
  return (await host.insertSheets(model)).sheets;
}
