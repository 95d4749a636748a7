// After `webpack`: the WPS add-in laid out for an offline install, as Kingsoft's own tool (wpsjs
// build) lays it out: publish.xml beside the folder name_version that holds the add-in, and a
// script that copies both into the user's jsaddons folder (install.bat on Windows, install.sh on
// Linux; wpsjs writes the same xcopy lines in its copy.bat).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const { name, version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url)));
const folder = `${name}_${version}`;
const out = "dist/wps-offline";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync("dist/wps", join(out, folder), { recursive: true, filter: (src) => !/(jsplugins|publish)\.xml$/.test(src) });
writeFileSync(join(out, "publish.xml"), readFileSync("dist/wps/publish.xml"));
writeFileSync(
  join(out, "install.bat"),
  [
    "@echo off",
    `set source_folder=${folder}`,
    "set destination_folder=%appdata%\\kingsoft\\wps\\jsaddons",
    'if not exist "%destination_folder%" mkdir "%destination_folder%"',
    'xcopy /E /I /Y "%~dp0%source_folder%" "%destination_folder%\\%source_folder%"',
    'if exist "%destination_folder%\\publish.xml" (echo publish.xml 已存在：请把本目录 publish.xml 中的 jsplugin 一行加入其中) else (copy /Y "%~dp0publish.xml" "%destination_folder%")',
    "",
  ].join("\r\n"),
);
writeFileSync(
  join(out, "install.sh"),
  [
    "#!/bin/sh",
    'here="$(cd "$(dirname "$0")" && pwd)"',
    'dest="$HOME/.local/share/Kingsoft/wps/jsaddons"',
    'mkdir -p "$dest"',
    `rm -rf "$dest/${folder}" && cp -R "$here/${folder}" "$dest/"`,
    'if [ -f "$dest/publish.xml" ]; then echo "publish.xml 已存在：请把本目录 publish.xml 中的 jsplugin 一行加入其中"; else cp "$here/publish.xml" "$dest/"; fi',
    "",
  ].join("\n"),
  { mode: 0o755 },
);
console.log(`${out}/: publish.xml, ${folder}/, install.bat, install.sh`);
