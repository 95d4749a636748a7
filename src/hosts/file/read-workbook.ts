import { zipSync } from "fflate";
import { ref, TextError, type MessageRef } from "../../core/i18n/text";
import { a1 } from "../../core/sheet/address";
import { extensionOf } from "../../core/text/extension";
import { notWorkbookReason, WORKBOOK_EXTENSIONS, type ReadWorkbook } from "../files";
import { decodeText, parseCsv } from "./csv";
import { biffHasFilePass, Cfb, CfbProblem, isCfb } from "./read/cfb";
import { biffCodepage, withCodepage } from "./read/biff-codepage";
import { biffResultsCalculated } from "./read/biff-recalc";
import { xlsPictures } from "./read/xls-pictures";
import { LIMITS } from "./read/limits";
import { checkOdsRepeats } from "./read/ods-guard";
import { odsHiddenRows, odsHiddenSheets, odsPictures, odsSavedAt } from "./read/ods-meta";
import { cleanCompoundFile, readWithSheetJs } from "./read/sheetjs";
import { DEFAULT_PASSWORD, decryptWithDefaultPassword } from "./read/xls-default-password";
import { readXlsxPackage, XlsxProblem } from "./read/xlsx";
import { readDocx } from "./read/docx";
import { DocProblem, readDoc } from "./read/doc";
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
  /**
   * false: files that need SheetJS (.xls, .ods, .xlsb, SpreadsheetML, prefixed .xlsx) throw
   * NeedsSheetJs instead of being read (the CLI reads those in a separate process).
   */
  readonly sheetjs?: boolean;
}

/** The file needs SheetJS, which the caller chose not to run here. */
export class NeedsSheetJs extends Error {
  constructor() {
    super("needs SheetJS");
  }
}

/**
 * Reads a workbook's sheets as plain values (dates marked, in the 1900 date system), whatever the
 * format, judged by the bytes rather than the file name (a real .xls renamed .xlsx reads as .xls).
 * Every limit in LIMITS is checked while reading. Throws a ReadError that says what is wrong.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ReadWorkbook {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new ReadError(fileName, ref("read.empty"));
  if (ext === ".numbers") throw new ReadError(fileName, ref("read.kind-numbers"));
  if (!(WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) throw new ReadError(fileName, notWorkbookReason(ext));
  if (bytes.length > LIMITS.fileBytes)
    throw new ReadError(fileName, ref("read.too-large", { mb: mb(bytes.length), limit: LIMITS.fileBytes / MB }));
  const viaSheetJs: SheetJs = options.sheetjs === false ? refuseSheetJs : readWithSheetJs;
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
      return readZip(bytes, ext, options.inflate ?? fflateInflate, viaSheetJs);
    if (isCfb(bytes)) return readCompound(bytes, ext, viaSheetJs);
    // A workbook stream without its compound-file container (BIFF2-4, and BIFF5/8 from some exporters).
    if (bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1])) return viaSheetJs(bytes);
    return readText(bytes, fileName, ext, viaSheetJs);
  } catch (e) {
    if (e instanceof ReadError || e instanceof NeedsSheetJs) throw e;
    throw new ReadError(fileName, explain(e, ext));
  }
}

/** SheetJS's reading; `uncalculated`: list formulas showing nothing as saved without their result. */
type SheetJs = (bytes: Uint8Array, password?: string, uncalculated?: boolean) => ReadWorkbook;

const refuseSheetJs: SheetJs = () => {
  throw new NeedsSheetJs();
};

function readZip(bytes: Uint8Array, ext: string, inflate: Inflate, viaSheetJs: SheetJs): ReadWorkbook {
  const zip = new Zip(bytes, inflate);
  if (zip.has("index/document.iwa") || [...zip.entries.keys()].some((k) => k.endsWith(".iwa")))
    throw new ReasonError(ref("read.kind-numbers"));
  if (zip.has("word/document.xml")) {
    // The plan's forms filled in inside a Word document: its tables are read (one without any is refused).
    const doc = readDocx(zip);
    if (doc) return doc;
    // No table: a photo or screenshot of the form pasted in is said as such (its pictures, DrawingML or VML).
    const pictures = (zip.text("word/document.xml") ?? "").match(/<pic:pic[\s>]|<v:imagedata[\s>]/g)?.length ?? 0;
    throw new ReasonError(pictures ? ref("read.word-pictures", { count: pictures }) : ref("read.kind-word"));
  }
  if (zip.has("ppt/presentation.xml")) throw new ReasonError(ref("read.kind-powerpoint"));
  const mimetype = zip.has("mimetype") ? (zip.text("mimetype") ?? "").trim() : "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
    if (!mimetype.includes("spreadsheet")) throw new ReasonError(ref("read.kind-word"));
    // An .ods saved with a password: its parts are encrypted (OpenDocument 1.3 §3.4 encryption-data).
    if ((zip.text("META-INF/manifest.xml") ?? "").includes("encryption-data"))
      throw new ReasonError(ref("read.password"));
    const content = zip.text("content.xml") ?? "";
    checkOdsRepeats(content);
    const read = withOdsHidden(viaSheetJs(stored(zip)), content);
    return read.savedAt === undefined ? { ...read, savedAt: odsSavedAt(zip.text("meta.xml")) } : read;
  }
  if (zip.has("xl/workbook.xml") || zip.has("_rels/.rels")) {
    const read = readXlsxPackage(zip);
    if (read) return read;
    // xlsb, strict OOXML with prefixed elements: SheetJS, given the parts unpacked already.
    if (zip.has("xl/workbook.bin") || zip.has("xl/workbook.xml")) return viaSheetJs(stored(zip));
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

function readCompound(bytes: Uint8Array, ext: string, viaSheetJs: SheetJs): ReadWorkbook {
  const cfb = new Cfb(bytes);
  if (cfb.has("EncryptedPackage") || cfb.has("EncryptionInfo")) throw new ReasonError(ref("read.password"));
  // A workbook may embed a Word document or a slide (an object inserted): what the file is, is what its root holds.
  const book = cfb.atRoot("Workbook") || cfb.atRoot("Book");
  if (cfb.atRoot("WordDocument") || (!book && cfb.has("WordDocument"))) return wordTables(cfb, ext);
  if (!book && cfb.has("PowerPoint Document")) throw new ReasonError(ref("read.kind-powerpoint"));
  const found = cfb.stream("Workbook") ?? cfb.stream("Book");
  if (!found)
    throw new ReasonError(
      ext === ".et" || ext === ".ett"
        ? ref("read.et")
        : isWordName(ext)
          ? ref("read.word-old", { ext })
          : ref("read.damaged", { ext }),
    );
  let biff: Uint8Array = found;
  const name = cfb.has("Workbook") ? "Workbook" : "Book";
  if (biffHasFilePass(biff)) {
    // Excel's built-in password (a protected workbook structure, no password to open) is tried, as
    // Excel, WPS and LibreOffice try it; a real password to open is refused with the reason.
    const decrypted = decryptWithDefaultPassword(biff);
    if (!decrypted) {
      // XOR obfuscation (Excel 95's scheme): SheetJS decrypts it and checks the password itself.
      try {
        return viaSheetJs(cleanCompoundFile({ [name]: biff }), DEFAULT_PASSWORD);
      } catch (e) {
        if (e instanceof XlsxProblem || e instanceof NeedsSheetJs) throw e;
        throw new ReasonError(ref("read.xls-encrypted"));
      }
    }
    biff = decrypted;
  }
  const summary = cfb.stream("\u0005SummaryInformation");
  const clean = cleanCompoundFile(summary ? { [name]: biff, "\u0005SummaryInformation": summary } : { [name]: biff });
  // A BIFF8 workbook that no spreadsheet calculated (xlwt, POI): its formulas' empty "results" are
  // no results. Excel 95's BIFF5 has no such mark, and is let be.
  const uncalculated = name === "Workbook" && !biffResultsCalculated(biff);
  let read: ReadWorkbook;
  try {
    read = viaSheetJs(clean, undefined, uncalculated);
  } catch (e) {
    if (e instanceof XlsxProblem || e instanceof NeedsSheetJs) throw e;
    throw new ReasonError(ext === ".et" || ext === ".ett" ? ref("read.et") : ref("read.xls-unreadable"));
  }
  const pictures = withPictures(read, xlsPictures(biff));
  return name === "Book" ? withCodepage(pictures, biffCodepage(biff)) : pictures;
}

/** The tables of a Word 97-2003 document (or WPS 文字's .wps); why not, where they cannot be read. */
function wordTables(cfb: Cfb, ext: string): ReadWorkbook {
  let read: ReturnType<typeof readDoc>;
  try {
    read = readDoc(cfb);
  } catch (e) {
    if (!(e instanceof DocProblem)) throw e;
    if (e.why === "password") throw new ReasonError(ref("read.password"));
    // Named as a Word document: save it as .docx; named otherwise (r.xls): it is not a spreadsheet.
    throw new ReasonError(isWordName(ext) ? ref("read.word-old", { ext }) : ref("read.kind-word"));
  }
  // No table: a screenshot or photo of the form pasted in is said as such, as for a .docx.
  if (!read.book)
    throw new ReasonError(read.pictures ? ref("read.word-pictures", { count: read.pictures }) : ref("read.kind-word"));
  return read.book;
}

/** An OpenDocument workbook as SheetJS read it, with the sheets and rows its content hides marked and its pictures counted. */
function withOdsHidden(read: ReadWorkbook, content: string): ReadWorkbook {
  const hidden = odsHiddenSheets(content);
  const rowsOf = new Map(read.sheets.map((s) => [s.name, s.rows.length]));
  const hiddenRows = odsHiddenRows(content, (name) => rowsOf.get(name) ?? 0);
  const marked =
    hidden.size || hiddenRows.size
      ? {
          ...read,
          sheets: read.sheets.map((s) => {
            const rows = hiddenRows.get(s.name);
            const withRows = rows ? { ...s, hiddenRows: rows } : s;
            return hidden.has(s.name) ? { ...withRows, hidden: true } : withRows;
          }),
        }
      : read;
  return withPictures(marked, odsPictures(content));
}

/** A workbook SheetJS read, each sheet with the count of pictures on it (by sheet name) where there are any. */
function withPictures(read: ReadWorkbook, pictures: ReadonlyMap<string, number>): ReadWorkbook {
  if (!pictures.size) return read;
  return {
    ...read,
    sheets: read.sheets.map((s) => {
      const n = pictures.get(s.name);
      return n ? { ...s, pictures: n } : s;
    }),
  };
}

function readText(bytes: Uint8Array, fileName: string, ext: string, viaSheetJs: SheetJs): ReadWorkbook {
  const head = decodeText(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (head.startsWith("%pdf")) throw new ReasonError(ref("read.kind-pdf"));
  // Word's 「RTF」 or 「网页」 saved under a Word document's name: Word can open it and save it as .docx.
  if (head.startsWith("{\\rtf") || (isWordName(ext) && head.startsWith("<")))
    throw new ReasonError(ref("read.word-old", { ext: head.startsWith("{") ? "RTF" : ext }));
  if (head.startsWith("<")) {
    if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return viaSheetJs(bytes);
    if (head.includes("office:document") && head.includes("opendocument")) {
      const content = decodeText(bytes);
      checkOdsRepeats(content);
      return withOdsHidden(viaSheetJs(bytes), content);
    }
    if (/<(html|table|!doctype html)\b/.test(head)) {
      // A web page under a workbook's name: what OA and 党建 systems export as "Excel", and what
      // Excel keeps such a file as when it is edited and saved. Its tables are read, as Excel and
      // WPS open them (colspan and rowspan as merged cells): decoded here (UTF-8, or GBK as
      // Chinese systems write it, whatever its meta says), given to SheetJS as UTF-8. A page
      // without a table is no form.
      const html = decodeText(bytes);
      if (!/<table[\s>]/i.test(html)) throw new ReasonError(ref("read.kind-html", { ext: ext || "—" }));
      return viaSheetJs(new TextEncoder().encode(html));
    }
    throw new ReasonError(ref("read.kind-xml"));
  }
  const text = decodeText(bytes);
  if (looksBinary(text) || isDocxName(ext)) throw new ReasonError(damagedReason(ext));
  if (!TEXT_EXTENSIONS.includes(ext)) throw new ReasonError(ref("read.kind-text", { ext }));
  const name = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  // A stray NUL (some exports pad with them) shows as nothing in Excel: it is dropped here too.
  const rows = parseCsv(text.includes("\u0000") ? text.split("\u0000").join("") : text);
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

/**
 * Control characters text files do not hold (tab, line breaks and escape aside), in more than 1%
 * of the first 64K characters as decoded: a binary file, whatever its name. NULs count only when
 * they are many (UTF-16 without a byte-order mark decodes into text full of them).
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  let odd = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (c < 9 || (c > 13 && c < 32 && c !== 27)) odd++;
  }
  return odd > n / 100 || nul > n / 4;
}

/** A reason found while reading, before the file name is known to the error. */
class ReasonError extends Error {
  constructor(readonly why: MessageRef) {
    super(why.key);
  }
}

function explain(e: unknown, ext: string): MessageRef {
  if (e instanceof ReasonError) return e.why;
  const damaged = damagedReason(ext);
  if (e instanceof ZipProblem)
    return e.kind === "too-large" ? ref("read.unpacked-too-large", { limit: LIMITS.packageBytes / MB }) : damaged;
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
      case "sheet-damaged":
        return ref("read.sheet-damaged", { sheet: e.sheet, ext: ext || "—" });
      default:
        return damaged;
    }
  }
  if (e instanceof CfbProblem) return damaged;
  if (e instanceof RangeError) return ref("read.unpacked-too-large", { limit: LIMITS.packageBytes / MB });
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return ext === ".xls" ? ref("read.xls-encrypted") : ref("read.password");
  if (ext === ".et" || ext === ".ett") return ref("read.et");
  return damaged;
}

/** A name an old Word document goes by (.doc, .dot, and WPS 文字's .wps, .wpt): what to say when it cannot be read. */
function isWordName(ext: string): boolean {
  return ext === ".doc" || ext === ".wps" || ext === ".dot" || ext === ".wpt";
}

/** A name a Word document of today goes by (.docx, macro-enabled .docm, templates .dotx and .dotm). */
function isDocxName(ext: string): boolean {
  return ext === ".docx" || ext === ".docm" || ext === ".dotx" || ext === ".dotm";
}

/** A file that cannot be what its name says; opening it in a spreadsheet program will not mend a Word document. */
function damagedReason(ext: string): MessageRef {
  if (isWordName(ext)) return ref("read.word-old", { ext });
  return isDocxName(ext) ? ref("read.docx-damaged") : ref("read.damaged", { ext: ext || "—" });
}

function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
