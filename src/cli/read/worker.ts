import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { ref, TextError, type MessageRef } from "../../core/i18n/text";
import { NeedsSheetJs, readWorkbook } from "../../hosts/file/read-workbook";
import { LIMITS } from "../../hosts/file/read/limits";
import { systemReason } from "./inputs";
import type { ReadAnswer, ReadRequest } from "./protocol";
import { zlibInflate } from "./zlib-inflate";
import { endWithParent } from "./orphan-guard";

/** Serves read requests from the parent process, one at a time, until the channel closes. */
export function serveReads(): void {
  endWithParent();
  process.on("message", (request: ReadRequest) => {
    process.send?.(readOne(request));
  });
  process.on("disconnect", () => process.exit(0));
}

export function readOne(request: ReadRequest): ReadAnswer {
  const answer = readFile(request.path, request.name, true);
  if (answer === NEEDS_SHEETJS) throw new Error("unreachable: SheetJS is allowed here");
  if (!answer.ok) return { id: request.id, ...answer };
  return { id: request.id, ok: true, sheets: answer.sheets, savedAt: answer.savedAt };
}

export const NEEDS_SHEETJS = "needs-sheetjs";
type Answer =
  | (Omit<Extract<ReadAnswer, { ok: true }>, "id"> & { readonly bytes: number })
  | Omit<Extract<ReadAnswer, { ok: false }>, "id">;

/**
 * One file read: its sheets, or why it cannot be. With `sheetjs` false, a file that needs SheetJS
 * answers NEEDS_SHEETJS (the CLI then reads it in a separate process). `bytes` is the file's size.
 */
export function readFile(path: string, name: string, sheetjs: boolean): Answer | typeof NEEDS_SHEETJS {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(path);
  } catch (e) {
    if (e instanceof Refused) return { ok: false, why: e.why };
    return { ok: false, why: systemReason((e as NodeJS.ErrnoException).code) };
  }
  try {
    const wb = readWorkbook(bytes, name, { inflate: zlibInflate, sheetjs });
    return { ok: true, sheets: wb.sheets, savedAt: wb.savedAt, bytes: bytes.length };
  } catch (e) {
    if (e instanceof NeedsSheetJs) return NEEDS_SHEETJS;
    if (e instanceof TextError) return { ok: false, why: e.ref };
    return { ok: false, why: ref("read.failed", { detail: e instanceof Error ? e.message : String(e) }) };
  }
}

class Refused extends Error {
  constructor(readonly why: MessageRef) {
    super(why.key);
  }
}

/** The file's bytes, after checking it is a regular file within the size limit (a pipe opened non-blocking never waits). */
function readBounded(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Refused(ref("read.not-regular-file"));
    if (st.size === 0) return new Uint8Array();
    if (st.size > LIMITS.fileBytes)
      throw new Refused(
        ref("read.too-large", { mb: Math.round((st.size / 1048576) * 10) / 10, limit: LIMITS.fileBytes / 1048576 }),
      );
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
