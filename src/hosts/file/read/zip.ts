import { inflateSync } from "fflate";
import { LIMITS } from "./limits";

/** Unpacks raw deflate data into exactly `size` bytes, or throws when the data is more or less than that. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

/** fflate's inflate, into a buffer of the declared size plus one byte: more data than declared shows. */
export const fflateInflate: Inflate = (data, size) => inflateSync(data, { out: new Uint8Array(size + 1) });

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** Why a package cannot be read (the caller turns these into messages). */
export class ZipProblem extends Error {
  constructor(readonly kind: "damaged" | "too-large") {
    super(kind);
  }
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const utf8 = new TextDecoder("utf-8");

/**
 * A zip package read by its central directory: entries are unpacked one at a time, on demand,
 * after their declared size is checked against the limits (a zip bomb is refused before it is
 * inflated; an entry that inflates to more than it declared is refused too).
 */
export class Zip {
  readonly entries = new Map<string, ZipEntry>();
  private unpacked = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate = fflateInflate,
  ) {
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
      if (u32(bytes, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new ZipProblem("damaged");
    const count = u16(bytes, eocd + 10);
    let p = u32(bytes, eocd + 16);
    for (let n = 0; n < count; n++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipProblem("damaged");
      const nameLength = u16(bytes, p + 28);
      const extra = u16(bytes, p + 30);
      const comment = u16(bytes, p + 32);
      const name = utf8
        .decode(bytes.subarray(p + 46, p + 46 + nameLength))
        .replace(/\\/g, "/")
        .replace(/^\//, "");
      this.entries.set(name.toLowerCase(), {
        name,
        method: u16(bytes, p + 10),
        compressedSize: u32(bytes, p + 20),
        size: u32(bytes, p + 24),
        offset: u32(bytes, p + 42),
      });
      p += 46 + nameLength + extra + comment;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entry's bytes, unpacked; null when there is no such entry. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return null;
    if (e.size > LIMITS.partBytes || this.unpacked + e.size > LIMITS.packageBytes) throw new ZipProblem("too-large");
    const local = e.offset;
    if (local + 30 > this.bytes.length || u32(this.bytes, local) !== 0x04034b50) throw new ZipProblem("damaged");
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    if (data.length < e.compressedSize) throw new ZipProblem("damaged");
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = this.inflate(data, e.size);
      } catch {
        throw new ZipProblem("damaged");
      }
    } else throw new ZipProblem("damaged");
    if (out.length !== e.size) throw new ZipProblem("damaged");
    this.unpacked += e.size;
    return out;
  }

  text(name: string): string | null {
    const bytes = this.read(name);
    return bytes === null ? null : utf8.decode(bytes);
  }
}
