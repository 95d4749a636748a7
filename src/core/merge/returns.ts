import { render, type Locale, type MessageRef } from "../i18n/text";
import type { AnnexSchema } from "../schema/types";
import type { SheetData } from "../sheet/types";
import type { SheetReading } from "../validate/validate";

/** A returned workbook as a host read it. */
export interface ReturnedWorkbook {
  readonly file: string;
  /** When the workbook says it was last saved (ms since epoch), if it says. */
  readonly savedAt?: number;
  /** The file's own modification time (ms since epoch). */
  readonly modifiedAt?: number;
  readonly sheets: readonly SheetData[];
}

/** One sheet of one return, read as an annex. */
export interface SheetReturn {
  readonly file: string;
  readonly sheet: string;
  readonly annex: AnnexSchema;
  /** The unit's name, or "" when neither the form nor the file name says. */
  readonly unit: string;
  readonly reading: SheetReading;
  /** Replaced by a later return of the same unit and annex. */
  readonly replacedBy?: string;
}

/** A file that was not merged: why, as a message (render it in any locale) and rendered. */
export interface Rejected {
  readonly file: string;
  readonly reason: string;
  readonly why: MessageRef;
  /** The unit the rest of the file is from, for a sheet of it that could not be merged. */
  readonly unit?: string;
  /** For a whole file not merged: the unit its name (or folder) says sent it, when it says (senders.ts). */
  readonly sender?: string;
  /**
   * A scan or a photo (the 盖章件) from a unit whose forms were merged from another file: nothing to
   * chase, so not counted among the files that could not be merged, and listed apart.
   */
  readonly companion?: boolean;
}

export function rejection(file: string, why: MessageRef, locale: Locale = "zh-CN"): Rejected {
  return { file, why, reason: render(why, locale) };
}

/** The whole files a unit sent that could not be merged (法规科.pdf), its stamped copies left out. */
export function unmergedFrom(rejected: readonly Rejected[], unit: string): Rejected[] {
  return rejected.filter((r) => !r.companion && r.sender === unit);
}
