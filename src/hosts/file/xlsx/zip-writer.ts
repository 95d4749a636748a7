import { Deflate } from "fflate";
import { joinBytes } from "../bytes";
import { crc32 } from "../crc32";

/**
 * How parts are compressed, a chunk at a time: fflate by default (the browser, the pane's
 * worker); the CLI passes Node's zlib, several times faster on a large summary.
 */
export interface Compressor {
  /** A deflate stream: each chunk in, compressed bytes out; `end` closes the stream. */
  deflater(): { push(chunk: Uint8Array): Uint8Array[]; end(): Uint8Array[] };
  /** CRC-32 of `data`, continuing from `previous` (0 to start). */
  crc32(data: Uint8Array, previous?: number): number;
}

export const fflateCompressor: Compressor = {
  deflater() {
    let out: Uint8Array[] = [];
    const stream = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
    const drain = () => {
      const done = out;
      out = [];
      return done;
    };
    return {
      push(chunk) {
        stream.push(chunk, false);
        return drain();
      },
      end() {
        stream.push(new Uint8Array(0), true);
        return drain();
      },
    };
  },
  crc32,
};

/** One part: its name and its bytes as chunks, made as they are read (a sheet's XML a block of rows at a time). */
export interface ZipPart {
  readonly name: string;
  readonly chunks: Iterable<Uint8Array>;
}

/** DOS date and time of 2000-01-01 00:00: every part gets it, so the same content gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * A zip package (APPNOTE 6.3: deflated parts, no data descriptors, no extra fields, UTF-8 names),
 * written part by part: each part's chunks are joined, compressed and dropped before the next, so
 * memory holds one part's bytes at a time besides the output.
 */
export function writeZip(parts: Iterable<ZipPart>, compressor: Compressor): Uint8Array {
  const zip = new ZipRecords();
  for (const part of parts) {
    // Each chunk is compressed as it comes and then dropped: only the compressed part is kept.
    const deflater = compressor.deflater();
    const packedChunks: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    for (const chunk of part.chunks) {
      crc = compressor.crc32(chunk, crc);
      size += chunk.length;
      packedChunks.push(...deflater.push(chunk));
    }
    packedChunks.push(...deflater.end());
    zip.add(part.name, { packed: joinBytes(packedChunks), crc, size });
  }
  return zip.end();
}

/** A part compressed whole: its deflate data, the CRC-32 and the length of what went in. */
export interface PackedPart {
  readonly packed: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** Compresses one part's chunks, as they are made, elsewhere than in JavaScript (see native-packer.ts). */
export type PartPacker = (chunks: Iterable<Uint8Array>) => Promise<PackedPart>;

/** writeZip with each part compressed by `pack`: the same package, the deflate data another's. */
export async function writeZipAsync(parts: Iterable<ZipPart>, pack: PartPacker): Promise<Uint8Array> {
  const zip = new ZipRecords();
  for (const part of parts) zip.add(part.name, await pack(part.chunks));
  return zip.end();
}

/** The records of a zip package, part by part: local headers and data, then the central directory. */
class ZipRecords {
  private readonly out: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private readonly utf8 = new TextEncoder();

  add(partName: string, { packed, crc, size }: PackedPart): void {
    const name = this.utf8.encode(partName);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x0800, true); // UTF-8 names
    l.setUint16(8, 8, true);
    l.setUint16(10, DOS_TIME, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, packed.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, 8, true);
    c.setUint16(12, DOS_TIME, true);
    c.setUint16(14, DOS_DATE, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, packed.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, this.offset, true);
    entry.set(name, 46);
    this.out.push(local, packed);
    this.central.push(entry);
    this.offset += local.length + packed.length;
  }

  end(): Uint8Array {
    const count = this.central.length;
    const centralSize = this.central.reduce((n, e) => n + e.length, 0);
    const end = new Uint8Array(22);
    const e = new DataView(end.buffer);
    e.setUint32(0, 0x06054b50, true);
    e.setUint16(8, count, true);
    e.setUint16(10, count, true);
    e.setUint32(12, centralSize, true);
    e.setUint32(16, this.offset, true);
    return joinBytes([...this.out, ...this.central, end]);
  }
}
