/**
 * Pictures on the sheets of a BIFF8 workbook (.xls, and WPS's .et): a form pasted in as a
 * screenshot or a photo is said as such when no form is found (SheetJS does not tell pictures).
 *
 * After [MS-XLS]: the globals' BoundSheet8 records (0x0085, §2.4.28) give each sheet's name and the
 * stream offset of its BOF; a sheet's drawn objects each have an Obj record (0x005D, §2.4.181)
 * whose first subrecord is FtCmo (ft 0x0015, §2.5.143), and an object type of 0x0008 is a picture.
 */
import { biffRecords, u16, u32 } from "./bytes";

const BOUND_SHEET = 0x0085;
const OBJ = 0x005d;
const EOF = 0x000a;
const BOF = 0x0809;
const FT_CMO = 0x0015;
const OT_PICTURE = 0x0008;

/** Each sheet's count of pictures, by name; sheets without any are left out (so is a damaged stream's rest). */
export function xlsPictures(stream: Uint8Array): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name, offset } of boundSheets(stream)) {
    const n = picturesFrom(stream, offset);
    if (n > 0) counts.set(name, (counts.get(name) ?? 0) + n);
  }
  return counts;
}

function boundSheets(stream: Uint8Array): { name: string; offset: number }[] {
  const sheets: { name: string; offset: number }[] = [];
  for (const { type, length, body } of biffRecords(stream)) {
    if (type === EOF) break;
    if (type === BOUND_SHEET && length >= 8 && body + length <= stream.length) {
      const cch = stream[body + 6];
      const wide = (stream[body + 7] & 1) === 1;
      const text = stream.subarray(body + 8, Math.min(body + length, body + 8 + cch * (wide ? 2 : 1)));
      const name = wide ? new TextDecoder("utf-16le").decode(text) : String.fromCharCode(...text);
      sheets.push({ name, offset: u32(stream, body) });
    }
  }
  return sheets;
}

/** Obj records of pictures in the substream that begins at `offset` (a BOF), up to its EOF. */
function picturesFrom(stream: Uint8Array, offset: number): number {
  if (offset + 4 > stream.length || u16(stream, offset) !== BOF) return 0;
  let pictures = 0;
  let depth = 0;
  for (const { type, length, body } of biffRecords(stream, offset)) {
    // A chart embedded in the sheet is a substream of its own, BOF to EOF, inside this one.
    if (type === BOF) depth++;
    else if (type === EOF && --depth === 0) break;
    else if (type === OBJ && depth === 1 && length >= 6 && body + 6 <= stream.length)
      if (u16(stream, body) === FT_CMO && u16(stream, body + 4) === OT_PICTURE) pictures++;
  }
  return pictures;
}
