/**
 * `npx huibiao` in a checkout, as a new user types it: before `npm ci` and after.
 *
 * npx (npm 11, libnpmexec) installs the checkout into its cache and runs the package's `prepare`
 * there. A `prepare` that failed without the dependencies left that cache without its package.json,
 * and every later `npx huibiao` in the checkout, after `npm ci` too, stopped with npm's
 * "ENOENT … package.json" and no word of ours.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const NPX = join(process.execPath, "..", "npx");

/** A checkout's parts the CLI is built from and run with; no node_modules, no dist/. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), "huibiao-npx-"));
  for (const p of ["package.json", "tsconfig.json", "bin", "scripts", "src"])
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

const npx = (cwd: string, cache: string, ...args: string[]) => {
  const r = spawnSync(NPX, ["huibiao", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_cache: cache, npm_config_offline: "true", npm_config_update_notifier: "false" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe("npx huibiao in a checkout", () => {
  const dir = checkout();
  const cache = join(dir, ".npm-cache");
  mkdirSync(cache);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("before npm ci says to run npm ci, and leaves npx's cache whole", () => {
    const r = npx(dir, cache, "--version");
    expect(r.code).toBe(2);
    expect(r.err).toContain("npm ci");
    expect(r.err).not.toContain("ENOENT");
    const made = readdirSync(join(cache, "_npx"));
    expect(made).toHaveLength(1);
    expect(existsSync(join(cache, "_npx", made[0], "package.json"))).toBe(true);
  });

  it("after the dependencies are there and the CLI built, runs it", () => {
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    const built = spawnSync(process.execPath, [join(dir, "scripts", "prepare.mjs")], { cwd: dir, encoding: "utf8" });
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const r = npx(dir, cache, "--version");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});
