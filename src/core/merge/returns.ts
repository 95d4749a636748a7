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
  /** When it was sent, for a return that came attached to a saved mail: when it was returned. */
  readonly sentAt?: number;
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
 * Items as a list to read: an entry an item, except that more than NAMED_OF_GROUP items given one
 * reason make one entry, where the first of them stood. An item without a reason stands alone.
 */
export function alikeGroups<T>(items: readonly T[], reasonOf: (item: T) => string | null): T[][] {
  const groups: T[][] = [];
  const byReason = new Map<string, T[]>();
  for (const item of items) {
    const reason = reasonOf(item);
    const same = reason === null ? undefined : byReason.get(reason);
    if (same) same.push(item);
    else {
      const group = [item];
      if (reason !== null) byReason.set(reason, group);
      groups.push(group);
    }
  }
  return groups.flatMap((g) => (g.length > NAMED_OF_GROUP ? [g] : g.map((item) => [item])));
}

/**
 * The files that could not be merged (stamped copies aside), as a list to read: many of nobody's
 * for one reason (a folder of downloads given by mistake: 150 .exe files) make one entry; a file a
 * unit sent, or a sheet of one, keeps its own.
 */
export function unmergedGroups(rejected: readonly Rejected[]): Rejected[][] {
  return alikeGroups(
    rejected.filter((r) => !r.companion),
    (r) => (r.unit || r.sender ? null : r.reason),
  );
}
