/**
 * A reading process stuck in a file ends when the CLI that started it is killed (orphan-guard.ts).
 * Real processes: a parent forks a reader that loops forever, the parent is killed with SIGKILL
 * (it can do nothing then), and the reader must be gone within a few of its guard's intervals.
 * The same reader without the guard, alongside, shows the loop outlives its parent otherwise.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

const dir = mkdtempSync(join(tmpdir(), "huibiao-orphan-"));
const started: number[] = [];

/** A reader that reports its pid and then never returns to its event loop. */
function reader(name: string, guarded: boolean): string {
  const guard = join(__dirname, "../../src/cli/read/orphan-guard.ts");
  const contents = `${guarded ? `import { endWithParent } from ${JSON.stringify(guard)}; endWithParent(100);` : ""}
process.send(process.pid);
for (;;) {}`;
  const outfile = join(dir, `${name}.cjs`);
  buildSync({
    stdin: { contents, resolveDir: dir, loader: "ts" },
    bundle: true,
    platform: "node",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

/** A parent that forks the reader and prints the reader's pid; resolves with both pids. */
function parentOf(script: string): Promise<{ parent: number; child: number }> {
  const code = `const c = require("node:child_process").fork(${JSON.stringify(script)}, [], { stdio: "ignore" });
c.on("message", (pid) => console.log(pid)); setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) =>
    parent.stdout.once("data", (d: Buffer) => {
      const child = Number(d.toString().trim());
      started.push(child, parent.pid!);
      resolve({ parent: parent.pid!, child });
    }),
  );
}

/** Running: a process that has ended but not been reaped (a zombie, state Z in /proc) is not. */
const exists = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(() => {
  for (const pid of started) if (exists(pid)) process.kill(pid, "SIGKILL");
});

describe("a reading process whose CLI was killed", () => {
  it("ends by itself, where one without the guard loops on", async () => {
    const guarded = await parentOf(reader("guarded", true));
    const bare = await parentOf(reader("bare", false));
    process.kill(guarded.parent, "SIGKILL");
    process.kill(bare.parent, "SIGKILL");
    let waited = 0;
    while (exists(guarded.child) && waited < 5_000) {
      await sleep(100);
      waited += 100;
    }
    expect(exists(guarded.child)).toBe(false);
    expect(exists(bare.child)).toBe(true);
  });
});
