/**
 * The CLI's read pool with real processes: a file that hangs, exhausts memory or kills its reader
 * is rejected with that reason, and every other file is read, in input order.
 */
import { describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { readInProcesses } from "../../src/cli/read/pool";
import type { FoundInput } from "../../src/cli/read/inputs";

const script = join(__dirname, "../fixtures/readers/misbehaving-reader.cjs");
const input = (name: string): FoundInput => ({ name, path: `/nowhere/${name}` });

describe("reading in separate processes", () => {
  it("rejects what hangs, exhausts memory or crashes, and reads the rest in order", async () => {
    const names = ["a.xlsx", "hang.xlsx", "b.xlsx", "oom.xlsx", "crash.xlsx", "fatal.xlsx", "c.xlsx"];
    const progress: number[] = [];
    const files = await readInProcesses(names.map(input), {
      script,
      workers: 2,
      timeLimitMs: 1_500,
      memoryLimitMb: 64,
      onProgress: (done) => progress.push(done),
    });
    expect(files.map((f) => f.name)).toEqual(names);
    expect(files.map((f) => f.unreadable?.key ?? f.sheets?.[0].rows[0][0])).toEqual([
      "a.xlsx",
      "read.timeout",
      "b.xlsx",
      "read.out-of-memory",
      "read.crashed",
      "read.crashed",
      "c.xlsx",
    ]);
    expect(files[3].unreadable?.params).toEqual({ mb: 64 });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
  }, 60_000);

  it("passes on the reasons found before reading, without starting a process for them", async () => {
    const found: FoundInput[] = [{ name: "~$a.xlsx", unreadable: { key: "read.lock-file", params: {} } }];
    const files = await readInProcesses(found, { script: "/nonexistent.cjs" });
    expect(files[0].unreadable?.key).toBe("read.lock-file");
  });
});
