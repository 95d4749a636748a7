// Corrects loops in SheetJS (@e965/xlsx 0.20.3) in node_modules, run by `prepare` after `npm ci`
// and before anything is built or tested. Four were found by the fuzz (test/fuzz) on damaged
// returns and one more by hand beside one of them: they ran until memory ran out or for ever, and
// were stopped in the pane and the CLI only by their time or memory limit per file (the formula
// loop: read.timeout at 60 s); a read in-process (the tests, the CLI's roster file) never ended.
// The other four are the same fault found by reading the code (string loops bounded by a length
// read from the file), not seen in a file and without a test of their own. Each correction bounds
// a loop by the data there. SheetJS's own test corpus (github.com/SheetJS/test_files: the 1,343
// .xls, .xlsb, .ods, .fods and .xml of it stored here) read as shipped and as corrected: 1,342
// alike cell for cell and in their document properties; in one (comments_stress_test.xls) a
// comment's text, read past its data's end, lost the NULs it had from there.
//
// Exits non-zero when a loop is found neither as shipped nor as corrected: a SheetJS upgrade must
// not drop a correction silently (redo it, and its test, for the new version).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const MARK = "/* huibiao: scripts/patch-sheetjs.mjs */";

const FIXES = [
  {
    // A formula's tokens (parse_Rgce, [MS-XLS] 2.5.198.104): a FORMULA record cut short made the
    // formula's length NaN (read past the record), and `target != blob.l` never became false
    // (seed 240241, container fuzz #596). Its callers set the position to the record's end after,
    // so the cell keeps the value the file saved. Test: test/cli/sheetjs-damage.test.ts.
    from: "while(target != blob.l) {",
    to: `while(blob.l < target) { ${MARK}`,
  },
  {
    // A UTF-16 string ([MS-XLSB] 2.5.166 XLWideString, and the like) whose length runs past the
    // end of the data: an .xlsb string cell whose length was changed to billions built a string of
    // that many characters from nothing (seed 7002, #92; without Node's Buffer, as in the browser
    // and for a Uint8Array in Node; with it, the cell silently took the bytes up to the end). Now
    // an error: SheetJS gives up on the sheet and read/sheetjs.ts says so (read.sheet-damaged); the
    // pane's worker and the WPS build bundle this same corrected copy. Test:
    // test/cli/sheetjs-damage.test.ts.
    from: "case 'dbcs':\n\t\t\tloc = this.l;\n",
    to: `case 'dbcs':\n\t\t\tloc = this.l; if(loc + 2*size > this.length) throw new Error("huibiao: a string runs past the end of its data"); ${MARK}\n`,
  },
  {
    // The same fault, read in the code: the helpers other string readers use (UTF-16LE, and bytes
    // as characters) went on past the data's end to the end the file declared.
    from: "for(var i=s; i<e; i+=2) ss.push(String.fromCharCode(__readUInt16LE(b,i)));",
    to: `for(var i=s; i<e && i<b.length; i+=2) ss.push(String.fromCharCode(__readUInt16LE(b,i))); ${MARK}`,
  },
  {
    from: "for(var i=s; i<e; i++) ss.push(String.fromCharCode(__readUInt8(b,i)));",
    to: `for(var i=s; i<e && i<b.length; i++) ss.push(String.fromCharCode(__readUInt8(b,i))); ${MARK}`,
  },
  {
    // The same fault, read in the code: BIFF8 strings over CONTINUE records ([MS-XLS] 2.5.293
    // XLUnicodeRichExtendedString); the 8-bit loop ran `i != size` (a NaN size never ends it), both
    // past the data's end.
    from: "case 'dbcs-cont': o = \"\"; loc = this.l;\n\t\t\tfor(i = 0; i < size; ++i) {",
    to: `case 'dbcs-cont': o = ""; loc = this.l;\n\t\t\tfor(i = 0; i < size && loc < this.length; ++i) { ${MARK}`,
  },
  {
    from: "case 'sbcs-cont': o = \"\"; loc = this.l;\n\t\t\tfor(i = 0; i != size; ++i) {",
    to: `case 'sbcs-cont': o = ""; loc = this.l;\n\t\t\tfor(i = 0; i < size && loc < this.length; ++i) { ${MARK}`,
  },
  {
    // An .xlsb's cell metadata ([MS-XLSB] 2.4.695 BrtMdb, xl/metadata.bin): a count of pairs
    // garbled to billions pushed pairs read from past the part's end until memory ran out (seed
    // 7007, #1820). Values do not depend on it; the pairs that are there are read.
    from: "  while (cnt-- > 0)\n    out.push([data.read_shift(4), data.read_shift(4)]);",
    to: `  while (cnt-- > 0 && data.l < data.length) ${MARK}\n    out.push([data.read_shift(4), data.read_shift(4)]);`,
  },
  {
    // A property set of an .xls's document properties ([MS-OLEPS] 2.20 PropertySet, in
    // SummaryInformation and DocumentSummaryInformation): a NumProperties garbled to hundreds of
    // millions read that many (ID, offset) pairs from past the stream's end into an array until
    // memory ran out (seed 260002, #14512: 4 GB in-process; the CLI's reader stopped at its 1.5 GB
    // limit after ~25 s and rejected the file). Now an error, which SheetJS's caller
    // (parse_xls_props) swallows: the properties are left out, the sheets read. Test:
    // test/cli/sheetjs-damage.test.ts.
    from: "\tvar NumProps = blob.read_shift(4);\n",
    to: `\tvar NumProps = blob.read_shift(4); if(!(NumProps >= 0 && blob.l + 8*NumProps <= blob.length)) throw new Error("huibiao: a property count runs past the end of its data"); ${MARK}\n`,
  },
  {
    // The same fault, found by garbling it by hand after the fuzz found the one above: the names of
    // custom properties ([MS-OLEPS] 2.18.1 Dictionary, in a stream's second property set), a count
    // made hundreds of millions ran for over a minute. The CLI, the pane and the WPS add-in hand
    // SheetJS an .xls's Workbook and SummaryInformation streams only (read-workbook.ts), and a
    // SummaryInformation stream may hold two sets. Each entry takes 8 bytes at least (an id and a
    // length), so a count the data cannot hold is an error, swallowed as above. (The counts of
    // vectors, TitlesOfParts and HeadingPairs, are read only from DocumentSummaryInformation, which
    // SheetJS is not given: a TitlesOfParts count garbled so aborted V8 after ~28 s.) Test:
    // test/cli/sheetjs-damage.test.ts.
    from: "\tfor(var j = 0; j != cnt; ++j) {\n",
    to: `\tif(!(cnt >= 0 && blob.l + 8*cnt <= blob.length)) throw new Error("huibiao: a dictionary's count runs past the end of its data"); ${MARK}\n\tfor(var j = 0; j < cnt; ++j) {\n`,
  },
];

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("@e965/xlsx")); // its xlsx.js, beside xlsx.mjs
for (const name of ["xlsx.js", "xlsx.mjs"]) {
  const path = join(root, name);
  // xlsx.mjs carries Flow type comments (`function(b/*:RawBytes*/,s/*:number*/…)`) where xlsx.js has
  // none; the loops themselves are written alike in both.
  let source = readFileSync(path, "utf8");
  for (const { from, to } of FIXES) {
    const shipped = source.split(from).length - 1;
    if (shipped === 1) source = source.replace(from, to);
    else if (shipped !== 0 || !source.includes(to)) {
      process.stderr.write(
        `patch-sheetjs: ${path}: expected ${JSON.stringify(from)} once (found ${shipped}); redo this correction for this version of SheetJS\n`,
      );
      process.exit(1);
    }
  }
  writeFileSync(path, source);
}
