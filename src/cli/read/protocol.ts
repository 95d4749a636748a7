import type { MessageRef } from "../../core/i18n/text";
import type { SheetData } from "../../core/sheet/types";

/** What the command line asks a reading process, and what it answers (over Node's IPC channel). */
export interface ReadRequest {
  readonly id: number;
  readonly path: string;
  readonly name: string;
}

export type ReadAnswer =
  | { readonly id: number; readonly ok: true; readonly sheets: SheetData[]; readonly savedAt?: number }
  | { readonly id: number; readonly ok: false; readonly why: MessageRef };

/** Set in a reading process's environment: the CLI bundle then serves reads instead of commands. */
export const READ_WORKER_ENV = "HUIBIAO_READ_WORKER";
