/**
 * The workbook checks the pane runs in Excel and WPS (the validator, its rules, date reading and
 * table finding), as one part fetched when first used: the pane is drawn without them, and the
 * standalone page, which validates files in its worker, never fetches them.
 */
export { validateAndSave, validateWorkbook } from "../../../app/workbook/validate-workbook";
export { LiveValidator } from "../../../app/workbook/live";
