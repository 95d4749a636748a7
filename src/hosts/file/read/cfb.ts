/**
 * Just enough of the Compound File Binary format ([MS-CFB]) to tell what an OLE file holds: the
 * names of its streams and the bytes of one stream. Legacy .xls keeps its data in a "Workbook"
 * (BIFF8) or "Book" (BIFF5) stream; an .xlsx with an open password is a compound file holding
 * "EncryptionInfo" and "EncryptedPackage" ([MS-OFFCRYPTO] §2.3.4.1); Word and PowerPoint files
 * hold "WordDocument" and "PowerPoint Document". Every chain walk is bounded by the number of
 * sectors in the file, so a damaged file (a FAT that loops) ends instead of spinning.
 */
import { joinBytes } from "../bytes";
import { biffRecords, u16, u32 } from "./bytes";

/** Sector numbers from here up are markers (end of chain, free, FAT, DIFAT), not sectors ([MS-CFB] §2.1). */
const END = 0xfffffffa;

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirEntry {
  readonly name: string;
  readonly type: number;
  readonly start: number;
  readonly size: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
}

export class CfbProblem extends Error {}

export class Cfb {
  private readonly sectorSize: number;
  private readonly fat: number[] = [];
  private readonly entries: DirEntry[] = [];
  private readonly miniFat: number[] = [];
  private miniStream: Uint8Array = new Uint8Array();
  private readonly maxSectors: number;
  /** Indexes of the root storage's entries. */
  private readonly top = new Set<number>();

  constructor(private readonly bytes: Uint8Array) {
    if (!isCfb(bytes)) throw new CfbProblem("signature");
    const shift = u16(bytes, 30);
    if (shift !== 9 && shift !== 12) throw new CfbProblem("sector size");
    this.sectorSize = 1 << shift;
    this.maxSectors = Math.ceil(bytes.length / this.sectorSize) + 1;
    // The FAT sectors: the header lists the first 109, a DIFAT chain the rest (127 or 1023 per
    // sector plus a link). Counts the header gives beyond what the file can hold are ignored.
    const fatCount = u32(bytes, 44);
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) fatSectors.push(u32(bytes, 76 + i * 4));
    let difat = u32(bytes, 68);
    const difatCount = u32(bytes, 72);
    const perDifat = this.sectorSize / 4 - 1;
    const difats = new Set<number>();
    for (let n = 0; difat < END && n < difatCount && n < this.maxSectors; n++) {
      if (difats.has(difat)) throw new CfbProblem("broken chain");
      difats.add(difat);
      const sector = this.sectorAt(this.offset(difat));
      for (let i = 0; i < perDifat; i++) fatSectors.push(u32(sector, i * 4));
      difat = u32(sector, perDifat * 4);
    }
    const usable = fatCount > 0 && fatCount <= this.maxSectors ? fatSectors.slice(0, fatCount) : fatSectors;
    for (const s of usable) {
      if (s >= END || s >= this.maxSectors) continue;
      // A FAT sector the file is too short to hold (cut off): its chains end there, and a stream
      // that needs them is damaged when it is read.
      const at = (s + 1) * this.sectorSize;
      const sector = at < bytes.length ? this.sectorAt(at) : new Uint8Array(this.sectorSize).fill(0xff);
      for (let i = 0; i < this.sectorSize / 4; i++) this.fat.push(u32(sector, i * 4));
    }
    // The directory is read leniently, as LibreOffice and Excel do: a chain that runs into a marker,
    // past the FAT or back on itself ends there (entries read from a stray sector make no streams).
    const dir = this.chain(u32(bytes, 48), Infinity, true);
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const nameBytes = Math.min(u16(dir, at + 64), 64);
      let name = "";
      for (let i = 0; i + 1 < nameBytes - 2; i += 2) name += String.fromCharCode(u16(dir, at + i));
      this.entries.push({
        name,
        type: dir[at + 66],
        left: u32(dir, at + 68),
        right: u32(dir, at + 72),
        child: u32(dir, at + 76),
        start: u32(dir, at + 116),
        size: u32(dir, at + 120),
      });
    }
    const root = this.entries[0];
    if (!root || root.type !== 5) throw new CfbProblem("no root");
    // The root storage's own entries (a tree of siblings under its child): a document's streams,
    // as against those of objects embedded in it (a Word document inside a workbook has its own).
    for (const i of this.siblings(root.child)) this.top.add(i);
    // The mini stream and mini FAT hold only the small streams: read leniently too, and a small
    // stream that needs a part they lack fails when it is read.
    this.miniStream = this.chain(root.start, root.size, true);
    const miniFatCount = Math.min(u32(bytes, 64), this.maxSectors);
    const miniFat = miniFatCount ? this.chain(u32(bytes, 60), miniFatCount * this.sectorSize, true) : new Uint8Array();
    for (let i = 0; i + 4 <= miniFat.length; i += 4) this.miniFat.push(u32(miniFat, i));
  }

  /** Names of the streams (type 2), whatever storage holds them. */
  streams(): string[] {
    return this.entries.filter((e) => e.type === 2).map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.type === 2 && e.name.toLowerCase() === name.toLowerCase());
  }

  /** Whether the root storage holds a stream called `name` (not only an object embedded in the file). */
  atRoot(name: string): boolean {
    return [...this.top].some(
      (i) => this.entries[i].type === 2 && this.entries[i].name.toLowerCase() === name.toLowerCase(),
    );
  }

  /**
   * The bytes of the stream called `name` (case-insensitive): the root storage's, else the first
   * anywhere (a directory whose tree is damaged); null when there is none.
   */
  stream(name: string): Uint8Array | null {
    const named = (x: DirEntry) => x.type === 2 && x.name.toLowerCase() === name.toLowerCase();
    const top = [...this.top].find((i) => named(this.entries[i]));
    const e = top !== undefined ? this.entries[top] : this.entries.find(named);
    if (!e) return null;
    if (e.size < 4096) return this.miniChain(e.start, e.size);
    return this.chain(e.start, e.size);
  }

  /**
   * The entries of the storage at `path` (names from the root down; [] for the root itself), in no
   * particular order; [] when there is no such storage. Each sibling tree walked once.
   */
  children(path: readonly string[]): { readonly name: string; readonly storage: boolean }[] {
    const at = this.find(path);
    if (at === undefined || this.entries[at].type === 2) return [];
    return this.siblings(this.entries[at].child).map((i) => ({
      name: this.entries[i].name,
      storage: this.entries[i].type === 1,
    }));
  }

  /** The bytes of the stream at `path` (names from the root down, case-insensitive); null when there is none. */
  streamAt(path: readonly string[]): Uint8Array | null {
    const at = this.find(path);
    if (at === undefined || this.entries[at].type !== 2) return null;
    const e = this.entries[at];
    return e.size < 4096 ? this.miniChain(e.start, e.size) : this.chain(e.start, e.size);
  }

  private find(path: readonly string[]): number | undefined {
    let at: number | undefined = 0;
    for (const name of path) {
      const key = name.toLowerCase();
      at = this.siblings(this.entries[at].child).find((i) => this.entries[i].name.toLowerCase() === key);
      if (at === undefined) return undefined;
    }
    return at;
  }

  /** The entries of one sibling tree (a storage's children), each once however the tree is damaged. */
  private siblings(first: number): number[] {
    const seen = new Set<number>();
    const todo = [first];
    while (todo.length && seen.size < this.entries.length) {
      const i = todo.pop()!;
      if (i >= this.entries.length || seen.has(i)) continue;
      seen.add(i);
      todo.push(this.entries[i].left, this.entries[i].right);
    }
    return [...seen];
  }

  /** Where a sector starts. The last sector may be cut short (some writers do not pad it): it still counts. */
  private offset(sector: number): number {
    const at = (sector + 1) * this.sectorSize;
    if (at >= this.bytes.length) throw new CfbProblem("sector past the end");
    return at;
  }

  /** A sector's bytes, padded with zeros where the file ends inside it. */
  private sectorAt(at: number): Uint8Array {
    if (at + this.sectorSize <= this.bytes.length) return this.bytes.subarray(at, at + this.sectorSize);
    const out = new Uint8Array(this.sectorSize);
    out.set(this.bytes.subarray(at));
    return out;
  }

  /** A chain's sectors; one that comes back to a sector it has passed (it would never end) is damage, or its end when lenient. */
  private chain(start: number, size: number, lenient = false): Uint8Array {
    const parts: Uint8Array[] = [];
    const seen = new Set<number>();
    let total = 0;
    for (let s = start; s < END && total < size;) {
      if (seen.has(s) || s >= this.fat.length || (s + 1) * this.sectorSize >= this.bytes.length) {
        if (lenient) break;
        throw new CfbProblem("broken chain");
      }
      seen.add(s);
      const at = this.offset(s);
      parts.push(this.sectorAt(at));
      total += this.sectorSize;
      s = this.fat[s];
    }
    return concat(parts, Math.min(size, total));
  }

  private miniChain(start: number, size: number): Uint8Array {
    const parts: Uint8Array[] = [];
    const seen = new Set<number>();
    let total = 0;
    for (let s = start; s < END && total < size;) {
      if (seen.has(s) || (s + 1) * 64 > this.miniStream.length) throw new CfbProblem("broken chain");
      seen.add(s);
      parts.push(this.miniStream.subarray(s * 64, (s + 1) * 64));
      total += 64;
      s = this.miniFat[s];
    }
    return concat(parts, Math.min(size, total));
  }
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  return joinBytes(parts).subarray(0, size);
}

/**
 * Whether a BIFF workbook stream is encrypted: a FilePass record (0x002F) among the workbook
 * globals, before the first sheet's BOF ([MS-XLS] §2.4.117). Excel writes it for an open password
 * and also, with its built-in default password, for a workbook whose structure is protected.
 */
export function biffHasFilePass(stream: Uint8Array): boolean {
  let bofs = 0;
  for (const { type } of biffRecords(stream)) {
    if (type === 0x002f) return true;
    if (type === 0x0809 || type === 0x0409 || type === 0x0209 || type === 0x0009) if (++bofs > 1) return false;
    if (type === 0x000a) return false; // EOF of the globals
  }
  return false;
}
