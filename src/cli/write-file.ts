import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file whole or not at all: into a hidden temporary file in the target's own folder
 * (same disk, so the rename is atomic), flushed to disk, then renamed over the target. A program
 * killed half way leaves the earlier file as it was (and a hidden temporary file, which the
 * folder search skips).
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, "wx");
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    // The error names the temporary file; the user asked for `path`.
    if (e && typeof e === "object" && "path" in e) (e as NodeJS.ErrnoException).path = path;
    throw e;
  }
}
