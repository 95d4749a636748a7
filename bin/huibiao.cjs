#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "huibiao.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("huibiao: 命令行程序还没有构建，请先在项目目录运行 npm ci（或 npm run build:cli）。\n");
  process.exit(2);
}
require(bundle);
