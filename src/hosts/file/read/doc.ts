/**
 * The tables of an old Word document (.doc, Word 97-2003, as Word, WPS 文字 and LibreOffice save
 * it; WPS's own .wps is the same format), read as the tables of a .docx are (docx.ts): the plan's
 * forms went out inside a Word document and come back filled in there. The document's text and
 * table structure are turned into the few WordprocessingML elements docx.ts reads (paragraphs,
 * rows, cells, a cell's span across grid columns, merges down), so both read alike.
 *
 * [MS-DOC]: the File Information Block §2.5 (FibBase: wIdent, fWhichTblStm, fEncrypted;
 * FibRgLw97.ccpText; FibRgFcLcb97.fcClx, fcPlcfBtePapx), the piece table §2.9.38 (Clx), §2.9.177
 * (Pcd), §2.9.73 (FcCompressed: 8-bit pieces, §2.4.1 for the code page), the font table §2.9.271,
 * §2.4.3 (a cell ends with 0x07, a row with a further 0x07 whose paragraph is a TTP), §2.8.25
 * (fields: 0x13 code 0x14 result 0x15). Paragraph, table and character properties (which mark
 * is a row's, cell edges and merges, deletions, symbols): doc-properties.ts.
 */
import type { SheetData } from "../../../core/sheet/types";
import type { ReadWorkbook } from "../../files";
import type { Cfb } from "./cfb";
import { floatingPictures, type DrawingParts } from "./doc-drawings";
import { documentSheets, symbolText } from "./docx";
import { Characters, Paragraphs, upperBound, type FormattingBins, type TableProps } from "./doc-properties";
import { u16, u32 } from "./bytes";

const i16 = (b: Uint8Array, i: number) => (u16(b, i) << 16) >> 16;

/** Why a .doc is not read: it has a password, or it is older than Word 97, or it is damaged. */
export class DocProblem extends Error {
  constructor(readonly why: "password" | "old" | "damaged") {
    super(why);
  }
}

/**
 * The document's tables as sheets (see docx.ts); `book` null when it has none (a letter, a notice,
 * screenshots of a form: `pictures` counts its pictures, in line with the text or floating over it).
 */
export function readDoc(cfb: Cfb): { readonly book: ReadWorkbook | null; readonly pictures: number } {
  const word = cfb.stream("WordDocument");
  const flags = word && word.length >= 0x200 ? u16(word, 0x0a) : 0;
  const { sheets, pictures } = wordDocument({
    word,
    table: cfb.stream(flags & 0x0200 ? "1Table" : "0Table"),
    data: cfb.stream("Data"),
  });
  if (!sheets.length) return { book: null, pictures };
  const savedAt = summarySavedAt(cfb.stream("\u0005SummaryInformation"));
  return { book: savedAt === undefined ? { sheets } : { sheets, savedAt }, pictures };
}

/** The streams of a Word document that hold its text and tables ([MS-DOC] §2.1). */
export interface WordStreams {
  readonly word: Uint8Array | null;
  /** The table stream the FIB names (1Table or 0Table). */
  readonly table: Uint8Array | null;
  readonly data: Uint8Array | null;
}

/** The document's tables as sheets, from its streams; throws DocProblem for what cannot be read. */
export function wordSheets(streams: WordStreams): SheetData[] {
  return wordDocument(streams).sheets;
}

/** The document's tables as sheets and the count of its pictures (in line with the text or floating over it). */
function wordDocument({ word, table, data }: WordStreams): { readonly sheets: SheetData[]; readonly pictures: number } {
  if (!word || word.length < 0x200 || u16(word, 0) !== 0xa5ec) throw new DocProblem("damaged");
  if (u16(word, 0x0a) & 0x0100) throw new DocProblem("password");
  // Word 97 and later (nFib 0x00C1 up); Word 6/95 files have no piece table of this kind.
  if (u16(word, 2) < 0x00c1) throw new DocProblem("old");
  if (!table) throw new DocProblem("damaged");
  const fib = fibOf(word);
  const text = documentText(word, table, fib);
  const papx = new Paragraphs(word, table, fib, data);
  const runs = new Characters(word, table, fib);
  const { xml, pictures, anchors } = wordprocessingMl(text, papx, runs, fontNames(table, fib));
  return { sheets: documentSheets(xml), pictures: pictures + floatingPictures(table, fib.drawings, anchors) };
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

interface Fib extends FormattingBins {
  readonly ccpText: number;
  readonly fcClx: number;
  readonly lcbClx: number;
  readonly fcPlcfBtePapx: number;
  readonly lcbPlcfBtePapx: number;
  readonly fcPlcfBteChpx: number;
  readonly lcbPlcfBteChpx: number;
  readonly fcSttbfFfn: number;
  readonly lcbSttbfFfn: number;
  /** The floating shapes' anchors and the drawings (0, 0 when the FIB is too short to say). */
  readonly drawings: DrawingParts;
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
  // cbRgFcLcb, the count of pairs, is 93 from Word 97 on: fcPlcSpaMom is the 41st, fcDggInfo the 51st.
  const drawn = u16(word, blob - 2) > 50 && blob + 51 * 8 <= word.length;
  const [fcPlcSpaMom, lcbPlcSpaMom] = drawn ? pair(40) : [0, 0];
  const [fcDggInfo, lcbDggInfo] = drawn ? pair(50) : [0, 0];
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
    drawings: { fcPlcSpaMom, lcbPlcSpaMom, fcDggInfo, lcbDggInfo },
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

/** A cell as read: its lines (paragraphs). */
interface Cell {
  readonly lines: string[];
}

/**
 * The document as the WordprocessingML docx.ts reads: top-level paragraphs as w:p, tables as w:tbl
 * of w:tr of w:tc with w:gridSpan (a cell across grid columns, from the cells' edges) and w:vMerge.
 * A table in a cell gives its text to that cell.
 */
function wordprocessingMl(
  text: Text,
  paragraphs: Paragraphs,
  runs: Characters,
  fonts: readonly string[],
): { readonly xml: string; readonly pictures: number; readonly anchors: readonly number[] } {
  const out: string[] = ["<w:body>"];
  let pictures = 0;
  const anchors: number[] = [];
  const { chars, fcs } = text;
  let line = "";
  let cellLines: string[] = [];
  let cells: Cell[] = [];
  let rows: { cells: Cell[]; props: TableProps }[] = [];
  // Per open field: still in its code (before 0x14), and the code (EMBED Excel.Sheet.8 for an object).
  const fields: { inCode: boolean; code: string }[] = [];
  const flushTable = () => {
    if (rows.length) out.push(tableXml(rows));
    rows = [];
  };
  for (let cp = 0; cp < chars.length; cp++) {
    const ch = chars[cp];
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push({ inCode: true, code: "" });
      continue;
    }
    if (code === 0x14) {
      if (fields.length) fields[fields.length - 1].inCode = false;
      continue;
    }
    if (code === 0x15) {
      fields.pop();
      continue;
    }
    if (fields.length && fields[fields.length - 1].inCode && code !== 0x0d && code !== 0x07) {
      const field = fields[fields.length - 1];
      if (field.code.length < 16) field.code += ch;
      continue;
    }
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
    // A picture in line with the text (a screenshot pasted in) is counted, for when there is no table,
    // and a shape's anchor (0x08) kept to look the shape up; not the picture Word shows of an object
    // embedded (a workbook, an equation: an EMBED field's result).
    else if ((code === 0x01 && run.picture) || code === 0x08) {
      if (fields.some((f) => EMBED.test(f.code))) continue;
      if (code === 0x01) pictures++;
      else anchors.push(cp);
    }
    // Other control characters (note marks 0x02, 0x05) are not text.
  }
  flushTable();
  if (line) out.push(paragraphXml(line));
  out.push("</w:body>");
  return { xml: out.join(""), pictures, anchors };
}

/** The code of a field that embeds an object ([MS-DOC] §2.9.85: EMBED, then the object's kind). */
const EMBED = /^\s*EMBED\b/i;

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
