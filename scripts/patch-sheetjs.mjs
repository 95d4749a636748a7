// Corrects one loop in SheetJS (@e965/xlsx 0.20.3) in node_modules, run by `prepare` after `npm ci`
// and before anything is built or tested.
//
// SheetJS reads a formula's tokens (parse_Rgce, [MS-XLS] 2.5.198.104 Rgce) with
// `while(target != blob.l)`: a damaged .xls or .xlsb whose token claims more bytes than its
// formula has (a string token's length, say) moves the position past the formula's end, the loop
// never meets it again and reads on until memory runs out. The fuzz found one (seed 240241, the
// container fuzz's #596: an .xls with six bytes flipped); the pane and the CLI stopped it only at
// their 60-second limit (read.timeout), and a read in-process (the standalone page without
// workers, the tests) never ended. `while(blob.l < target)` ends the formula there; its callers
// (parse_XLSCellParsedFormula and the like) set the position to the record's end afterwards, so
// the cell keeps the value the file saved for it. The test "a formula whose token runs past its
// end" (test/file/read-xls-damage.test.ts) reads such a file in a child process with a time limit.
//
// Exits non-zero when the loop is found neither as shipped nor as corrected: a SheetJS upgrade must
// not drop the correction silently.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const FIXES = [
  { from: "while(target != blob.l) {", to: "while(blob.l < target) { /* huibiao: scripts/patch-sheetjs.mjs */" },
];

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("@e965/xlsx")); // its xlsx.js, beside xlsx.mjs
for (const name of ["xlsx.js", "xlsx.mjs"]) {
  const path = join(root, name);
  let source = readFileSync(path, "utf8");
  for (const { from, to } of FIXES) {
    const shipped = source.split(from).length - 1;
    if (shipped === 1) source = source.replace(from, to);
    else if (shipped !== 0 || !source.includes(to)) {
      process.stderr.write(
        `patch-sheetjs: ${path}: expected "${from}" once (found ${shipped}); the correction must be redone for this version\n`,
      );
      process.exit(1);
    }
  }
  writeFileSync(path, source);
}
