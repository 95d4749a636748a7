// Bundles the CLI into CommonJS files: fast start-up, no TypeScript at run time.
//
// SheetJS (@e965/xlsx, about half the bundle) is only needed for .xls, .ods and the other formats
// the purpose-built .xlsx reader declines, and the CLI reads those in separate processes. It is
// bundled on its own (dist/cli/xlsx.cjs) and loaded on first use: a merge of .xlsx returns never
// compiles it (measured: ~20 ms of every run).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url)));
const require = createRequire(import.meta.url);
const XLSX_KEYS = Object.keys(require("@e965/xlsx"));

/** `import * as XLSX from "@e965/xlsx"` becomes an object whose members load dist/cli/xlsx.cjs when first read. */
const lazySheetJs = {
  name: "lazy-sheetjs",
  setup(b) {
    b.onResolve({ filter: /^@e965\/xlsx$/ }, (args) =>
      args.importer.endsWith("lazy-sheetjs")
        ? { path: "./xlsx.cjs", external: true }
        : { path: "lazy-sheetjs", namespace: "lazy" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      loader: "js",
      contents: `
        const keys = ${JSON.stringify(XLSX_KEYS)};
        let lib;
        const load = () => lib || (lib = require(require("path").join(__dirname, "xlsx.cjs")));
        module.exports = new Proxy({}, {
          get: (_, k) => load()[k],
          has: (_, k) => keys.includes(k),
          ownKeys: () => keys,
          getOwnPropertyDescriptor: (_, k) =>
            keys.includes(k) ? { enumerable: true, configurable: true, get: () => load()[k] } : undefined,
        });`,
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  sourcemap: false,
  legalComments: "external",
  logLevel: "warning",
};
// The same build of SheetJS the bundle took before (the package's ES module, as `import` resolves it).
await build({
  ...common,
  stdin: { contents: 'export * from "@e965/xlsx";', resolveDir: process.cwd(), loader: "js" },
  outfile: "dist/cli/xlsx.cjs",
});
await build({
  ...common,
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/cli/huibiao.cjs",
  define: { __HUIBIAO_VERSION__: JSON.stringify(version) },
  plugins: [lazySheetJs],
  // fflate's build for Node loads worker_threads (through module.createRequire) for its async
  // functions, which the CLI never calls; the browser build is the same code without that (~3 ms
  // of every start).
  alias: { fflate: "fflate/browser" },
  // 7-Zip (7z-wasm, 1.7 MB of WebAssembly) reads .rar and .7z returns: loaded from node_modules
  // when an archive is there, never bundled (src/cli/read/seven-zip.ts).
  external: ["7z-wasm"],
});
