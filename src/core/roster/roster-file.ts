import { ref, type MessageRef } from "../i18n/text";
import { OVERVIEW_SHEET, OVERVIEW_WORDS, SUMMARY_TAG } from "../merge/summary-text";
import type { AnnexSchema } from "../schema/types";
import type { CellValue, SheetData } from "../sheet/types";
import { cleanText } from "../text/normalize";
import { detectAnnex } from "../validate/validate";
import { rosterFromRows, rosterSize } from "./roster";

/** A roster file's units, or why the file is no roster (a return, a template, a summary without units). */
export type RosterFileReading = { readonly units: string[] } | { readonly why: MessageRef };

/**
 * The units of a roster kept as a workbook, a Word table or a text file (--roster, a request's
 * roster): those of the first sheet that lists any, visible sheets first.
 *
 * Other files are given by mistake too, and read as a roster they make nonsense units (the form's
 * title, its 填报单位 line, 序号) that all come out 未报:
 * - Huibiao's own summary (last round's, reused as the roster): the units of its 汇总概况, less
 *   those that were not on that round's roster (不在名单中) or not identified.
 * - A return or a blank template (a form: 附件2…): refused, saying which form it is, unless another
 *   of its sheets is a roster with a header (单位名称, 科室…) over units.
 */
export function rosterOfSheets(
  sheets: readonly SheetData[],
  schemas: readonly AnnexSchema[],
  file: string,
): RosterFileReading {
  const ordered = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
  let summary = false;
  for (const sheet of ordered) {
    // The tag is lost where the summary was saved again by another program (as .ods): the name
    // stays; pasted from it (the pane's roster box), its title 汇总概况 comes first.
    if (sheet.tag?.annex !== SUMMARY_TAG && sheet.name !== OVERVIEW_SHEET && titleOf(sheet) !== OVERVIEW_SHEET)
      continue;
    summary = true;
    const units = overviewUnits(sheet.rows);
    if (units.length) return { units };
  }
  const form = summary ? null : formSheet(ordered, schemas);
  if (summary || form) {
    const listing = ordered.find((s) => s.tag?.annex !== SUMMARY_TAG && rosterSize(s.rows) >= 2);
    if (listing) return { units: rosterFromRows(listing.rows) };
    if (form)
      return {
        why: ref("roster.is-form", { file, number: form.number, name: form.shortName }),
      };
    return { why: ref("roster.is-summary", { file }) };
  }
  for (const sheet of ordered) {
    const units = rosterFromRows(sheet.rows);
    if (units.length) return { units };
  }
  return { units: [] };
}

/** The form the first sheet holding one holds. */
function formSheet(sheets: readonly SheetData[], schemas: readonly AnnexSchema[]): AnnexSchema | null {
  for (const sheet of sheets) {
    const schema = detectAnnex(sheet, schemas);
    if (schema) return schema;
  }
  return null;
}

/**
 * The units listed in a summary's overview: under its 单位 header, down to the first blank row,
 * those whose 状态 is not 不在名单中 and that were identified (in the language it was written in).
 */
function overviewUnits(rows: readonly (readonly CellValue[])[]): string[] {
  for (let r = 0; r < rows.length; r++) {
    const words = OVERVIEW_WORDS.find((w) => rows[r].includes(w.unit) && rows[r].includes(w.state));
    if (!words) continue;
    const unitAt = rows[r].indexOf(words.unit);
    const stateAt = rows[r].indexOf(words.state);
    const units: string[] = [];
    for (const row of rows.slice(r + 1)) {
      const unit = typeof row[unitAt] === "string" ? cleanText(row[unitAt]).trim() : "";
      if (!unit) break;
      const state = row[stateAt];
      if (state !== words.unlisted && state !== words.unknown && unit !== words.unknownUnit) units.push(unit);
    }
    return units;
  }
  return [];
}

/** The sheet's first cell that holds text, trimmed. */
function titleOf(sheet: SheetData): string {
  for (const row of sheet.rows.slice(0, 3)) for (const c of row) if (typeof c === "string" && c.trim()) return c.trim();
  return "";
}
