// Bundles the CLI into one CommonJS file: fast start-up, no TypeScript at run time.
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url)));
await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/cli/huibiao.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  sourcemap: false,
  legalComments: "external",
  define: { __HUIBIAO_VERSION__: JSON.stringify(version) },
  logLevel: "warning",
});
