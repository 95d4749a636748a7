/**
 * Mutations of real returns, the way damage and hostile senders produce them: flipped bytes,
 * truncation, zip parts removed or declaring sizes they do not have, absurd cell references and
 * dimensions, merged areas over the whole sheet, ODS repeat counts in the billions, huge CSV cells.
 * Seeded, so a failure names the seed and the case that reproduces it.
 */
import { unzipSync, zipSync, type Unzipped } from "fflate";
import { random } from "../../src/app/demo/samples";
import { declareSize } from "./packages";

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
