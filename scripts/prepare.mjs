// npm's `prepare`: corrects SheetJS (scripts/patch-sheetjs.mjs) and builds the CLI after `npm ci`.
//
// npm also runs it when `npx huibiao` is typed in a checkout before `npm ci`: npx installs the
// checkout into its own cache (~/.npm/_npx) and runs `prepare` there. With the dependencies not yet
// installed the build cannot run; failing here would leave that cache half made (no package.json),
// and every later `npx huibiao`, even after `npm ci`, would stop with npm's "ENOENT … package.json"
// (seen with npm 11.19, libnpmexec: the cache is reused when it holds the link). So without the
// dependencies this says what to do and succeeds; bin/huibiao.cjs then says the same and exits 2.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let installed = true;
try {
  require.resolve("esbuild");
} catch {
  installed = false;
}
if (installed) {
  await import("./patch-sheetjs.mjs");
  await import("./build-cli.mjs");
} else {
  process.stderr.write("huibiao: 依赖还没有安装，先在项目目录运行 npm ci（命令行程序随之构建）。\n");
}
