/**
 * Pictures floating over a Word 97-2003 document's text (a screenshot placed "in front of text"):
 * counted so that a document of screenshots and no table is said as such.
 *
 * After [MS-DOC]: each floating shape of the main document is anchored at a character 0x08 of its
 * text; PlcSpaMom (§2.8.25, at fcPlcSpaMom in the table stream) gives, for each anchor's CP, an
 * FSPA (§2.9.95) whose first field is the shape's id. The shapes are in OfficeArtContent
 * (§2.9.178, at fcDggInfo: the drawing group, then one OfficeArtWordDrawing per drawing, its dgglbl
 * 0 for the main document). After [MS-ODRAW]: records of an 8-byte header (recVer in the low 4
 * bits, recInstance, recType, recLen); a shape's container OfficeArtSpContainer 0xF004 holds its
 * OfficeArtFSP 0xF00A (the shape's id first) and its properties OfficeArtFOPT 0xF00B, recInstance
 * properties of 6 bytes each; property 0x0104, pib, is the picture it shows. An object embedded
 * floating (a workbook shown as its picture) is anchored inside an EMBED field: the caller leaves
 * those anchors out.
 */
import { u16, u32 } from "./bytes";

const DGG_CONTAINER = 0xf000;
const DG_CONTAINER = 0xf002;
const SP_CONTAINER = 0xf004;
const FSP = 0xf00a;
const FOPT = 0xf00b;
const PIB = 0x0104;
const FSPA_SIZE = 26;

/** Where in the table stream a document's drawings are described (fc, lcb pairs of the FIB). */
export interface DrawingParts {
  readonly fcPlcSpaMom: number;
  readonly lcbPlcSpaMom: number;
  readonly fcDggInfo: number;
  readonly lcbDggInfo: number;
}

interface Rec {
  readonly type: number;
  readonly instance: number;
  readonly container: boolean;
  /** Where the record's body starts and ends. */
  readonly body: number;
  readonly end: number;
}

function rec(b: Uint8Array, at: number, limit: number): Rec | null {
  if (at + 8 > limit) return null;
  const verInstance = u16(b, at);
  const end = at + 8 + u32(b, at + 4);
  if (end > limit) return null;
  return {
    type: u16(b, at + 2),
    instance: verInstance >> 4,
    container: (verInstance & 0xf) === 0xf,
    body: at + 8,
    end,
  };
}

/**
 * Pictures among the shapes anchored at `anchors` (CPs of 0x08 characters of the main text);
 * 0 when the document has no drawing or it cannot be read.
 */
export function floatingPictures(table: Uint8Array, parts: DrawingParts, anchors: readonly number[]): number {
  if (!anchors.length) return 0;
  const shapes = anchoredShapes(table, parts, new Set(anchors));
  if (!shapes.size) return 0;
  const limit = Math.min(table.length, parts.fcDggInfo + parts.lcbDggInfo);
  const group = rec(table, parts.fcDggInfo, limit);
  if (!parts.lcbDggInfo || !group || group.type !== DGG_CONTAINER) return 0;
  let pictures = 0;
  // rgDrawing: dgglbl (1 byte), then the drawing's container.
  for (let at = group.end; at + 9 <= limit;) {
    const main = table[at] === 0;
    const drawing = rec(table, at + 1, limit);
    if (!drawing || drawing.type !== DG_CONTAINER) break;
    if (main) pictures += picturesIn(table, drawing, shapes);
    at = drawing.end;
  }
  return pictures;
}

/** The ids of the shapes anchored at these CPs, from PlcSpaMom. */
function anchoredShapes(table: Uint8Array, parts: DrawingParts, anchors: ReadonlySet<number>): Set<number> {
  const { fcPlcSpaMom: at, lcbPlcSpaMom: lcb } = parts;
  const ids = new Set<number>();
  const n = (lcb - 4) / (4 + FSPA_SIZE);
  if (!Number.isInteger(n) || n <= 0 || at + lcb > table.length) return ids;
  for (let i = 0; i < n; i++)
    if (anchors.has(u32(table, at + i * 4))) ids.add(u32(table, at + (n + 1) * 4 + i * FSPA_SIZE));
  return ids;
}

/** How deep groups of shapes are looked into (Word nests a few; a damaged file could nest without end). */
const MAX_DEPTH = 16;

/** Shapes of `ids` showing a picture inside a container, groups in it too (they nest shapes). */
function picturesIn(b: Uint8Array, container: Rec, ids: ReadonlySet<number>, depth = 0): number {
  if (depth > MAX_DEPTH) return 0;
  let n = 0;
  for (let at = container.body; at < container.end;) {
    const r = rec(b, at, container.end);
    if (!r) break;
    if (r.type === SP_CONTAINER && showsPicture(b, r, ids)) n++;
    else if (r.container) n += picturesIn(b, r, ids, depth + 1);
    at = r.end;
  }
  return n;
}

function showsPicture(b: Uint8Array, shape: Rec, ids: ReadonlySet<number>): boolean {
  let anchored = false;
  for (let at = shape.body; at < shape.end;) {
    const r = rec(b, at, shape.end);
    if (!r) return false;
    if (r.type === FSP && r.body + 4 <= r.end) anchored = ids.has(u32(b, r.body));
    if (r.type === FOPT && anchored)
      for (let i = 0, p = r.body; i < r.instance && p + 6 <= r.end; i++, p += 6)
        if ((u16(b, p) & 0x3fff) === PIB) return true;
    at = r.end;
  }
  return false;
}
