import type { Locale } from "../i18n/text";
import { issue } from "./issue";
import { renderIssue, type SheetReading } from "./validate";

/** A sheet of a returned file, read. */
export interface SheetOfFile {
  readonly sheet: string;
  readonly reading: SheetReading;
}

/** Where a sheet's unit came from when its 填报单位 line is empty (a name in its title stands). */
const GUESSED = new Set(["none", "file", "folder"]);

/**
 * A file's sheets that leave 填报单位 empty, where the file's other sheets name one unit on their
 * 填报单位 lines (a unit that wrote it on 附件2 only): taken as that unit, said as a warning in
 * place of the error (or of the unit the file's or folder's name gave: the file's own line says
 * more). Where the other sheets name no unit or several, they are left as they are. A sheet with
 * nothing in it (the blank form left beside the filled copy: 附件2 and 附件2 (2)) takes the unit
 * without a word: there is nothing on it for the unit to check.
 */
export function withFileUnit<T extends SheetOfFile>(sheets: readonly T[], locale?: Locale): T[] {
  if (!sheets.some((s) => GUESSED.has(s.reading.unit.source))) return [...sheets];
  const declared = sheets.filter((s) => s.reading.unit.source === "line");
  const names = new Set(declared.map((s) => s.reading.unit.name));
  if (names.size !== 1) return [...sheets];
  const from = declared[0];
  return sheets.map((s) => {
    if (!GUESSED.has(s.reading.unit.source)) return s;
    const missing = s.reading.issues.find((i) => i.code === "unit");
    const said = renderIssue(
      issue(
        "unit.from-sheet",
        { unit: from.reading.unit.name, sheet: from.sheet },
        {
          severity: "warning",
          cell: missing?.cell ?? "A1",
          ...(missing?.place ? { place: missing.place } : {}),
          value: missing?.value ?? "",
        },
      ),
      locale,
    );
    const rest = s.reading.issues.filter((i) => i !== missing);
    const blank = s.reading.rows.length === 0 && !s.reading.nothing;
    const issues = blank ? rest : [said, ...rest];
    const unit = { ...from.reading.unit, source: "sheet" as const };
    return { ...s, reading: { ...s.reading, unit, issues } };
  });
}
