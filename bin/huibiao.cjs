#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
// A merge is one short run, and on 2 cores the optimising compiler's background work competes
// with the run itself: TurboFan's default inlining (up to 460 bytes of bytecode per call site, and
// array builtins such as map and forEach) costs more compile time than it saves before the process
// ends. Set before any of the bundle is compiled; measured with `npm run bench` (README): 300
// returns × 50 rows 0.52 → 0.47 s (smaller inlining) → 0.42 s (builtins not inlined), 300 × 500
// 2.5 → 2.1 s of CPU, the same summary byte for byte.
require("node:v8").setFlagsFromString("--max-inlined-bytecode-size=60 --no-turbo-inline-array-builtins");
const bundle = path.join(__dirname, "..", "dist", "cli", "huibiao.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("huibiao: 命令行程序还没有构建，请先在项目目录运行 npm ci（或 npm run build:cli）。\n");
  process.exit(2);
}
require(bundle);
