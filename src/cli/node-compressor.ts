import { constants, crc32, deflateRawSync } from "node:zlib";
import type { Compressor } from "../hosts/file/xlsx/zip-writer";

/**
 * Node's own zlib for the summary the CLI writes (native deflate and CRC-32, Node ≥ 20.15). Each
 * chunk is deflated on its own and ended with a sync flush, so the pieces join into one deflate
 * stream (RFC 1951 blocks, the last one final) without holding the part whole.
 */
export const nodeCompressor: Compressor = {
  deflater: () => ({
    push: (chunk) => [deflateRawSync(chunk, { level: 1, finishFlush: constants.Z_SYNC_FLUSH })],
    end: () => [deflateRawSync(new Uint8Array(0), { level: 1 })],
  }),
  crc32: (data, previous = 0) => crc32(data, previous),
};
