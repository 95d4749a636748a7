/** Little-endian integers in the binary formats read here (compound files, BIFF, Word, OfficeArt). */
export const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
export const u32 = (b: Uint8Array, at: number): number =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * The records of a BIFF stream from `from` ([MS-XLS] §2.1.4: a 2-byte type, a 2-byte length, the
 * body), up to the last whole record header; the caller stops where its substream ends.
 */
export function* biffRecords(stream: Uint8Array, from = 0): Generator<{ type: number; length: number; body: number }> {
  for (let at = from; at + 4 <= stream.length;) {
    const length = u16(stream, at + 2);
    yield { type: u16(stream, at), length, body: at + 4 };
    at += 4 + length;
  }
}
