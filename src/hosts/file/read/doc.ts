/**
 * The tables of an old Word document (.doc, Word 97-2003, as Word, WPS 文字 and LibreOffice save
 * it; WPS's own .wps is the same format), read as the tables of a .docx are (docx.ts): the plan's
 * forms went out inside a Word document and come back filled in there. The document's text and
 * table structure are turned into the few WordprocessingML elements docx.ts reads (paragraphs,
 * rows, cells, a cell's span across grid columns, merges down), so both read alike.
 *
 * [MS-DOC]: the File Information Block §2.5 (FibBase: wIdent, fWhichTblStm, fEncrypted;
 * FibRgLw97.ccpText; FibRgFcLcb97.fcClx, fcPlcfBtePapx), the piece table §2.9.38 (Clx), §2.9.177
 * (Pcd), §2.9.73 (FcCompressed: 8-bit pieces, §2.4.1 for the code page), paragraph properties
 * §2.9.175-176 (PapxFkp, PapxInFkp), §2.6.2 (sprmPFInTable 0x2416, sprmPFTtp 0x2417, sprmPItap
 * 0x6649, sprmPFInnerTtp 0x244C), table properties §2.6.4 (sprmTDefTable 0xD608 with rgdxaCenter
 * and TC80's vertMerge and horzMerge, sprmTVertMerge 0xD62B), §2.4.3 (a cell ends with 0x07, a
 * row with a further 0x07 whose paragraph is a TTP), §2.8.25 (fields: 0x13 code 0x14 result 0x15).
 */
import type { SheetData } from "../../../core/sheet/types";
import type { ReadWorkbook } from "../../files";
import type { Cfb } from "./cfb";
import { documentSheets, symbolText } from "./docx";

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const i16 = (b: Uint8Array, i: number) => (u16(b, i) << 16) >> 16;

/** Why a .doc is not read: it has a password, or it is older than Word 97, or it is damaged. */
export class DocProblem extends Error {
  constructor(readonly why: "password" | "old" | "damaged") {
    super(why);
  }
}

/** The document's tables as sheets (see docx.ts); null when it has none (a letter, a notice). */
export function readDoc(cfb: Cfb): ReadWorkbook | null {
  const word = cfb.stream("WordDocument");
  const flags = word && word.length >= 0x200 ? u16(word, 0x0a) : 0;
  const sheets = wordSheets({
    word,
    table: cfb.stream(flags & 0x0200 ? "1Table" : "0Table"),
    data: cfb.stream("Data"),
  });
  if (!sheets.length) return null;
  const savedAt = summarySavedAt(cfb.stream("\u0005SummaryInformation"));
  return savedAt === undefined ? { sheets } : { sheets, savedAt };
}

/** The streams of a Word document that hold its text and tables ([MS-DOC] §2.1). */
export interface WordStreams {
  readonly word: Uint8Array | null;
  /** The table stream the FIB names (1Table or 0Table). */
  readonly table: Uint8Array | null;
  readonly data: Uint8Array | null;
}

/** The document's tables as sheets, from its streams; throws DocProblem for what cannot be read. */
export function wordSheets({ word, table, data }: WordStreams): SheetData[] {
  if (!word || word.length < 0x200 || u16(word, 0) !== 0xa5ec) throw new DocProblem("damaged");
  if (u16(word, 0x0a) & 0x0100) throw new DocProblem("password");
  // Word 97 and later (nFib 0x00C1 up); Word 6/95 files have no piece table of this kind.
  if (u16(word, 2) < 0x00c1) throw new DocProblem("old");
  if (!table) throw new DocProblem("damaged");
  const fib = fibOf(word);
  const text = documentText(word, table, fib);
  const papx = new Paragraphs(word, table, fib, data);
  const runs = new Characters(word, table, fib);
  return documentSheets(wordprocessingMl(text, papx, runs, fontNames(table, fib)));
}

/**
 * When the document was last saved, from its SummaryInformation property set ([MS-OLEPS] §2.21,
 * PIDSI_LASTSAVE_DTM 13, a VT_FILETIME): re-submissions are told apart by it, as for workbooks.
 */
export function summarySavedAt(ps: Uint8Array | null): number | undefined {
  if (!ps || ps.length < 48) return undefined;
  const set = u32(ps, 44);
  if (set + 8 > ps.length) return undefined;
  const count = Math.min(u32(ps, set + 4), 1000);
  for (let k = 0; k < count; k++) {
    const entry = set + 8 + k * 8;
    if (entry + 8 > ps.length) return undefined;
    if (u32(ps, entry) !== 13) continue;
    const at = set + u32(ps, entry + 4);
    if (at + 12 > ps.length || u32(ps, at) !== 0x40) return undefined;
    const ms = (u32(ps, at + 8) * 2 ** 32 + u32(ps, at + 4)) / 10_000 - 11_644_473_600_000;
    return Number.isFinite(ms) && new Date(ms).getUTCFullYear() > 1990 ? ms : undefined;
  }
  return undefined;
}

interface Fib {
  readonly ccpText: number;
  readonly fcClx: number;
  readonly lcbClx: number;
  readonly fcPlcfBtePapx: number;
  readonly lcbPlcfBtePapx: number;
  readonly fcPlcfBteChpx: number;
  readonly lcbPlcfBteChpx: number;
  readonly fcSttbfFfn: number;
  readonly lcbSttbfFfn: number;
}

function fibOf(word: Uint8Array): Fib {
  const csw = u16(word, 32);
  const lw = 34 + csw * 2; // cslw
  const cslw = u16(word, lw);
  const rgLw = lw + 2;
  const blob = rgLw + cslw * 4 + 2; // after cbRgFcLcb
  if (cslw < 22 || blob + 34 * 8 > word.length) throw new DocProblem("damaged");
  const pair = (i: number) => [u32(word, blob + i * 8), u32(word, blob + i * 8 + 4)] as const;
  const [fcClx, lcbClx] = pair(33);
  const [fcPlcfBteChpx, lcbPlcfBteChpx] = pair(12);
  const [fcSttbfFfn, lcbSttbfFfn] = pair(15);
  const [fcPlcfBtePapx, lcbPlcfBtePapx] = pair(13);
  return {
    ccpText: u32(word, rgLw + 12),
    fcClx,
    lcbClx,
    fcPlcfBtePapx,
    lcbPlcfBtePapx,
    fcPlcfBteChpx,
    lcbPlcfBteChpx,
    fcSttbfFfn,
    lcbSttbfFfn,
  };
}

/** One piece of the text: characters [cp, cpEnd) stored from byte fc of WordDocument, 1 or 2 bytes each. */
interface Piece {
  readonly cp: number;
  readonly cpEnd: number;
  readonly fc: number;
  readonly compressed: boolean;
}

/** The main document's text, each character with the byte in WordDocument it is stored at. */
interface Text {
  readonly chars: string;
  /** fc of each character. */
  readonly fcs: Uint32Array;
}

function documentText(word: Uint8Array, table: Uint8Array, fib: Fib): Text {
  const pieces = pieceTable(table, fib);
  // A character takes a byte at least: a count beyond the stream's size is damage, not text.
  const total = Math.min(fib.ccpText, pieces.length ? pieces[pieces.length - 1].cpEnd : 0, word.length);
  const fcs = new Uint32Array(total);
  const out: string[] = [];
  for (const p of pieces) {
    for (let cp = p.cp; cp < Math.min(p.cpEnd, total); cp++) {
      const fc = p.compressed ? p.fc + (cp - p.cp) : p.fc + (cp - p.cp) * 2;
      if (fc + (p.compressed ? 1 : 2) > word.length) throw new DocProblem("damaged");
      fcs[cp] = fc;
      out.push(p.compressed ? cp1252(word[fc]) : String.fromCharCode(u16(word, fc)));
    }
  }
  return { chars: out.join(""), fcs };
}

function pieceTable(table: Uint8Array, fib: Fib): Piece[] {
  let i = fib.fcClx;
  const end = Math.min(table.length, fib.fcClx + fib.lcbClx);
  // Prc: formatting, passed over (its size never negative: a loop that did not advance would not end).
  while (i < end && table[i] === 0x01) {
    const cb = i16(table, i + 1);
    if (cb < 0) throw new DocProblem("damaged");
    i += 3 + cb;
  }
  if (i + 5 > end || table[i] !== 0x02) throw new DocProblem("damaged");
  const lcb = u32(table, i + 1);
  const at = i + 5;
  if (at + lcb > table.length || lcb < 16) throw new DocProblem("damaged");
  const n = Math.floor((lcb - 4) / 12);
  const pieces: Piece[] = [];
  for (let k = 0; k < n; k++) {
    const cp = u32(table, at + k * 4);
    const cpEnd = u32(table, at + (k + 1) * 4);
    const raw = u32(table, at + (n + 1) * 4 + k * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    // From the first character on, in order (each ends where the next begins, by the layout of
    // the CP array): anything else would misplace the text.
    if (cpEnd < cp || (k === 0 && cp !== 0)) throw new DocProblem("damaged");
    pieces.push({ cp, cpEnd, fc: compressed ? fc >>> 1 : fc, compressed });
  }
  return pieces;
}

/** Bytes 0x80-0x9F of an 8-bit piece are Windows-1252's ([MS-DOC] §2.4.1); the rest are Latin-1. */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function cp1252(b: number): string {
  return b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b);
}

/** What a paragraph's properties say of tables. */
interface TableProps {
  /** Table depth: 0 outside tables, 1 in a table, 2 in a table in a cell… */
  readonly itap: number;
  /** The paragraph ends a row (its mark is the row's, not a cell's). */
  readonly ttp: boolean;
  /** For a row's end: the cells' left edges and the last right edge, in twips. */
  readonly centers?: readonly number[];
  /** For a row's end: each cell's merge flags (TC80.tcgrf, with sprmTVertMerge applied). */
  readonly merges?: readonly { readonly vert: number; readonly horz: number }[];
}

const NONE: TableProps = { itap: 0, ttp: false };

/**
 * Formatting pages (FKPs) found by the byte a character is stored at: the PlcBte of paragraph or
 * character properties names a 512-byte page per range of bytes; each page's runs ([MS-DOC]
 * §2.9.175, §2.9.39) point at their properties on the page. `entry`: bytes per run after the run
 * boundaries (13 for paragraphs' BxPap, 1 for characters').
 */
class Pages {
  private readonly fcs: number[] = [];
  private readonly pns: number[] = [];

  constructor(
    private readonly word: Uint8Array,
    table: Uint8Array,
    at: number,
    lcb: number,
    private readonly entry: number,
  ) {
    if (lcb < 12 || at + lcb > table.length) return;
    const n = Math.floor((lcb - 4) / 8);
    for (let k = 0; k <= n; k++) this.fcs.push(u32(table, at + k * 4));
    for (let k = 0; k < n; k++) this.pns.push(u32(table, at + (n + 1) * 4 + k * 4) & 0x3fffff);
  }

  /** The run holding byte fc: where its properties are (0: none) and the bytes it covers; null outside every run. */
  find(
    fc: number,
  ): { readonly props: number; readonly page: number; readonly from: number; readonly to: number } | null {
    const k = upperBound(this.fcs, fc) - 1;
    if (k < 0 || k >= this.pns.length) return null;
    const page = this.pns[k] * 512;
    const w = this.word;
    if (page + 512 > w.length) return null;
    const crun = w[page + 511];
    for (let j = 0; j < crun && (j + 2) * 4 <= 511; j++) {
      const from = u32(w, page + j * 4);
      const to = u32(w, page + (j + 1) * 4);
      if (from <= fc && fc < to) {
        const offset = w[page + (crun + 1) * 4 + j * this.entry];
        return { props: offset ? page + offset * 2 : 0, page, from, to };
      }
    }
    return null;
  }
}

/** Paragraph properties looked up by the byte a paragraph's mark is stored at. */
class Paragraphs {
  private readonly pages: Pages;
  private readonly cache = new Map<number, TableProps>();

  constructor(
    private readonly word: Uint8Array,
    table: Uint8Array,
    fib: Fib,
    private readonly data: Uint8Array | null,
  ) {
    this.pages = new Pages(word, table, fib.fcPlcfBtePapx, fib.lcbPlcfBtePapx, 13);
  }

  /** The table properties of the paragraph whose mark is stored at byte fc. */
  at(fc: number): TableProps {
    const run = this.pages.find(fc);
    if (!run?.props) return NONE;
    let props = this.cache.get(run.props);
    if (!props) this.cache.set(run.props, (props = papx(this.word, run.props, run.page + 511, this.data)));
    return props;
  }
}

/** What a run's character properties say that reading needs. */
interface RunProps {
  /** Deleted with changes tracked (sprmCFRMarkDel, 0x0800): struck through until the changes are accepted. */
  readonly deleted: boolean;
  /** The run's font, by its index in the font table (sprmCRgFtc0, 0x4A4F), -1 when not given. */
  readonly font: number;
  /** A character inserted from a symbol font (sprmCSymbol, 0x6A09): its font and its code there. */
  readonly symbol?: { readonly font: number; readonly char: number };
}

const PLAIN: RunProps = { deleted: false, font: -1 };

/** Character properties looked up by the byte a character is stored at (runs of a page cached in turn). */
class Characters {
  private readonly pages: Pages;
  private from = 0;
  private to = 0;
  private props = PLAIN;

  constructor(
    private readonly word: Uint8Array,
    table: Uint8Array,
    fib: Fib,
  ) {
    this.pages = new Pages(word, table, fib.fcPlcfBteChpx, fib.lcbPlcfBteChpx, 1);
  }

  at(fc: number): RunProps {
    if (fc >= this.from && fc < this.to) return this.props;
    const run = this.pages.find(fc);
    this.from = run?.from ?? fc;
    this.to = run?.to ?? fc + 1;
    this.props = run?.props ? chpx(this.word, run.props, run.page + 511) : PLAIN;
    return this.props;
  }
}

/** A Chpx (cb, then cb bytes of sprms): what its run is. */
function chpx(w: Uint8Array, at: number, limit: number): RunProps {
  const end = Math.min(limit, at + 1 + w[at]);
  let deleted = false;
  let font = -1;
  let symbol: RunProps["symbol"];
  for (let i = at + 1; i + 2 <= end;) {
    const sprm = u16(w, i);
    const op = i + 2;
    const len = operandSize(w, sprm, op);
    if (len < 0 || op + len > end) break;
    // A toggle: 1 on, 0x81 the opposite of the style's (which marks nothing deleted).
    if (sprm === 0x0800) deleted = w[op] === 1 || w[op] === 0x81;
    else if (sprm === 0x4a4f) font = u16(w, op);
    else if (sprm === 0x6a09) symbol = { font: u16(w, op), char: u16(w, op + 2) };
    i = op + len;
  }
  return symbol ? { deleted, font, symbol } : deleted || font >= 0 ? { deleted, font } : PLAIN;
}

/**
 * The font table's names by index (SttbfFfn, [MS-DOC] §2.9.271: each FFN's name after its 39
 * bytes of metrics, §2.9.80): a symbol's font tells what its character shows.
 */
function fontNames(table: Uint8Array, fib: Fib): string[] {
  const names: string[] = [];
  const { fcSttbfFfn: at, lcbSttbfFfn: lcb } = fib;
  if (lcb < 4 || at + lcb > table.length) return names;
  const count = u16(table, at);
  const end = at + lcb;
  for (let i = at + 4, k = 0; k < count && i < end; k++) {
    const next = i + 1 + table[i];
    let name = "";
    for (let c = i + 40; c + 1 < Math.min(next, end); c += 2) {
      const ch = u16(table, c);
      if (!ch) break;
      name += String.fromCharCode(ch);
    }
    names.push(name);
    i = next;
  }
  return names;
}

/** First index whose value is greater than x (values ascending). */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A PapxInFkp at byte `at` (its grpprl ends by `limit`): the table properties its sprms set. */
function papx(w: Uint8Array, at: number, limit: number, data: Uint8Array | null): TableProps {
  let cb = w[at];
  let start = at + 1;
  let size: number;
  if (cb === 0) {
    cb = w[at + 1];
    start = at + 2;
    size = cb * 2;
  } else size = cb * 2 - 1;
  const found: Found = { inTable: false, ttp: false, itap: -1 };
  // grpprl after the 2-byte istd.
  sprms(w, start + 2, Math.min(limit, start + size), found, data);
  const { inTable, ttp, itap, centers, merges } = found;
  return { itap: itap >= 0 ? itap : inTable ? 1 : 0, ttp, centers, merges };
}

interface Found {
  inTable: boolean;
  ttp: boolean;
  itap: number;
  centers?: number[];
  merges?: { vert: number; horz: number }[];
}

/** Reads the sprms of grpprl bytes [i, end) into `found`; sprmPHugePapx's are in the Data stream. */
function sprms(w: Uint8Array, i: number, end: number, found: Found, data: Uint8Array | null): void {
  while (i + 2 <= end) {
    const sprm = u16(w, i);
    const op = i + 2;
    const len = operandSize(w, sprm, op);
    if (len < 0 || op + len > end) return;
    if (sprm === 0x2416) found.inTable = w[op] !== 0;
    else if (sprm === 0x2417) found.ttp = w[op] !== 0;
    else if (sprm === 0x244c && w[op]) found.ttp = true;
    else if (sprm === 0x6649) found.itap = u32(w, op);
    else if (sprm === 0x6646 && data) {
      // sprmPHugePapx: the properties are too many for the page; they stand in Data at this offset.
      const at = u32(w, op);
      if (at + 2 <= data.length) sprms(data, at + 2, Math.min(data.length, at + 2 + u16(data, at)), found, null);
    } else if (sprm === 0xd608) tableDef(w, op, len, found);
    else if (sprm === 0xd62b && found.merges) {
      const itc = w[op + 1];
      if (found.merges[itc]) found.merges[itc] = { ...found.merges[itc], vert: w[op + 2] };
    }
    i = op + len;
  }
}

/** The size of a sprm's operand (by its spra, [MS-DOC] §2.2.5.1); -1 where it cannot be told. */
function operandSize(w: Uint8Array, sprm: number, op: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // Variable: a size byte; sprmTDefTable's is two bytes (one more than what follows them).
      if (sprm === 0xd608 || sprm === 0xd606) return u16(w, op) + 1;
      // sprmPChgTabs with 255: a structure of its own size; nothing after it is needed here.
      if (sprm === 0xc615 && w[op] === 255) return -1;
      return w[op] + 1;
  }
}

/** sprmTDefTable: the cells' edges (rgdxaCenter) and each cell's merge flags (TC80.tcgrf). */
function tableDef(w: Uint8Array, op: number, len: number, found: Found): void {
  const end = op + len;
  const cells = w[op + 2];
  const centers: number[] = [];
  for (let c = 0; c <= cells && op + 3 + c * 2 + 2 <= end; c++) centers.push(i16(w, op + 3 + c * 2));
  const merges: { vert: number; horz: number }[] = [];
  const tcs = op + 3 + (cells + 1) * 2;
  for (let c = 0; c < cells; c++) {
    const tc = tcs + c * 20;
    const grf = tc + 2 <= end ? u16(w, tc) : 0;
    merges.push({ vert: (grf >> 5) & 3, horz: grf & 3 });
  }
  found.centers = centers;
  found.merges = merges;
}

/** A cell as read: its lines (paragraphs). */
interface Cell {
  readonly lines: string[];
}

/**
 * The document as the WordprocessingML docx.ts reads: top-level paragraphs as w:p, tables as w:tbl
 * of w:tr of w:tc with w:gridSpan (a cell across grid columns, from the cells' edges) and w:vMerge.
 * A table in a cell gives its text to that cell.
 */
function wordprocessingMl(text: Text, paragraphs: Paragraphs, runs: Characters, fonts: readonly string[]): string {
  const out: string[] = ["<w:body>"];
  const { chars, fcs } = text;
  let line = "";
  let cellLines: string[] = [];
  let cells: Cell[] = [];
  let rows: { cells: Cell[]; props: TableProps }[] = [];
  const fields: boolean[] = []; // per open field: still in its code (before 0x14)
  const flushTable = () => {
    if (rows.length) out.push(tableXml(rows));
    rows = [];
  };
  for (let cp = 0; cp < chars.length; cp++) {
    const ch = chars[cp];
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(true);
      continue;
    }
    if (code === 0x14) {
      if (fields.length) fields[fields.length - 1] = false;
      continue;
    }
    if (code === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.length && fields[fields.length - 1] && code !== 0x0d && code !== 0x07) continue;
    if (code === 0x0d || code === 0x07 || code === 0x0c) {
      const props = paragraphs.at(fcs[cp]);
      if (props.itap === 0 || code === 0x0c) {
        flushTable();
        if (cellLines.length || cells.length) {
          cellLines = [];
          cells = [];
        }
        out.push(paragraphXml(line));
      } else if (props.itap > 1 || code === 0x0d) {
        // A line of a cell (or of a table inside a cell, its text the outer cell's).
        if (!(props.itap > 1 && props.ttp)) cellLines.push(inCell(line));
      } else if (props.ttp) {
        rows.push({ cells, props });
        cells = [];
        cellLines = [];
      } else {
        cellLines.push(inCell(line));
        cells.push({ lines: cellLines });
        cellLines = [];
      }
      line = "";
      continue;
    }
    const run = runs.at(fcs[cp]);
    if (run.deleted) continue;
    // A character from a symbol font: inserted (0x28 with sprmCSymbol) or written in its private-use range.
    if (code === 0x28 && run.symbol) line += symbolText(fonts[run.symbol.font] ?? null, run.symbol.char.toString(16));
    else if (code >= 0xf000 && code <= 0xf0ff) line += symbolText(fonts[run.font] ?? null, code.toString(16));
    else if (code === 0x0b) line += "\n";
    else if (code === 0x1e) line += "-";
    else if (code === 0xa0) line += " ";
    else if (code >= 0x20 || code === 0x09) line += ch;
    // Other control characters (pictures 0x01, drawn objects 0x08, note marks 0x02, 0x05) are not text.
  }
  flushTable();
  if (line) out.push(paragraphXml(line));
  out.push("</w:body>");
  return out.join("");
}

/** A tab is kept between a paragraph's words (填报单位：\t法规科) and is a space in a cell, as docx.ts reads them. */
function inCell(line: string): string {
  return line.includes("\t") ? line.replace(/\t/g, " ") : line;
}

function paragraphXml(line: string): string {
  const t = line
    .split("\n")
    .map((part) => `<w:t>${escapeXml(part)}</w:t>`)
    .join("<w:br/>");
  return `<w:p>${t}</w:p>`;
}

/** Cells' edges closer than this (in twips, 1/1440 inch: about 1 mm) are one grid line. */
const SNAP = 57;

function tableXml(rows: readonly { cells: readonly Cell[]; props: TableProps }[]): string {
  // The table's grid: every cell edge of every row, near ones taken as one.
  const edges: number[] = [];
  for (const r of rows) for (const x of r.props.centers ?? []) edges.push(x);
  edges.sort((a, b) => a - b);
  const grid: number[] = [];
  for (const x of edges) if (!grid.length || x - grid[grid.length - 1] > SNAP) grid.push(x);
  // The grid line nearest an edge (a binary search: a table's rows may draw many edges).
  const column = (x: number) => {
    const g = upperBound(grid, x);
    if (g === 0) return 0;
    if (g === grid.length) return grid.length - 1;
    return x - grid[g - 1] <= grid[g] - x ? g - 1 : g;
  };
  const out: string[] = ["<w:tbl>"];
  for (const { cells, props } of rows) {
    const centers = props.centers ?? [];
    const fits = centers.length === cells.length + 1;
    const before = fits ? column(centers[0]) : 0;
    out.push(before ? `<w:tr><w:trPr><w:gridBefore w:val="${before}"/></w:trPr>` : "<w:tr>");
    for (let c = 0; c < cells.length; c++) {
      const merge = props.merges?.[c];
      // Word 97's merge across (horzMerge 2, 3: this cell belongs to the one before it): taken into that cell.
      if (merge && merge.horz >= 2 && c > 0) continue;
      let last = c;
      while (merge?.horz === 1 && props.merges?.[last + 1] && props.merges[last + 1].horz >= 2) last++;
      const span = fits ? Math.max(1, column(centers[last + 1]) - column(centers[c])) : 1;
      const vert = merge?.vert ?? 0;
      const pr =
        (span > 1 ? `<w:gridSpan w:val="${span}"/>` : "") +
        (vert === 3 ? '<w:vMerge w:val="restart"/>' : vert === 1 || vert === 2 ? "<w:vMerge/>" : "");
      out.push(`<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${cells[c].lines.map(paragraphXml).join("")}</w:tc>`);
    }
    out.push("</w:tr>");
  }
  out.push("</w:tbl>");
  return out.join("");
}

function escapeXml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}
