import { setFlagsFromString } from "node:v8";

/**
 * Input bytes a run reads with V8's young generation held at its starting size. Measured on this
 * project's 2-core machine (README, "Where 300 × 50 stands"), the same summaries byte for byte:
 * letting the young generation grow (V8 doubles it up to 16 MB a half) makes the process touch
 * ~28 MB more memory, and on a run of 300 returns × 50 rows (6 MB) those pages' first-touch faults
 * cost more than the fewer collections save (21,000 minor faults against 14,000; median 0.93 s →
 * 0.83 s, 15 runs each way); past ~10 MB of returns (100 × 500 rows, 600 × 50) it is even, and on
 * 300 × 500 rows (22 MB) held small it is 3.3 s → 4.3 s, so the young generation grows again there.
 */
const SMALL_RUN_BYTES = 8 * 1024 * 1024;
/** V8's own default (`node --v8-options`), set back once the run is past SMALL_RUN_BYTES. */
const DEFAULT_GROWTH = 2;

/** Bytes the process has read, over all its reads (a merge's, then its corrections'): the flag is the process's. */
let read = 0;
let held = false;

/**
 * For a run that reads returns in this process: the young generation is held at its size until
 * the bytes the process has read pass SMALL_RUN_BYTES, then grows as V8 grows it. Returns what to
 * call with each file's size as it is read. V8 reads this flag each time it would grow the space
 * (its Heap's new-space growth), so setting it during the run takes effect from then on.
 */
export function youngGenerationForRun(): (bytes: number) => void {
  if (!held && read <= SMALL_RUN_BYTES) {
    held = true;
    setFlagsFromString("--semi-space-growth-factor=1");
  }
  return (bytes) => {
    read += bytes;
    if (held && read > SMALL_RUN_BYTES) {
      held = false;
      setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
    }
  };
}
