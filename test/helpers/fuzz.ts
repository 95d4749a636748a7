/**
 * Mutations of real returns, the way damage and hostile senders produce them: flipped bytes,
 * truncation, zip parts removed or declaring sizes they do not have, absurd cell references and
 * dimensions, merged areas over the whole sheet, ODS repeat counts in the billions, huge CSV cells.
 * Seeded, so a failure names the seed and the case that reproduces it.
 */
import { unzipSync, zipSync, type Unzipped } from "fflate";
import { random } from "../../src/app/demo/samples";
import { declareSize } from "./packages";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { biffRecords } from "../../src/hosts/file/read/bytes";
import { cleanCompoundFile } from "../../src/hosts/file/read/sheetjs";

export interface Mutant {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** How it was made, to reproduce a failure. */
  readonly how: string;
}

type Rnd = () => number;
type Mutation = (bytes: Uint8Array, rnd: Rnd, name: string) => { bytes: Uint8Array; how: string } | null;

const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const int = (rnd: Rnd, n: number) => Math.floor(rnd() * n);
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function zipped(bytes: Uint8Array): Unzipped | null {
  try {
    return unzipSync(bytes);
  } catch {
    return null;
  }
}

/** Applies `change` to one part of a zip package whose name matches `part`. */
function inPart(part: RegExp, change: (xml: string, rnd: Rnd) => string | null, label: string): Mutation {
  return (bytes, rnd) => {
    const files = zipped(bytes);
    if (!files) return null;
    const names = Object.keys(files).filter((n) => part.test(n));
    if (!names.length) return null;
    const name = pick(rnd, names);
    const changed = change(dec(files[name]), rnd);
    if (changed === null) return null;
    files[name] = enc(changed);
    return { bytes: zipSync(files), how: `${label} in ${name}` };
  };
}

/**
 * Applies `change` to one record of an .xls's workbook stream ([MS-XLS] 2.1.4: a type, a length and
 * that many bytes), the compound file around it laid out afresh: damage SheetJS's BIFF reader
 * meets record by record, where byte flips mostly break the compound file first.
 */
function inRecord(
  change: (record: Uint8Array, rnd: Rnd) => { body: Uint8Array; how: string } | null,
  label: string,
): Mutation {
  return (bytes, rnd) => {
    let name = "Workbook";
    let stream: Uint8Array | null;
    try {
      const cfb = new Cfb(bytes);
      stream = cfb.stream(name) ?? cfb.stream((name = "Book"));
    } catch {
      return null;
    }
    if (!stream) return null;
    const records = [...biffRecords(stream)].filter((r) => r.body + r.length <= stream.length);
    if (!records.length) return null;
    const r = pick(rnd, records);
    const changed = change(stream.subarray(r.body, r.body + r.length), rnd);
    if (!changed || changed.body.length > 0xffff) return null;
    const out = new Uint8Array(stream.length - r.length + changed.body.length);
    out.set(stream.subarray(0, r.body));
    out[r.body - 2] = changed.body.length & 0xff;
    out[r.body - 1] = changed.body.length >> 8;
    out.set(changed.body, r.body);
    out.set(stream.subarray(r.body + r.length), r.body + changed.body.length);
    const type = `0x${(stream[r.body - 4] | (stream[r.body - 3] << 8)).toString(16).padStart(4, "0")}`;
    return { bytes: cleanCompoundFile({ [name]: out }), how: `${label} ${type} at ${r.body - 4}: ${changed.how}` };
  };
}

/** Applies `change` to the bytes of one part of a zip package whose name matches `part` (an .xlsb's binary records). */
function inBinaryPart(
  part: RegExp,
  change: (bytes: Uint8Array, rnd: Rnd) => { bytes: Uint8Array; how: string } | null,
): Mutation {
  return (bytes, rnd) => {
    const files = zipped(bytes);
    if (!files) return null;
    const names = Object.keys(files).filter((n) => part.test(n) && files[n].length > 0);
    if (!names.length) return null;
    const name = pick(rnd, names);
    const changed = change(files[name], rnd);
    if (!changed) return null;
    files[name] = new Uint8Array(changed.bytes);
    return { bytes: zipSync(files), how: `${changed.how} in ${name}` };
  };
}

const ABSURD_REFS = ["XFD1048576", "A1048577", "XFE1", "ZZZZ99999999", "A0", "A-5", "", "1A", "AAAAAAAAAAAA1"];

const MUTATIONS: Record<string, Mutation> = {
  "byte flips": (bytes, rnd) => {
    const out = bytes.slice();
    const n = 1 + int(rnd, 16);
    for (let i = 0; i < n; i++) out[int(rnd, out.length)] ^= 1 + int(rnd, 255);
    return { bytes: out, how: `${n} bytes flipped` };
  },
  truncation: (bytes, rnd) => {
    const at = int(rnd, bytes.length);
    return { bytes: bytes.slice(0, at), how: `cut at ${at} of ${bytes.length}` };
  },
  "zip part removed": (bytes, rnd) => {
    const files = zipped(bytes);
    if (!files) return null;
    const name = pick(rnd, Object.keys(files));
    delete files[name];
    return { bytes: zipSync(files), how: `${name} removed` };
  },
  "declared size": (bytes, rnd) => {
    const files = zipped(bytes);
    if (!files) return null;
    const name = pick(rnd, Object.keys(files));
    const size = pick(rnd, [0, 1, 0x7fffffff, 0xffffffff, 200 * 1024 * 1024, 1024 * 1024 * 1024]);
    return { bytes: declareSize(bytes, name, size), how: `${name} declares ${size} bytes` };
  },
  "absurd cell reference": inPart(
    /worksheets\/.*\.xml$/,
    (xml, rnd) => {
      const refs = [...xml.matchAll(/ r="[A-Z]+\d+"/g)];
      if (!refs.length) return null;
      const m = pick(rnd, refs);
      return xml.slice(0, m.index) + ` r="${pick(rnd, ABSURD_REFS)}"` + xml.slice(m.index! + m[0].length);
    },
    "absurd cell reference",
  ),
  "absurd dimension": inPart(
    /worksheets\/.*\.xml$/,
    (xml, rnd) => {
      const row = pick(rnd, ["1048576", "2147483647", "99999999999", "-1"]);
      return xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace("</sheetData>", `<row r="${row}" spans="1:16384"/></sheetData>`);
    },
    "absurd dimension",
  ),
  "merged areas": inPart(
    /worksheets\/.*\.xml$/,
    (xml, rnd) => {
      const ref = pick(rnd, ["A1:XFD1048576", "A1:A1048576", "B2:A1", "A1:ZZZZ9", "C3:C3"]);
      const cells = `<mergeCell ref="${ref}"/>`.repeat(1 + int(rnd, 3));
      return /<mergeCells[^>]*>/.test(xml)
        ? xml.replace(/<mergeCells[^>]*>/, (m) => m + cells)
        : xml.replace("</sheetData>", `</sheetData><mergeCells>${cells}</mergeCells>`);
    },
    "merged areas",
  ),
  "shared strings index": inPart(
    /worksheets\/.*\.xml$/,
    (xml, rnd) => {
      const m = /t="s"><v>\d+<\/v>/.exec(xml);
      if (!m) return null;
      const v = pick(rnd, ["999999999", "-1", "1e9", "NaN", ""]);
      return xml.slice(0, m.index) + `t="s"><v>${v}</v>` + xml.slice(m.index + m[0].length);
    },
    "shared string index",
  ),
  // Damage inside a part that still inflates (its CRC aside): the XML stops anywhere, or has stray
  // markup in it. The scanners of read/xlsx.ts must end on any such text (a shared-strings part
  // cut inside an item's tag once sent one round and round until V8 aborted).
  "XML part cut": inPart(
    /\.(xml|rels)$/,
    (xml, rnd) => (xml.length < 2 ? null : xml.slice(0, 1 + int(rnd, xml.length - 1))),
    "XML part cut",
  ),
  "XML part garbled": inPart(
    /\.(xml|rels)$/,
    (xml, rnd) => {
      if (!xml.length) return null;
      let out = xml;
      for (let n = 1 + int(rnd, 8); n > 0; n--) {
        const at = int(rnd, out.length);
        const junk = pick(rnd, [
          "<",
          ">",
          "/",
          '"',
          "=",
          "&",
          " ",
          "<si",
          "<t ",
          "</c>",
          "<c ",
          "<row",
          "<v>",
          "",
          "\u0000",
        ]);
        out = out.slice(0, at) + junk + out.slice(at + int(rnd, 6));
      }
      return out;
    },
    "XML part garbled",
  ),
  // Damage inside one BIFF record of an .xls, the compound file whole: a record cut short (one
  // formula record so cut once sent SheetJS's formula reader round for ever: scripts/patch-sheetjs.mjs),
  // or bytes in it changed to values that are lengths, counts and indexes elsewhere.
  "BIFF record cut": inRecord((record, rnd) => {
    if (!record.length) return null;
    const keep = int(rnd, record.length);
    return { body: record.slice(0, keep), how: `cut to ${keep} of ${record.length} bytes` };
  }, "BIFF record"),
  "BIFF record garbled": inRecord((record, rnd) => {
    if (!record.length) return null;
    const body = record.slice();
    const n = 1 + int(rnd, 4);
    for (let i = 0; i < n; i++)
      body[int(rnd, body.length)] = pick(rnd, [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, int(rnd, 256)]);
    return { body, how: `${n} bytes changed` };
  }, "BIFF record"),
  // The same inside an .xlsb's binary parts, the zip around them whole (its CRCs right).
  "binary part garbled": inBinaryPart(/\.bin$/, (part, rnd) => {
    const out = part.slice();
    const n = 1 + int(rnd, 8);
    for (let i = 0; i < n; i++) out[int(rnd, out.length)] = pick(rnd, [0x00, 0x01, 0x7f, 0x80, 0xff, int(rnd, 256)]);
    return { bytes: out, how: `${n} bytes changed` };
  }),
  "binary part cut": inBinaryPart(/\.bin$/, (part, rnd) => {
    const at = int(rnd, part.length);
    return { bytes: part.slice(0, at), how: `cut at ${at} of ${part.length}` };
  }),
  "ODS repeat counts": inPart(
    /^content\.xml$/,
    (xml, rnd) => {
      const count = pick(rnd, ["2147483647", "1048577", "100000", "0", "-3", "1e9"]);
      const attr = pick(rnd, ["table:number-rows-repeated", "table:number-columns-repeated"]);
      const tag = attr.includes("rows") ? "<table:table-row" : "<table:table-cell";
      const hits = [...xml.matchAll(new RegExp(tag, "g"))];
      if (!hits.length) return null;
      const m = pick(rnd, hits);
      return xml.slice(0, m.index) + `${tag} ${attr}="${count}"` + xml.slice(m.index! + tag.length);
    },
    "ODS repeat count",
  ),
  "huge CSV cell": (bytes, rnd, name) => {
    if (!name.endsWith(".csv")) return null;
    const size = pick(rnd, [1_000_000, 5_000_000]);
    const quote = rnd() < 0.5 ? '"' : "";
    const text = dec(bytes).replace("\n", `\n${quote}${"长".repeat(size)}${rnd() < 0.5 ? quote : ""},`);
    return { bytes: enc(text), how: `a cell of ${size} characters${quote ? " (quoted)" : ""}` };
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * `count` mutants of the given files, reproducible from `seed`, made one at a time: a long run
 * (`npm run fuzz -- 20000`) holds one mutant in memory, not all (some are 15 MB).
 */
export function* mutants(
  files: readonly { name: string; bytes: Uint8Array }[],
  count: number,
  seed: number,
): Generator<Mutant> {
  const rnd = random(seed);
  let made = 0;
  const usable = new Set(MUTATION_NAMES);
  for (let n = 0; made < count && usable.size > 0; n++) {
    const kind = MUTATION_NAMES[n % MUTATION_NAMES.length];
    if (!usable.has(kind)) continue;
    // The files in a random order, until one takes this kind of damage (ODS counts need an .ods).
    const order = files.map((f) => ({ f, key: rnd() })).sort((a, b) => a.key - b.key);
    let mutant: Mutant | null = null;
    for (const { f } of order) {
      const m = MUTATIONS[kind](f.bytes, rnd, f.name);
      if (m) {
        mutant = { name: f.name, bytes: m.bytes, how: `${kind}: ${m.how} (${f.name})` };
        break;
      }
    }
    if (mutant) {
      made++;
      yield mutant;
    } else usable.delete(kind);
  }
}
