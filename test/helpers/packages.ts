/**
 * Spreadsheet files built part by part, in the shapes other programs and damaged copies have:
 * an .xlsx from raw sheet XML (ECMA-376 part names and relationships, as Excel writes them), a
 * zip whose entries lie about their size, a compound file with chosen streams ([MS-CFB], written
 * by SheetJS's CFB module), and an .ods from raw content.xml (OpenDocument 1.3 package layout).
 */
import * as XLSX from "@e965/xlsx";
import { gbk } from "./gbk";
import { TALKS_HEADER } from "./sheets";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { crc32 } from "node:zlib";
import { joinBytes } from "../../src/hosts/file/bytes";
import { md5 } from "../../src/hosts/file/read/md5";
import { keystream, rc4Records } from "../../src/hosts/file/read/xls-default-password";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';

export interface RawSheet {
  readonly name: string;
  /** The inside of <sheetData>…</sheetData>. */
  readonly data: string;
  /** XML after </sheetData> (mergeCells…). */
  readonly after?: string;
  /** The sheet's state in workbook.xml (ECMA-376 18.2.19); visible when absent. */
  readonly state?: "hidden" | "veryHidden";
}

export interface RawBook {
  readonly sheets: readonly RawSheet[];
  readonly strings?: readonly string[];
  /** Inside <workbook>, before <sheets>: e.g. '<workbookPr date1904="1"/>'. */
  readonly workbookPr?: string;
  readonly definedNames?: string;
  /** Extra cellXfs after the default one: numFmtId of each (14 = a date). */
  readonly cellXfs?: readonly number[];
  readonly numFmts?: string;
}

/** An .xlsx package from sheet XML, laid out as Excel lays it out. */
export function rawXlsx(book: RawBook): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": enc(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships ${PKG_REL}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": enc(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${NS_R}>${book.workbookPr ?? ""}<sheets>${book.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</sheets>${book.definedNames ? `<definedNames>${book.definedNames}</definedNames>` : ""}</workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": enc(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships ${PKG_REL}>${book.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join(
          "",
        )}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": enc(
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${(book.strings ?? []).map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
    ),
    "xl/styles.xml": enc(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${book.numFmts ?? ""}<cellXfs><xf numFmtId="0"/>${(
        book.cellXfs ?? []
      )
        .map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`)
        .join("")}</cellXfs></styleSheet>`,
    ),
  };
  book.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${NS_R}><sheetData>${s.data}</sheetData>${s.after ?? ""}</worksheet>`,
    );
  });
  return zipSync(files);
}

/** 附件2 of a unit on one sheet: the title, the unit line, the header, then `rows` (raw <row> XML from row 4), and XML after the rows. */
export function talksXlsx(rows: string, options: { unit?: string; after?: string } = {}): Uint8Array {
  const data =
    rawRow(1, ["学习宣传贯彻党的二十大精神·大谈话统计表"]) +
    rawRow(2, [`填报单位：${options.unit ?? "办公室"}`]) +
    rawRow(3, [...TALKS_HEADER]) +
    rows;
  return rawXlsx({ sheets: [{ name: "附件2", data, ...(options.after ? { after: options.after } : {}) }] });
}

/** A row of inline-string and number cells, for rawXlsx: `row(3, ["序号", 1])` is row 3 (1-based). */
export function rawRow(r: number, values: readonly (string | number | null)[]): string {
  const cells = values
    .map((v, c) => {
      const at = XLSX.utils.encode_cell({ r: r - 1, c });
      if (v === null) return "";
      if (typeof v === "number") return `<c r="${at}"><v>${v}</v></c>`;
      return `<c r="${at}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
    })
    .join("");
  return `<row r="${r}">${cells}</row>`;
}

export function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A workbook's sheets as one web page, a table each (merged cells as colspan and rowspan), as an
 * OA system's 导出Excel writes it and Excel keeps it when such a file is saved: UTF-8, dates as
 * their serial with x:num (Excel's attribute for a cell's number).
 */
export function htmlPage(
  sheets: readonly {
    rows: readonly (readonly unknown[])[];
    merges: readonly { r1: number; c1: number; r2: number; c2: number }[];
  }[],
): string {
  const tables = sheets.map((sheet) => {
    const covered = new Set<string>();
    const span = new Map<string, string>();
    for (const m of sheet.merges) {
      span.set(
        `${m.r1},${m.c1}`,
        `${m.c2 > m.c1 ? ` colspan="${m.c2 - m.c1 + 1}"` : ""}${m.r2 > m.r1 ? ` rowspan="${m.r2 - m.r1 + 1}"` : ""}`,
      );
      for (let r = m.r1; r <= m.r2; r++)
        for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r},${c}`);
    }
    const rows = sheet.rows.map((row, r) => {
      const cells = row.map((v, c) => {
        if (covered.has(`${r},${c}`)) return "";
        const attrs = span.get(`${r},${c}`) ?? "";
        if (v && typeof v === "object" && "serial" in v)
          return `<td${attrs} x:num="${(v as { serial: number }).serial}">${(v as { serial: number }).serial}</td>`;
        return `<td${attrs}>${v === null || v === undefined ? "" : escape(String(v)).replace(/\n/g, "<br>")}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    });
    return `<table border="1">${rows.join("")}</table>`;
  });
  return `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${tables.join("<br>")}</body></html>`;
}

/** The package with one part replaced (or removed, with null). */
export function patchZip(bytes: Uint8Array, part: string, content: string | Uint8Array | null): Uint8Array {
  const files: Zippable = unzipSync(bytes);
  if (content === null) delete files[part];
  else files[part] = typeof content === "string" ? enc(content) : content;
  return zipSync(files);
}

/**
 * A zip of entries stored as given, in order, two of one name allowed (fflate's zipSync takes an
 * object: one entry per name). As an archiver that appends to a zip writes it: a local header and
 * the data for each, then the central directory (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16).
 */
export function storedZip(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const raw = enc(name);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x800, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, raw.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x800, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, data.length, true);
    dir.setUint32(24, data.length, true);
    dir.setUint16(28, raw.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), raw, data);
    central.push(new Uint8Array(dir.buffer), raw);
    offset += 30 + raw.length + data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return joinBytes([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** A part of a package, as text. */
export function partText(bytes: Uint8Array, part: string): string {
  return new TextDecoder().decode(unzipSync(bytes)[part]);
}

/**
 * Rewrites the sizes a zip's central directory (and local header) declares for one entry: a zip
 * bomb declares what it likes. `size` is the uncompressed size.
 */
export function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const at = sig === 0x02014b50 ? 46 : sig === 0x04034b50 ? 30 : -1;
    if (at < 0) continue;
    const nameLength = view.getUint16(i + (sig === 0x02014b50 ? 28 : 26), true);
    if (nameLength !== name.length || !name.every((b, k) => out[i + at + k] === b)) continue;
    view.setUint32(i + (sig === 0x02014b50 ? 24 : 22), size, true);
  }
  return out;
}

/** A compound file holding the given streams (what Office's encrypted packages and .xls files are). */
export function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, data);
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
}

export interface Biff5Sheet {
  readonly name: string;
  /** Cells by row, left to right from column A: text as a LABEL, a number as a NUMBER record. */
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * An Excel 5.0/95 workbook (BIFF5, [MS-XLS]'s records as Excel 95 writes them): a compound file
 * whose "Book" stream holds the globals (BOF, CODEPAGE, one BOUNDSHEET a sheet, EOF) and each
 * sheet's substream (BOF, LABEL or NUMBER a cell, EOF). Text is stored in the workbook's ANSI
 * code page, as Excel 95 and "Microsoft Excel 5.0/95 工作簿" in Save As store it: GBK for 936.
 */
export function biff5Workbook(
  sheets: readonly Biff5Sheet[],
  codepage: number,
  encodeText: (s: string) => Uint8Array,
): Uint8Array {
  const record = (type: number, body: Uint8Array): Uint8Array => {
    const out = new Uint8Array(4 + body.length);
    const view = new DataView(out.buffer);
    view.setUint16(0, type, true);
    view.setUint16(2, body.length, true);
    out.set(body, 4);
    return out;
  };
  const le = (...fields: [number, 1 | 2 | 4 | 8][]): Uint8Array => {
    const out = new Uint8Array(fields.reduce((n, [, w]) => n + w, 0));
    const view = new DataView(out.buffer);
    let at = 0;
    for (const [v, w] of fields) {
      if (w === 1) view.setUint8(at, v);
      else if (w === 2) view.setUint16(at, v, true);
      else if (w === 4) view.setUint32(at, v, true);
      else view.setFloat64(at, v, true);
      at += w;
    }
    return out;
  };
  const bof = (dt: number) => record(0x0809, le([0x0500, 2], [dt, 2], [0x0dbb, 2], [0x07cc, 2]));
  const eof = record(0x000a, new Uint8Array(0));
  const substreams = sheets.map((sheet) =>
    joinBytes([
      bof(0x0010),
      ...sheet.rows.flatMap((row, r) =>
        row.flatMap((v, c) => {
          if (v === null) return [];
          if (typeof v === "number") return [record(0x0203, le([r, 2], [c, 2], [15, 2], [v, 8]))];
          const text = encodeText(v);
          return [record(0x0204, joinBytes([le([r, 2], [c, 2], [15, 2], [text.length, 2]), text]))];
        }),
      ),
      eof,
    ]),
  );
  const names = sheets.map((s) => encodeText(s.name));
  const globalsLength = bof(5).length + 4 + 2 + names.reduce((n, name) => n + 4 + 7 + name.length, 0) + eof.length;
  let offset = globalsLength;
  const bound = names.map((name, i) => {
    const out = record(0x0085, joinBytes([le([offset, 4], [0, 2], [name.length, 1]), name]));
    offset += substreams[i].length;
    return out;
  });
  const globals = joinBytes([bof(0x0005), record(0x0042, le([codepage, 2])), ...bound, eof]);
  return compoundFile({ Book: joinBytes([globals, ...substreams]) });
}

/** The streams of a compound file (to take an .xls apart and put it back together changed). */
export function compoundStreams(bytes: Uint8Array): Record<string, Uint8Array> {
  const cfb = XLSX.CFB.read(bytes, { type: "array" });
  const out: Record<string, Uint8Array> = {};
  cfb.FullPaths.forEach((path: string, i: number) => {
    const entry = cfb.FileIndex[i];
    if (entry.type === 2) out[path.replace(/^[^/]*\//, "")] = new Uint8Array(entry.content);
  });
  return out;
}

/** An OpenDocument spreadsheet package from the body of one table (OpenDocument 1.3 §3). */
export function rawOds(tableName: string, rows: string): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="${tableName}">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [enc("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "META-INF/manifest.xml": enc(
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    "content.xml": enc(content),
    "styles.xml": enc(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>`,
    ),
  });
}

/** One ODS row of text cells, repeated `times`. */
export function odsRow(values: readonly string[], times = 1, cellRepeat = 1): string {
  const repeat = times > 1 ? ` table:number-rows-repeated="${times}"` : "";
  const cr = cellRepeat > 1 ? ` table:number-columns-repeated="${cellRepeat}"` : "";
  return `<table:table-row${repeat}>${values
    .map((v) => `<table:table-cell${cr} office:value-type="string"><text:p>${escape(v)}</text:p></table:table-cell>`)
    .join("")}</table:table-row>`;
}

function enc(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/**
 * The compound file with the FAT entry of a stream's first sector pointing back at itself: a chain
 * that never ends, as in damaged .xls files ([MS-CFB] §2.3: a chain ends at ENDOFCHAIN).
 */
export function loopFatChain(bytes: Uint8Array, stream: string): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const sector = 1 << view.getUint16(30, true);
  const at = (s: number) => (s + 1) * sector;
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + i * 4, true);
    if (s < 0xfffffffa) fat.push(s);
  }
  let dir = view.getUint32(48, true);
  const entry = (s: number, k: number) => at(s) + k * 128;
  for (let guard = 0; dir < 0xfffffffa && guard < 100; guard++) {
    for (let k = 0; k < sector / 128; k++) {
      const e = entry(dir, k);
      const nameLength = view.getUint16(e + 64, true);
      let name = "";
      for (let i = 0; i + 2 < nameLength; i += 2) name += String.fromCharCode(view.getUint16(e + i, true));
      if (name !== stream) continue;
      const start = view.getUint32(e + 116, true);
      const perFat = sector / 4;
      view.setUint32(at(fat[Math.floor(start / perFat)]) + (start % perFat) * 4, start, true);
      return out;
    }
    dir = view.getUint32(at(fat[Math.floor(dir / (sector / 4))]) + (dir % (sector / 4)) * 4, true);
  }
  throw new Error(`no stream ${stream}`);
}

/**
 * An .xls workbook stream encrypted as Excel encrypts it ([MS-OFFCRYPTO] §2.3.6, RC4 of Excel
 * 97-2003): a FilePass record after the first BOF (salt, encrypted verifier and its MD5), sheet
 * positions moved by its length, then every record's data encrypted.
 */
export function encryptXlsStream(stream: Uint8Array, password: string, salt = new Uint8Array(16).fill(7)): Uint8Array {
  const ks = keystream(password, salt, 0, 32);
  const verifier = new Uint8Array(16).map((_, i) => (i * 37 + 11) & 0xff);
  const hash = md5(verifier);
  const filePass = new Uint8Array(58);
  filePass.set([0x2f, 0, 54, 0, 1, 0, 1, 0, 1, 0]);
  filePass.set(salt, 10);
  filePass.set(
    verifier.map((b, i) => b ^ ks[i]),
    26,
  );
  filePass.set(
    hash.map((b, i) => b ^ ks[16 + i]),
    42,
  );
  const cut = 4 + (stream[2] | (stream[3] << 8));
  const joined = new Uint8Array(stream.length + filePass.length);
  joined.set(stream.subarray(0, cut));
  joined.set(filePass, cut);
  joined.set(stream.subarray(cut), cut + filePass.length);
  for (let at = 0; at + 4 <= joined.length;) {
    const type = joined[at] | (joined[at + 1] << 8);
    const length = joined[at + 2] | (joined[at + 3] << 8);
    if (type === 0x0085) {
      const view = new DataView(joined.buffer, at + 4, 4);
      view.setUint32(0, view.getUint32(0, true) + filePass.length, true);
    }
    if (type === 0x000a) break;
    at += 4 + length;
  }
  return rc4Records(joined, password, salt);
}

/**
 * An Outlook message whose attachments are objects inserted into its rich-text body ([MS-OXMSG]
 * §2.2.2.1: PidTagAttachMethod 6, the object's OLE storage under PidTagAttachDataObject; [MS-OLEDS]:
 * an Excel workbook inserted keeps an .xlsx as its `Package` stream, an .xls as its `Workbook`).
 */
export function msgWithObjects(objects: { label: string; streams: Record<string, Uint8Array> }[]): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  const add = (path: string, data: Uint8Array) => XLSX.CFB.utils.cfb_add(cfb, path, data);
  add("/__properties_version1.0", new Uint8Array(32));
  objects.forEach(({ label, streams }, i) => {
    const at = `/__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, "0")}`;
    const props = new Uint8Array(8 + 16);
    props.set([0x03, 0x00, 0x05, 0x37, 0, 0, 0, 0, 6], 8); // PT_LONG 0x3705 = 6 (afStorage)
    add(`${at}/__properties_version1.0`, props);
    add(`${at}/__substg1.0_3001001F`, new Uint8Array(Buffer.from(label, "utf16le")));
    add(`${at}/__substg1.0_3701000D/\u0001CompObj`, new Uint8Array(20));
    for (const [name, data] of Object.entries(streams)) add(`${at}/__substg1.0_3701000D/${name}`, data);
  });
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
}

/** A TNEF stream of one attachment (§2.1.3): the name in the OEM code page (936), the bytes as they are. */
export function winmailDat(name: string, bytes: Uint8Array, method?: number): Uint8Array {
  const parts: number[] = [];
  const u16 = (n: number) => parts.push(n & 0xff, (n >> 8) & 0xff);
  const u32 = (n: number) => {
    u16(n & 0xffff);
    u16(n >>> 16);
  };
  const attribute = (level: number, id: number, data: Uint8Array) => {
    parts.push(level);
    u32(id);
    u32(data.length);
    parts.push(...data);
    u16(data.reduce((sum, b) => (sum + b) & 0xffff, 0));
  };
  u32(0x223e9f78);
  u16(0x0001);
  attribute(1, 0x00089006, new Uint8Array([0, 0, 1, 0]));
  attribute(1, 0x00069007, new Uint8Array([0xa8, 0x03, 0, 0, 0, 0, 0, 0])); // 936
  attribute(2, 0x00069002, new Uint8Array(14));
  attribute(2, 0x00018010, new Uint8Array([...gbk(name), 0]));
  attribute(2, 0x0006800f, bytes);
  // attAttachment (§2.1.3.4): one MAPI property, PidTagAttachMethod (PT_LONG 0x3705).
  if (method !== undefined)
    attribute(2, 0x00069005, new Uint8Array([1, 0, 0, 0, 0x03, 0x00, 0x05, 0x37, method, 0, 0, 0]));
  return new Uint8Array(parts);
}
