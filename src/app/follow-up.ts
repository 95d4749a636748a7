import { correctionWorkbook } from "./corrections";
import { corrections, correctionText } from "../core/corrections/corrections";
import type { Locale } from "../core/i18n/text";
import type { MergeResult } from "../core/merge/merge";
import { correctionFileName, unitTemplateName } from "../core/request/file-names";
import type { AnnexSchema } from "../core/schema/types";
import type { SheetData } from "../core/sheet/types";
import { buildTemplates } from "../core/template/build-template";
import { readInput, type FileHost, type InputFile } from "./files";

/** A file made for the coordinator to send on: its name and bytes. */
export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One unit's corrections: the workbook (<单位>-退回修改.xlsx) and the list to paste into a chat. */
export interface CorrectionFile extends NamedFile {
  readonly unit: string;
  readonly text: string;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The sheets of a unit's files that its corrections are about, in the order the files came: what
 * the correction workbook shows after 修改说明, in the layout the unit sent.
 */
export function correctionSheets(
  files: readonly string[],
  items: readonly { readonly file: string; readonly sheet: string }[],
  read: readonly { readonly name: string; readonly sheets: readonly SheetData[] }[],
): { file: string; sheet: SheetData }[] {
  return read
    .filter((r) => files.includes(r.name))
    .flatMap((r) =>
      r.sheets
        .filter((s) => items.some((i) => i.file === r.name && i.sheet === s.name))
        .map((sheet) => ({ file: r.name, sheet })),
    );
}

/**
 * 退回修改 for the pane: every unit whose returns have errors, its correction workbook and text.
 * The unit's files are read again (the merge keeps only their rows); a file that cannot be read
 * again leaves its sheets out of the workbook, while 修改说明 still lists every issue.
 */
export function correctionFiles(
  result: MergeResult,
  files: readonly InputFile[],
  host: FileHost,
  locale: Locale = "zh-CN",
): CorrectionFile[] {
  const list = corrections(result, locale);
  const wanted = new Set(list.flatMap((c) => c.files));
  const read = files
    .filter((f) => wanted.has(f.name))
    .map((f) => {
      const wb = readInput(f, host.read);
      return { name: f.name, sheets: wb.ok ? wb.sheets : [] };
    });
  return list.map((c) => ({
    unit: c.unit,
    name: correctionFileName(c.unit),
    bytes: host.write(correctionWorkbook(c, correctionSheets(c.files, c.items, read), locale)),
    text: correctionText(c, locale),
    errors: c.items.filter((i) => i.severity === "error").length,
    warnings: c.items.filter((i) => i.severity === "warning").length,
  }));
}

/** One template workbook per unit, its name on the 填报单位 line and in the file name. */
export function unitTemplateFiles(
  chosen: readonly AnnexSchema[],
  all: readonly AnnexSchema[],
  units: readonly string[],
  round: string,
  write: FileHost["write"],
): NamedFile[] {
  return units.map((unit) => ({
    name: unitTemplateName(unit, round),
    bytes: write(buildTemplates(chosen, { listsOf: all, unit })),
  }));
}
