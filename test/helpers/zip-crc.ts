import { unzipSync } from "fflate";
import { crc32 } from "node:zlib";

/**
 * Each part's CRC-32 as the package's central directory records it, and as zlib computes it on the
 * part's unpacked bytes (fflate unpacks without checking): equal in a sound package, as Excel and
 * WPS require.
 */
export function partCrcs(bytes: Uint8Array): { name: string; recorded: number; actual: number }[] {
  const parts = unzipSync(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  const found = [];
  for (let n = 0, p = view.getUint32(end + 16, true); n < count; n++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    found.push({ name, recorded: view.getUint32(p + 16, true), actual: crc32(parts[name]) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return found;
}
