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
  return schemas.map((schema) => ({ schema, sheets: sheets.filter((s) => s.tag?.annex === schema.id).map((s) => s.name) }));
}

/** Inserts the templates of the given annexes; returns the names of the new sheets. */
export async function insertTemplates(host: SpreadsheetHost, schemas: readonly AnnexSchema[], options: { talkTypes?: readonly string[] } = {}): Promise<readonly string[]> {
  const model = buildTemplates(schemas, options);
  return (await host.insertSheets(model)).sheets;
}
