// Runs before `npm test`. The tests use real programs from Debian, never downloaded binaries:
//   LibreOffice (opens what we write, writes xls/ods returns, and Writer .docx ones), CJK fonts, Chromium (end-to-end
//   tests of the built page, driven by playwright-core), xmllint (the manifest's XSD check) and
//   Python's openpyxl (writes messy returns, as a program other than ours), and 7-Zip (packs .7z
//   archives of returns, as units send them).
// On a fresh Debian machine where we are root, install the missing ones; otherwise say what to do.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const needed = [
  { ok: has("soffice"), pkg: "libreoffice-calc-nogui" },
  // LibreOffice Writer makes the Word (.docx) returns of test/lo/word-returns.test.ts.
  { ok: existsSync("/usr/lib/libreoffice/program/libswlo.so"), pkg: "libreoffice-writer-nogui" },
  {
    ok:
      existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc") ||
      spawnSync("sh", ["-c", "fc-list | grep -qi 'Noto Sans CJK'"]).status === 0,
    pkg: "fonts-noto-cjk",
  },
  { ok: existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"), pkg: "chromium" },
  { ok: has("xmllint"), pkg: "libxml2-utils" },
  // Debian's python3 with openpyxl writes the messy returns of test/lo/messy-returns.test.ts.
  { ok: spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0, pkg: "python3-openpyxl" },
  // Debian's 7-Zip (7zz) packs the .7z returns of test/lo/seven-zip-returns.test.ts.
  { ok: has("7zz"), pkg: "7zip" },
]
  .filter((n) => !n.ok)
  .map((n) => n.pkg);

if (needed.length) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !has("apt-get")) {
    console.error(
      `npm test needs: ${needed.join(" ")}. Install them with \`sudo apt-get install -y ${needed.join(" ")}\`, then run npm test again.`,
    );
    process.exit(1);
  }
  console.error(`Installing for the tests: ${needed.join(", ")}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...needed], { stdio: ["ignore", "ignore", "inherit"], env });
}
