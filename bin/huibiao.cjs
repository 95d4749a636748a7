#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
// A merge is one short run: TurboFan's default inlining (up to 460 bytes of bytecode per call
// site) costs more compile time than it saves before the process ends. Smaller inlining, set
// before any of the bundle is compiled, measured 0.52 → 0.47 s on 300 returns × 50 rows and
// 2.5 → 2.2 s of CPU on 300 × 500, with the same summary byte for byte (npm run bench; README).
require("node:v8").setFlagsFromString("--max-inlined-bytecode-size=60");
const bundle = path.join(__dirname, "..", "dist", "cli", "huibiao.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("huibiao: 命令行程序还没有构建，请先在项目目录运行 npm ci（或 npm run build:cli）。\n");
  process.exit(2);
}
require(bundle);
