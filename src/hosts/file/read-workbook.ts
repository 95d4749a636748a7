import { zipSync } from "fflate";
import { ref, TextError, type MessageRef } from "../../core/i18n/text";
import { a1 } from "../../core/sheet/address";
import { WORKBOOK_EXTENSIONS, type ReadWorkbook } from "../files";
import { decodeText, parseCsv } from "./csv";
import { biffHasFilePass, Cfb, CfbProblem, isCfb } from "./read/cfb";
import { LIMITS } from "./read/limits";
import { checkOdsRepeats } from "./read/ods-guard";
import { cleanCompoundFile, readWithSheetJs } from "./read/sheetjs";
import { readXlsxPackage, XlsxProblem } from "./read/xlsx";
import { fflateInflate, Zip, ZipProblem, type Inflate } from "./read/zip";

export { READ_OPTIONS } from "./read/sheetjs";

/** A workbook file that cannot be read; the message says why and what to do (from the catalogs). */
export class ReadError extends TextError {
  constructor(
    readonly file: string,
    why: MessageRef,
  ) {
    super(why);
    this.name = "ReadError";
  }
}

const MB = 1024 * 1024;
/** Names under which plain text is read as delimited rows; text named .xlsx is refused, not guessed at. */
const TEXT_EXTENSIONS = [".csv", ".tsv", ".txt"];

export interface ReadOptions {
  /** How zip entries are unpacked: fflate by default; the CLI passes Node's zlib. */
  readonly inflate?: Inflate;
}

/**
 * Reads a workbook's sheets as plain values (dates marked, in the 1900 date system), whatever the
 * format, judged by the bytes rather than the file name (a real .xls renamed .xlsx reads as .xls).
 * Every limit in LIMITS is checked while reading. Throws a ReadError that says what is wrong.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ReadWorkbook {
  const ext = extension(fileName);
  if (bytes.length === 0) throw new ReadError(fileName, ref("read.empty"));
  if (ext === ".numbers") throw new ReadError(fileName, ref("read.kind-numbers"));
  if (!(WORKBOOK_EXTENSIONS as readonly string[]).includes(ext))
    throw new ReadError(fileName, ext ? ref("read.not-workbook", { ext }) : ref("read.no-extension"));
  if (bytes.length > LIMITS.fileBytes)
    throw new ReadError(fileName, ref("read.too-large", { mb: mb(bytes.length), limit: LIMITS.fileBytes / MB }));
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readZip(bytes, ext, options.inflate ?? fflateInflate);
    if (isCfb(bytes)) return readCompound(bytes, ext);
    if (bytes[0] === 0x09 && [0x00, 0x02, 0x04].includes(bytes[1])) return readWithSheetJs(bytes); // BIFF2-4 .xls
    return readText(bytes, fileName, ext);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fileName, explain(e, ext));
  }
}

function readZip(bytes: Uint8Array, ext: string, inflate: Inflate): ReadWorkbook {
  const zip = new Zip(bytes, inflate);
  if (zip.has("index/document.iwa") || [...zip.entries.keys()].some((k) => k.endsWith(".iwa")))
    throw new ReasonError(ref("read.kind-numbers"));
  if (zip.has("word/document.xml")) throw new ReasonError(ref("read.kind-word"));
  if (zip.has("ppt/presentation.xml")) throw new ReasonError(ref("read.kind-powerpoint"));
  const mimetype = zip.has("mimetype") ? (zip.text("mimetype") ?? "").trim() : "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
    if (!mimetype.includes("spreadsheet")) throw new ReasonError(ref("read.kind-word"));
    checkOdsRepeats(zip.text("content.xml") ?? "");
    return readWithSheetJs(stored(zip));
  }
  if (zip.has("xl/workbook.xml") || zip.has("_rels/.rels")) {
    const read = readXlsxPackage(zip);
    if (read) return read;
    // xlsb, strict OOXML with prefixed elements: SheetJS, given the parts unpacked already.
    if (zip.has("xl/workbook.bin") || zip.has("xl/workbook.xml")) return readWithSheetJs(stored(zip));
  }
  throw new ReasonError(ref("read.kind-zip", { ext: ext || "—" }));
}

/**
 * The package again with every part stored rather than deflated, after this reader unpacked each
 * one under the limits: SheetJS then never runs its own inflate (which loops on some damaged data).
 */
function stored(zip: Zip): Uint8Array {
  const parts: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const e of zip.entries.values()) {
    if (e.name.endsWith("/")) continue;
    parts[e.name] = [zip.read(e.name) ?? new Uint8Array(), { level: 0 }];
  }
  return zipSync(parts);
}

function readCompound(bytes: Uint8Array, ext: string): ReadWorkbook {
  const cfb = new Cfb(bytes);
  if (cfb.has("EncryptedPackage") || cfb.has("EncryptionInfo")) throw new ReasonError(ref("read.password"));
  if (cfb.has("WordDocument")) throw new ReasonError(ref("read.kind-word"));
  if (cfb.has("PowerPoint Document")) throw new ReasonError(ref("read.kind-powerpoint"));
  const biff = cfb.stream("Workbook") ?? cfb.stream("Book");
  if (!biff) throw new ReasonError(ext === ".et" || ext === ".ett" ? ref("read.et") : ref("read.damaged", { ext }));
  if (biffHasFilePass(biff)) throw new ReasonError(ref("read.xls-encrypted"));
  const name = cfb.has("Workbook") ? "Workbook" : "Book";
  const summary = cfb.stream("\u0005SummaryInformation");
  const clean = cleanCompoundFile(summary ? { [name]: biff, "\u0005SummaryInformation": summary } : { [name]: biff });
  try {
    return readWithSheetJs(clean);
  } catch (e) {
    if (e instanceof XlsxProblem) throw e;
    throw new ReasonError(ext === ".et" || ext === ".ett" ? ref("read.et") : ref("read.xls-unreadable"));
  }
}

function readText(bytes: Uint8Array, fileName: string, ext: string): ReadWorkbook {
  const head = decodeText(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (head.startsWith("%pdf")) throw new ReasonError(ref("read.kind-pdf"));
  if (head.startsWith("<")) {
    if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return readWithSheetJs(bytes);
    if (head.includes("office:document") && head.includes("opendocument")) {
      checkOdsRepeats(decodeText(bytes));
      return readWithSheetJs(bytes);
    }
    if (/<(html|table|!doctype html)\b/.test(head)) throw new ReasonError(ref("read.kind-html", { ext: ext || "—" }));
    throw new ReasonError(ref("read.kind-xml"));
  }
  if (hasBinaryBytes(bytes)) throw new ReasonError(ref("read.damaged", { ext: ext || "—" }));
  if (!TEXT_EXTENSIONS.includes(ext)) throw new ReasonError(ref("read.kind-text", { ext }));
  const name = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const rows = parseCsv(decodeText(bytes));
  let cells = 0;
  rows.forEach((row, r) => {
    if (r >= LIMITS.rows) throw new XlsxProblem("too-many-rows", name, rows.length);
    if (row.length > LIMITS.columns) throw new XlsxProblem("too-many-columns", name, row.length);
    row.forEach((v, c) => {
      if (typeof v === "string" && v.length > LIMITS.cellChars)
        throw new XlsxProblem("cell-too-long", name, v.length, a1(r, c));
    });
    cells += row.length;
    if (cells > LIMITS.cells) throw new XlsxProblem("too-many-cells", name, cells);
  });
  return { sheets: [{ name, rows, merges: [] }] };
}

/** NUL and other control bytes that text files do not hold: a binary file, whatever its name. */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65_536);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 && !(bytes[0] === 0xff || bytes[0] === 0xfe)) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) odd++;
  }
  return odd > n / 100;
}

/** A reason found while reading, before the file name is known to the error. */
class ReasonError extends Error {
  constructor(readonly why: MessageRef) {
    super(why.key);
  }
}

function explain(e: unknown, ext: string): MessageRef {
  if (e instanceof ReasonError) return e.why;
  if (e instanceof ZipProblem)
    return e.kind === "too-large"
      ? ref("read.unpacked-too-large", { limit: LIMITS.packageBytes / MB })
      : ref("read.damaged", { ext: ext || "—" });
  if (e instanceof XlsxProblem) {
    switch (e.kind) {
      case "too-many-rows":
        return ref("read.too-many-rows", { sheet: e.sheet, limit: LIMITS.rows });
      case "too-many-columns":
        return ref("read.too-many-columns", { sheet: e.sheet, count: e.count, limit: LIMITS.columns });
      case "too-many-cells":
        return ref("read.too-many-cells", { limit: LIMITS.cells });
      case "cell-too-long":
        return ref("read.cell-too-long", { sheet: e.sheet, cell: e.cell, count: e.count, limit: LIMITS.cellChars });
      default:
        return ref("read.damaged", { ext: ext || "—" });
    }
  }
  if (e instanceof CfbProblem) return ref("read.damaged", { ext: ext || "—" });
  if (e instanceof RangeError) return ref("read.unpacked-too-large", { limit: LIMITS.packageBytes / MB });
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return ref("read.xls-encrypted");
  if (ext === ".et" || ext === ".ett") return ref("read.et");
  return ref("read.damaged", { ext: ext || "—" });
}

function extension(fileName: string): string {
  return (/\.[^.\\/]+$/.exec(fileName)?.[0] ?? "").toLowerCase();
}

function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
