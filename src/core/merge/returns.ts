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

/** Files named where one entry stands for many alike (setup1.exe, setup2.exe…). */
export const NAMED_OF_GROUP = 3;

/**
 * The files that could not be merged (stamped copies aside), as a list to read: an entry a file,
 * except that more than NAMED_OF_GROUP files of nobody's for one reason (a folder of downloads
 * given by mistake: 150 .exe files) make one entry, where the first of them stood. A file a unit
 * sent, or a sheet of one, keeps its own.
 */
export function unmergedGroups(rejected: readonly Rejected[]): Rejected[][] {
  const groups: Rejected[][] = [];
  const byReason = new Map<string, Rejected[]>();
  for (const r of rejected) {
    if (r.companion) continue;
    const same = r.unit || r.sender ? undefined : byReason.get(r.reason);
    if (same) same.push(r);
    else {
      const group = [r];
      if (!r.unit && !r.sender) byReason.set(r.reason, group);
      groups.push(group);
    }
  }
  return groups.flatMap((g) => (g.length > NAMED_OF_GROUP ? [g] : g.map((r) => [r])));
}
