/**
 * The properties of a Word 97-2003 document's paragraphs and characters that reading its tables
 * needs ([MS-DOC]): the formatting pages (FKPs) found through a PlcBte (§2.9.175, §2.9.39), a
 * paragraph's table depth, row end and table definition (§2.6.2, §2.6.4), a run's deletion mark,
 * font and symbol (§2.6.1). Each loop is bounded by the bytes it reads.
 */
import { u16, u32 } from "./bytes";

const i16 = (b: Uint8Array, i: number) => (u16(b, i) << 16) >> 16;

/** Where the FIB says the PlcBtes of paragraph and character properties stand in the table stream. */
export interface FormattingBins {
  readonly fcPlcfBtePapx: number;
  readonly lcbPlcfBtePapx: number;
  readonly fcPlcfBteChpx: number;
  readonly lcbPlcfBteChpx: number;
}

/** What a paragraph's properties say of tables. */
export interface TableProps {
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
export class Paragraphs {
  private readonly pages: Pages;
  private readonly cache = new Map<number, TableProps>();

  constructor(
    private readonly word: Uint8Array,
    table: Uint8Array,
    fib: FormattingBins,
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
export interface RunProps {
  /** Deleted with changes tracked (sprmCFRMarkDel, 0x0800): struck through until the changes are accepted. */
  readonly deleted: boolean;
  /** The run's font, by its index in the font table (sprmCRgFtc0, 0x4A4F), -1 when not given. */
  readonly font: number;
  /** A character inserted from a symbol font (sprmCSymbol, 0x6A09): its font and its code there. */
  readonly symbol?: { readonly font: number; readonly char: number };
  /** A picture's character (0x01) says where its picture is (sprmCPicLocation, 0x6A03): a picture in line with the text. */
  readonly picture?: true;
}

const PLAIN: RunProps = { deleted: false, font: -1 };

/** Character properties looked up by the byte a character is stored at (runs of a page cached in turn). */
export class Characters {
  private readonly pages: Pages;
  private from = 0;
  private to = 0;
  private props = PLAIN;

  constructor(
    private readonly word: Uint8Array,
    table: Uint8Array,
    fib: FormattingBins,
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
  let picture = false;
  for (let i = at + 1; i + 2 <= end;) {
    const sprm = u16(w, i);
    const op = i + 2;
    const len = operandSize(w, sprm, op);
    if (len < 0 || op + len > end) break;
    // A toggle: 1 on, 0x81 the opposite of the style's (which marks nothing deleted).
    if (sprm === 0x0800) deleted = w[op] === 1 || w[op] === 0x81;
    else if (sprm === 0x4a4f) font = u16(w, op);
    else if (sprm === 0x6a09) symbol = { font: u16(w, op), char: u16(w, op + 2) };
    else if (sprm === 0x6a03) picture = true;
    i = op + len;
  }
  if (picture) return symbol ? { deleted, font, symbol, picture } : { deleted, font, picture };
  return symbol ? { deleted, font, symbol } : deleted || font >= 0 ? { deleted, font } : PLAIN;
}

/** First index whose value is greater than x (values ascending). */
export function upperBound(values: readonly number[], x: number): number {
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
