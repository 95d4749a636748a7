// Builds the benchmark with esbuild (like the CLI) and runs it.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";

await build({
  entryPoints: ["bench/merge-bench.ts"],
  outfile: "dist/bench/merge-bench.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
execFileSync(process.execPath, ["dist/bench/merge-bench.cjs"], { stdio: "inherit" });
