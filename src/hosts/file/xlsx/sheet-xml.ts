import { a1, columnLetter, rangeA1 } from "../../../core/sheet/address";
import type { CellRange } from "../../../core/sheet/types";
import type { SheetModel, StreamedSheetModel, StyleName, ValidationModel } from "../../../core/workbook/model";
import { joinBytes } from "../bytes";
import { NS_MAIN, NS_REL, XML_HEAD, esc } from "./xml";

/** Shared strings: every text cell is stored here, so no text can ever become a formula. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private count = 0;

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }

  /** The part's XML in byte chunks, made as they are read. */
  *xml(): Generator<Uint8Array> {
    const out = new ChunkedText();
    out.push(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`);
    for (const s of this.list) {
      out.push(`<si><t xml:space="preserve">${esc(s)}</t></si>`);
      const chunk = out.ready();
      if (chunk) yield chunk;
    }
    out.push("</sst>");
    const rest = out.take();
    if (rest) yield rest;
  }
}

const ref = (r: CellRange) => rangeA1(r.r1, r.c1, r.r2, r.c2);
const LETTERS: string[] = [];
const letter = (c: number) => (LETTERS[c] ??= columnLetter(c));

/**
 * Text built piece by piece and handed over as UTF-8 chunks of about a megabyte: a summary of
 * 150,000 rows is never one string of 80 million characters (and its copy in bytes).
 */
export class ChunkedText {
  private static readonly encoder = new TextEncoder();
  /** Bytes gathered a chunk at a time: each text is encoded straight into it (no join, no copy). */
  private buf = new Uint8Array(0);
  private at = 0;
  private static readonly SIZE = 1 << 20;
  /** Buffers grow from 4 KB to 1 MB as a part proves large. */
  private grown = 0;

  push(s: string): void {
    // UTF-8 needs at most 3 bytes for each UTF-16 unit.
    if (this.at + s.length * 3 > this.buf.length) {
      if (this.at > 0) this.pending.push(this.buf.subarray(0, this.at));
      // A small part (styles, a short sheet) gets a buffer its size, not a megabyte.
      this.buf = new Uint8Array(Math.max(Math.min(ChunkedText.SIZE, 4096 << this.grown++), s.length * 3));
      this.at = 0;
    }
    this.at += ChunkedText.encoder.encodeInto(s, this.buf.subarray(this.at)).written;
  }

  /** Full buffers waiting to be taken. */
  private pending: Uint8Array[] = [];

  /** A chunk of bytes when about half a megabyte or more has gathered, else null (nothing is lost either way). */
  ready(): Uint8Array | null {
    return this.pending.length || this.at >= 1 << 19 ? this.take() : null;
  }

  /** What has gathered, as bytes (null when nothing has). Each chunk is a buffer of its own. */
  take(): Uint8Array | null {
    if (this.at > 0) {
      this.pending.push(this.buf.subarray(0, this.at));
      this.buf = new Uint8Array(0);
      this.at = 0;
    }
    if (!this.pending.length) return null;
    const out = joinBytes(this.pending);
    this.pending = [];
    return out;
  }
}

/**
 * A worksheet part as byte chunks, made as they are read: rows (held or streamed) are turned into
 * XML a megabyte at a time, so the whole sheet never exists as one string.
 */
export function* sheetXml(
  sheet: SheetModel | StreamedSheetModel,
  strings: SharedStrings,
  styles: Readonly<Record<StyleName, number>>,
  selected: boolean,
): Generator<Uint8Array> {
  let colCount = Math.max(sheet.widths.length, 1);
  let rowCount: number;
  if ("rowCount" in sheet) {
    colCount = Math.max(colCount, sheet.colCount);
    rowCount = Math.max(sheet.rowCount, 1);
  } else {
    for (const row of sheet.rows) if (row.length > colCount) colCount = row.length;
    rowCount = Math.max(sheet.rows.length, 1);
  }
  const out = new ChunkedText();
  out.push(XML_HEAD);
  out.push(`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  out.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(`<dimension ref="${rangeA1(0, 0, rowCount - 1, colCount - 1)}"/>`);
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="${a1(sheet.freezeRows, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${a1(sheet.freezeRows, 0)}" sqref="${a1(sheet.freezeRows, 0)}"/>`
    : "";
  out.push(
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`,
  );
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths.length)
    out.push(
      `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + 0.7}" customWidth="1"/>`).join("")}</cols>`,
    );
  out.push("<sheetData>");
  const styleAttrs: Partial<Record<string, string>> = {};
  let r = -1;
  for (const row of sheet.rows) {
    r++;
    const height = sheet.heights?.[r];
    let cells = "";
    const rn = String(r + 1);
    row.forEach((cell, c) => {
      if (!cell) return;
      // The opening of the cell: its reference and style (the style attribute made once per style).
      const s = cell.s ? (styleAttrs[cell.s] ??= ` s="${styles[cell.s]}"`) : "";
      const open = `<c r="${letter(c)}${rn}"${s}`;
      const v = cell.v;
      if (v === null || v === "") cells += s ? `${open}/>` : "";
      else if (typeof v === "string") cells += `${open} t="s"><v>${strings.id(v)}</v></c>`;
      else if (typeof v === "number")
        cells += Number.isFinite(v) ? `${open}><v>${v}</v></c>` : `${open} t="s"><v>${strings.id(String(v))}</v></c>`;
      else if (typeof v === "boolean") cells += `${open} t="b"><v>${v ? 1 : 0}</v></c>`;
      // A date no program can show (a damaged file's 1e309) is kept as its text, never <v>Infinity</v>.
      else if (Number.isFinite(v.serial)) cells += `${open}><v>${v.serial}</v></c>`;
      else cells += `${open} t="s"><v>${strings.id(String(v.serial))}</v></c>`;
    });
    if (!cells && height === undefined) continue;
    out.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>${cells}</row>`);
    const chunk = out.ready();
    if (chunk) yield chunk;
  }
  out.push("</sheetData>");
  if (sheet.autoFilter) out.push(`<autoFilter ref="${ref(sheet.autoFilter)}"/>`);
  if (sheet.merges.length)
    out.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${ref(m)}"/>`).join("")}</mergeCells>`,
    );
  const validations = (sheet.validations ?? []).map(validationXml);
  // Notes: a validation that accepts anything and shows its input message (Excel caps it at 255).
  for (const n of sheet.notes ?? [])
    validations.push(
      `<dataValidation type="none" allowBlank="1" showInputMessage="1" promptTitle="${esc(n.title.slice(0, 32))}" prompt="${esc(n.text.slice(0, 255))}" sqref="${a1(n.r, n.c)}"/>`,
    );
  if (validations.length)
    out.push(`<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
  out.push('<printOptions horizontalCentered="1"/>');
  out.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  out.push(
    `<pageSetup paperSize="9" orientation="${sheet.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
  );
  // Charts: the sheet's drawing part, its relationship rId1 (see write-xlsx.ts).
  if (sheet.charts?.length) out.push('<drawing r:id="rId1"/>');
  out.push("</worksheet>");
  const rest = out.take();
  if (rest) yield rest;
}

function validationXml(v: ValidationModel): string {
  const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${esc(v.errorTitle)}" error="${esc(v.error)}"${v.prompt ? ` prompt="${esc(v.prompt)}"` : ""} sqref="${ref(v.range)}"`;
  if (v.kind === "list")
    return `<dataValidation type="list" errorStyle="${v.alert ?? "stop"}" ${common}><formula1>${esc(v.listName)}</formula1></dataValidation>`;
  return `<dataValidation type="date" errorStyle="${v.alert}" operator="between" ${common}><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
}
