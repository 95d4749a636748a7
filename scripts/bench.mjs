// Builds the benchmark and the floor with esbuild (like the CLI), then runs the benchmark.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning" };
await build({
  ...common,
  entryPoints: ["bench/merge-bench.ts"],
  outfile: "dist/bench/merge-bench.cjs",
  // Playwright drives Chromium for the page's figure: loaded from node_modules, as the tests load it.
  external: ["playwright-core"],
});
await build({ ...common, entryPoints: ["bench/floor.ts"], outfile: "dist/bench/floor.cjs" });
execFileSync(process.execPath, ["dist/bench/merge-bench.cjs"], { stdio: "inherit" });
