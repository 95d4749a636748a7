import type { PackedPart, PartPacker } from "./zip-writer";

/**
 * A part compressed by the browser's own deflate (the Compression Streams API, native code), in
 * gzip form: its trailer carries the CRC-32 and the length (RFC 1952), so no byte is counted or
 * checked in JavaScript. fflate's deflate and the CRC in JavaScript were a fifth of a merge of
 * 300 returns in the page's worker. Null where the API is missing (browsers before 2020-2023):
 * then the parts are compressed by fflate, as before.
 */
export const nativePacker: PartPacker | null =
  typeof CompressionStream === "function" && typeof Response === "function" ? packGzip : null;

async function packGzip(chunks: Iterable<Uint8Array>): Promise<PackedPart> {
  const stream = new CompressionStream("gzip");
  const writer = stream.writable.getWriter();
  // Read while writing: the stream holds little, and a large sheet's chunks keep coming.
  const output = new Response(stream.readable).arrayBuffer();
  let size = 0;
  try {
    for (const chunk of chunks) {
      size += chunk.length;
      // Our chunks are made by TextEncoder and joins: never over shared memory.
      await writer.write(chunk as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  } catch (e) {
    await writer.abort(e).catch(() => undefined);
    throw e;
  }
  return fromGzip(new Uint8Array(await output), size);
}

/**
 * The deflate data, CRC-32 and length of a gzip member (RFC 1952 §2.3: a 10-byte header, the
 * optional fields its flags name, the data, then CRC32 and ISIZE). Throws when it is not one, or
 * when its length is not what went in.
 */
export function fromGzip(gz: Uint8Array, size: number): PackedPart {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error("not a gzip member");
  const flags = gz[3];
  let p = 10;
  if (flags & 4) p += 2 + (gz[p] | (gz[p + 1] << 8)); // FEXTRA
  for (const flag of [8, 16]) if (flags & flag) p = gz.indexOf(0, p) + 1; // FNAME, FCOMMENT
  if (flags & 2) p += 2; // FHCRC
  const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
  const crc = view.getUint32(gz.length - 8, true);
  const length = view.getUint32(gz.length - 4, true);
  if (p <= 0 || p > gz.length - 8 || length !== size % 2 ** 32) throw new Error("a damaged gzip member");
  return { packed: gz.subarray(p, gz.length - 8), crc, size };
}
