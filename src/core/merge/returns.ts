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
