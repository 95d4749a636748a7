// npm start: build in watch mode and serve dist/ on https://localhost:3000/ with the Office dev
// certificate; sideload into Excel where Excel is installed, otherwise say so and serve anyway.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join, resolve } from "node:path";
import { serveDir } from "./static-server.cjs";

const PORT = 3000;
const manifest = resolve("dist/manifest.xml");

console.log("汇表助手：正在构建（webpack --watch）…");
const first = spawnSync("npx", ["webpack", "--mode", "development"], {
  stdio: "inherit",
  shell: platform() === "win32",
});
if (first.status !== 0) process.exit(first.status ?? 1);
const watch = spawn("npx", ["webpack", "--mode", "development", "--watch"], {
  stdio: ["ignore", "ignore", "inherit"],
  shell: platform() === "win32",
});

let tls;
try {
  const certs = await import("office-addin-dev-certs");
  tls = await certs.getHttpsServerOptions();
} catch (e) {
  // The certificate was made but its CA could not be trusted (no admin rights, no sudo): serve
  // https with it anyway; browsers will warn until the CA is trusted.
  const dir = join(homedir(), ".office-addin-dev-certs");
  if (existsSync(join(dir, "localhost.key")) && existsSync(join(dir, "localhost.crt"))) {
    tls = { key: readFileSync(join(dir, "localhost.key")), cert: readFileSync(join(dir, "localhost.crt")) };
    console.warn(
      `开发证书已生成，但未能设为受信任（${e instanceof Error ? e.message.split("\n")[0] : e}）：仍用 https，浏览器会提示证书不受信任。`,
    );
  } else {
    console.warn(
      `无法准备本机 https 开发证书（${e instanceof Error ? e.message.split("\n")[0] : e}）：改用 http。Excel 只加载 https 页面，独立网页模式不受影响。`,
    );
  }
}
const server = await serveDir("dist", { port: PORT, host: "localhost", tls });
console.log(`页面：${server.url}taskpane.html（独立网页模式也可直接在浏览器中使用）`);
console.log(`WPS 加载项：${server.url}wps/（把 dist/wps/jsplugins.xml 的地址指向这里）`);

const excel = findExcel();
if (!excel) {
  console.log("这台机器上没有找到 Excel：不做旁加载，只提供页面。在装有 Excel 的电脑上运行 npm start 会自动旁加载。");
} else if (platform() === "darwin") {
  const wef = join(homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");
  mkdirSync(wef, { recursive: true });
  copyFileSync(manifest, join(wef, "huibiao-manifest.xml"));
  console.log("已旁加载到 Excel for Mac：重新启动 Excel，在「开始」选项卡找到「汇表助手」。");
} else if (platform() === "win32") {
  const added = spawnSync(
    "reg",
    [
      "add",
      "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
      "/v",
      "huibiao",
      "/t",
      "REG_SZ",
      "/d",
      manifest,
      "/f",
    ],
    { stdio: "ignore" },
  );
  console.log(
    added.status === 0
      ? "已旁加载到 Excel：启动 Excel，在「开始」选项卡找到「汇表助手」。"
      : "旁加载失败：请按 README 的「在 Excel 中旁加载」一节手动操作。",
  );
}

const stop = async () => {
  watch.kill();
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

function findExcel() {
  if (platform() === "darwin")
    return existsSync("/Applications/Microsoft Excel.app") ? "/Applications/Microsoft Excel.app" : null;
  if (platform() !== "win32") return null;
  const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
  for (const root of roots) {
    const exe = join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE");
    if (existsSync(exe)) return exe;
  }
  return null;
}
