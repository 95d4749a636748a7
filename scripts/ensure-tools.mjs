// Runs before `npm test`: the LibreOffice tests need soffice (and CJK fonts). On a fresh Debian
// machine where we are root, install them from Debian's repositories; otherwise say what to do.
import { execFileSync, spawnSync } from "node:child_process";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

if (!has("soffice")) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !has("apt-get")) {
    console.error("npm test needs LibreOffice: install it with `sudo apt-get install -y libreoffice-calc-nogui fonts-noto-cjk`, then run npm test again.");
    process.exit(1);
  }
  console.error("Installing LibreOffice (libreoffice-calc-nogui, fonts-noto-cjk) for the tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "libreoffice-calc-nogui", "fonts-noto-cjk"], { stdio: ["ignore", "ignore", "inherit"], env });
}
