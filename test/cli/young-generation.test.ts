/**
 * The CLI holds V8's young generation at its starting size while a run has read little
 * (src/cli/read/young-generation.ts), and lets it grow past that. V8 flags are the process's own,
 * so each case runs in a process of its own: a script churns through short-lived objects, with
 * some surviving each collection (as rows do while returns are read), which is what makes V8 grow
 * its young generation, and reports the new space's size (v8.getHeapSpaceStatistics) before and
 * after each half. A control without the hold shows the same churn grows it otherwise.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

const dir = mkdtempSync(join(tmpdir(), "huibiao-young-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;

interface Sizes {
  readonly start: number;
  /** After the first churn, the run having read 1 MB. */
  readonly small: number;
  /** After the second churn, the run having read 9 MB in all. */
  readonly large: number;
}

/** `held`: the CLI's hold; `again`: a second read (the corrections') after the first passed 8 MB. */
type Case = "held" | "free" | "again";

function sizes(which: Case): Sizes {
  const module = join(__dirname, "../../src/cli/read/young-generation.ts");
  const setup =
    which === "free"
      ? "const readBytes = () => {};"
      : which === "held"
        ? "const readBytes = youngGenerationForRun();"
        : // The corrections' read starts (and reads nothing yet) after the merge's read 9 MB.
          `youngGenerationForRun()(${9 * MB}); youngGenerationForRun(); const readBytes = () => {};`;
  const contents = `import { getHeapSpaceStatistics } from "node:v8";
import { youngGenerationForRun } from ${JSON.stringify(module)};
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
const churn = () => {
  let kept = [];
  for (let i = 0; i < 3e6; i++) {
    kept.push({ i, s: "x" + i });
    if (kept.length > 100000) kept = [];
  }
};
const start = newSpace();
${setup}
readBytes(${MB});
churn();
const small = newSpace();
readBytes(${8 * MB});
churn();
console.log(JSON.stringify({ start, small, large: newSpace() }));`;
  const outfile = join(dir, `${which}.cjs`);
  buildSync({ stdin: { contents, resolveDir: dir, loader: "ts" }, bundle: true, platform: "node", outfile });
  const r = spawnSync(process.execPath, [outfile], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Sizes;
}

describe("the young generation of a CLI run", () => {
  it("stays near its starting size while the run has read under 8 MB, and grows once past it", () => {
    const { start, small, large } = sizes("held");
    expect(small).toBeLessThanOrEqual(Math.max(2 * start, 2 * MB));
    expect(large).toBeGreaterThanOrEqual(16 * MB);
  });

  it("grows on the same churn when nothing holds it (the control: the churn is what grows it)", () => {
    const { start, small } = sizes("free");
    expect(small).toBeGreaterThanOrEqual(8 * start);
    expect(small).toBeGreaterThanOrEqual(16 * MB);
  });

  it("is not held again by a later read in the same process once the process has read 8 MB", () => {
    const { small } = sizes("again");
    expect(small).toBeGreaterThanOrEqual(16 * MB);
  });
});
