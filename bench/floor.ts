/**
 * The floor for reading returns: each file read from disk, every part unpacked with Node's zlib,
 * and the sheet XML scanned once for its cells (indexOf, no values kept). No merge, no output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Zip } from "../src/hosts/file/read/zip";
import { zlibInflate } from "../src/cli/read/zlib-inflate";

const dir = process.argv[2];
let cells = 0;
for (const name of readdirSync(dir).sort()) {
  const zip = new Zip(readFileSync(join(dir, name)), zlibInflate);
  for (const part of zip.entries.keys()) {
    const xml = zip.text(part) ?? "";
    if (!part.includes("sheet")) continue;
    for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells++;
  }
}
process.stdout.write(`${cells}\n`);
