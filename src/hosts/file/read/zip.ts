import { Inflate as FflateInflate, inflateSync } from "fflate";
import { joinBytes } from "../bytes";
import { crc32 } from "../crc32";
import { u16, u32 } from "./bytes";
import { LIMITS } from "./limits";

/**
 * Unpacks raw deflate data (`size` is what the package declares, a hint); throws InflateLimit as
 * soon as the output would pass `limit` bytes, and any error when the data is damaged.
 */
export type Inflate = ((data: Uint8Array, size: number, limit: number) => Uint8Array) & {
  /** A faster CRC-32 where the platform has one (Node's zlib); else crc32.ts's. */
  readonly crc32?: (bytes: Uint8Array) => number;
};

/** The output of a part passed the limit while it was being unpacked (a zip bomb that lies about its size). */
export class InflateLimit extends Error {}

/**
 * fflate: a part of a small compressed size is unpacked at once into a buffer of its declared size
 * and one byte more; only a part that fills that byte (it holds more than it declares) or fails
 * goes on to the streaming inflate, which counts as it goes and stops at the limit. The streaming
 * inflate alone grew a 160 KB buffer for every part, however small (a fifth of a merge of 300
 * returns in the page's worker). The size bound keeps what a lying part can cost before it is
 * caught: 64 KB of deflate data unpack to 66 MB at most.
 */
export const fflateInflate: Inflate = (data, size, limit) => {
  if (data.length <= AT_ONCE_MAX && size <= AT_ONCE_MAX_SIZE && size < limit) {
    try {
      const out = inflateSync(data, { out: new Uint8Array(size + 1) });
      if (out.length <= size) return out;
    } catch {
      // Damaged, or more than declared in a stored block: the streaming inflate says which.
    }
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new FflateInflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimit();
    chunks.push(chunk);
  });
  inflate.push(data, true);
  return joinBytes(chunks);
};

/**
 * Compressed bytes up to which a part is first unpacked at once (see fflateInflate), and the size
 * it may declare: a part claiming more is streamed, so that no lie allocates more up front.
 */
const AT_ONCE_MAX = 64 * 1024;
const AT_ONCE_MAX_SIZE = 16 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  /** General purpose flags: bit 0 encrypted, bit 11 the name is UTF-8. */
  readonly flags: number;
  /** The entry's MS-DOS date and time as the archiver's clock read them (ms, taken as UTC). */
  readonly modified: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  /** The CRC-32 of the unpacked bytes, as the central directory records it. */
  readonly crc: number;
}

/** Why a package cannot be read (the caller turns these into messages). */
export class ZipProblem extends Error {
  constructor(readonly kind: "damaged" | "too-large") {
    super(kind);
  }
}

const utf8 = new TextDecoder("utf-8");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
let gbk: TextDecoder | null | undefined;

/**
 * An entry's name: UTF-8 when the archiver says so (flag bit 11) or the bytes are UTF-8; else
 * GBK, as archivers on Chinese Windows write names (办公室.xlsx from 打包下载), where the
 * platform has that decoder (Node with full ICU, every browser).
 */
function entryName(raw: Uint8Array, flags: number): string {
  let ascii = true;
  for (const b of raw) if (b >= 0x80) ascii = false;
  if (ascii || flags & 0x800) return utf8.decode(raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    if (gbk === undefined)
      try {
        gbk = new TextDecoder("gbk");
      } catch {
        gbk = null;
      }
    return (gbk ?? utf8).decode(raw);
  }
}

/** MS-DOS date and time (2-second steps) as ms since the epoch, read as UTC; 0 when unset. */
function dosTime(date: number, time: number): number {
  if (!date) return 0;
  return Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
}

/**
 * A zip package read by its central directory: entries are unpacked one at a time, on demand,
 * after their declared size is checked against the limits (a zip bomb is refused before it is
 * inflated), and unpacking stops as soon as a part passes the limit whatever it declared. A
 * declared size that is merely wrong (some writers are off by a few bytes) is not damage.
 */
export class Zip {
  /** The entries by name, compared without case (OPC's part names, ECMA-376 Part 2 §9.1.1.1). */
  readonly entries = new Map<string, ZipEntry>();
  /** Every entry, in the central directory's order: an archive may hold two of one name. */
  readonly list: ZipEntry[] = [];
  /** Names (lower case) the central directory lists more than once. */
  private readonly twice = new Set<string>();
  private unpacked = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate = fflateInflate,
    private readonly limits: Pick<typeof LIMITS, "partBytes" | "packageBytes"> = LIMITS,
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
      const flags = u16(bytes, p + 8);
      const name = entryName(bytes.subarray(p + 46, p + 46 + nameLength), flags)
        .replace(/\\/g, "/")
        .replace(/^\//, "");
      const entry: ZipEntry = {
        name,
        flags,
        modified: dosTime(u16(bytes, p + 14), u16(bytes, p + 12)),
        method: u16(bytes, p + 10),
        compressedSize: u32(bytes, p + 20),
        size: u32(bytes, p + 24),
        offset: u32(bytes, p + 42),
        crc: u32(bytes, p + 16),
      };
      const key = name.toLowerCase();
      if (this.entries.has(key)) this.twice.add(key);
      else this.entries.set(key, entry);
      this.list.push(entry);
      p += 46 + nameLength + extra + comment;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * The part's bytes, unpacked; null when there is no such part. A part the package holds twice
   * (which of the two did the sender's program show?) is damage: Excel refuses such a package, and
   * Apache POI's duplicate-filename.xlsx holds two different sheets under one name.
   */
  read(name: string): Uint8Array | null {
    const key = name.toLowerCase();
    if (this.twice.has(key)) throw new ZipProblem("damaged");
    const e = this.entries.get(key);
    return e ? this.readEntry(e) : null;
  }

  /** One entry's bytes, unpacked (an archive's entries, each read even when two share a name). */
  readEntry(e: ZipEntry): Uint8Array {
    const { partBytes, packageBytes } = this.limits;
    if (e.size > partBytes || this.unpacked + e.size > packageBytes) throw new ZipProblem("too-large");
    const local = e.offset;
    if (local + 30 > this.bytes.length || u32(this.bytes, local) !== 0x04034b50) throw new ZipProblem("damaged");
    const start = local + 30 + u16(this.bytes, local + 26) + u16(this.bytes, local + 28);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    if (data.length < e.compressedSize) throw new ZipProblem("damaged");
    const limit = Math.min(partBytes, packageBytes - this.unpacked);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = this.inflate(data, e.size, limit);
      } catch (err) {
        throw new ZipProblem(err instanceof InflateLimit ? "too-large" : "damaged");
      }
    } else throw new ZipProblem("damaged");
    if (out.length > limit) throw new ZipProblem("too-large");
    // Damage that still inflates (a flipped bit in the data, a sector of a disk or a download
    // lost) gives other text than was written: its rows would be merged wrong, or cut off, without
    // a word. The file is said to be damaged instead, for the unit to send again.
    if ((this.inflate.crc32 ?? crc32)(out) !== e.crc) throw new ZipProblem("damaged");
    this.unpacked += out.length;
    return out;
  }

  text(name: string): string | null {
    const bytes = this.read(name);
    return bytes === null ? null : utf8.decode(bytes);
  }
}
