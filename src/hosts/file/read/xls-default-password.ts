import { md5 } from "./md5";

/**
 * Excel encrypts an .xls whose workbook structure is protected even when it has no password to
 * open: with its built-in password "VelvetSweatshop". Excel, WPS and LibreOffice open such files
 * without asking; so does this. Only the RC4 scheme of Excel 97-2003 ([MS-OFFCRYPTO] §2.3.6) is
 * decrypted here, and only with that built-in password: a file with a real password to open stays
 * refused, with the reason.
 */
export const DEFAULT_PASSWORD = "VelvetSweatshop";

const FILE_PASS = 0x002f;
/** Records whose data is never encrypted ([MS-XLS] §2.2.10): BOF, FilePass, UsrExcl, FileLock, InterfaceHdr, RRDInfo, RRDHead. */
const CLEAR_RECORDS = new Set([0x0809, FILE_PASS, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138]);
const BOUND_SHEET = 0x0085;
/** A record type no BIFF reader knows: the FilePass record is renamed to it once the stream is decrypted. */
const DECRYPTED_MARK = 0x0fef;
const BLOCK = 1024;

interface Rc4Header {
  readonly salt: Uint8Array;
  readonly verifier: Uint8Array;
  readonly verifierHash: Uint8Array;
}

/**
 * The workbook stream decrypted with Excel's built-in password, when it is encrypted with it
 * (RC4, Excel 97-2003); null when it is not (no FilePass, another scheme, another password).
 */
export function decryptWithDefaultPassword(stream: Uint8Array, password = DEFAULT_PASSWORD): Uint8Array | null {
  const filePass = findFilePass(stream);
  if (!filePass) return null;
  const header = rc4Header(stream, filePass.data, filePass.length);
  if (!header) return null;
  const base = baseKey(password, header.salt);
  if (!verify(base, header)) return null;
  const out = rc4Records(stream, password, header.salt);
  out[filePass.at] = DECRYPTED_MARK & 0xff;
  out[filePass.at + 1] = DECRYPTED_MARK >> 8;
  return out;
}

/** The RC4 keystream of one block for a password and salt (what encrypts the verifier, for block 0). */
export function keystream(password: string, salt: Uint8Array, block: number, length: number): Uint8Array {
  return rc4(blockKey(baseKey(password, salt), block), length);
}

function findFilePass(stream: Uint8Array): { at: number; data: number; length: number } | null {
  let bofs = 0;
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream[at] | (stream[at + 1] << 8);
    const length = stream[at + 2] | (stream[at + 3] << 8);
    if (type === FILE_PASS) return { at, data: at + 4, length };
    if (type === 0x0809 && ++bofs > 1) return null;
    if (type === 0x000a) return null;
    at += 4 + length;
  }
  return null;
}

/** FilePass of type 1 (RC4), version 1.1 (not CryptoAPI): salt, encrypted verifier and its hash. */
function rc4Header(stream: Uint8Array, at: number, length: number): Rc4Header | null {
  if (length < 54 || at + 54 > stream.length) return null;
  const u16 = (i: number) => stream[i] | (stream[i + 1] << 8);
  if (u16(at) !== 1 || u16(at + 2) !== 1 || u16(at + 4) !== 1) return null;
  return {
    salt: stream.slice(at + 6, at + 22),
    verifier: stream.slice(at + 22, at + 38),
    verifierHash: stream.slice(at + 38, at + 54),
  };
}

/** [MS-OFFCRYPTO] §2.3.6.2: H0 = MD5(password), then MD5 of (5 bytes of H0 + salt) × 16, truncated to 5 bytes. */
function baseKey(password: string, salt: Uint8Array): Uint8Array {
  const utf16 = new Uint8Array(password.length * 2);
  for (let i = 0; i < password.length; i++) {
    utf16[i * 2] = password.charCodeAt(i) & 0xff;
    utf16[i * 2 + 1] = password.charCodeAt(i) >> 8;
  }
  const h0 = md5(utf16).subarray(0, 5);
  const buffer = new Uint8Array(21 * 16);
  for (let i = 0; i < 16; i++) {
    buffer.set(h0, i * 21);
    buffer.set(salt, i * 21 + 5);
  }
  return md5(buffer).subarray(0, 5);
}

/** The RC4 key of one 1024-byte block: MD5(base key + block number, little-endian). */
function blockKey(base: Uint8Array, block: number): Uint8Array {
  const data = new Uint8Array(9);
  data.set(base);
  new DataView(data.buffer).setUint32(5, block, true);
  return md5(data);
}

function rc4(key: Uint8Array, length: number): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(length);
  for (let n = 0, i = 0, j = 0; n < length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

/** The password is right when MD5 of the decrypted verifier is the decrypted verifier hash (one keystream, block 0). */
function verify(base: Uint8Array, h: Rc4Header): boolean {
  const keystream = rc4(blockKey(base, 0), 32);
  const verifier = h.verifier.map((b, i) => b ^ keystream[i]);
  const hash = h.verifierHash.map((b, i) => b ^ keystream[16 + i]);
  const expected = md5(verifier);
  return expected.every((b, i) => b === hash[i]);
}

/**
 * Every record's data XORed with the keystream ([MS-XLS] §2.2.10), in a copy: the keystream runs
 * over the whole stream in 1024-byte blocks, each block with its own key; record headers, the
 * records in CLEAR_RECORDS and BoundSheet8's stream position stay as they are. RC4 is its own
 * inverse: this decrypts an encrypted stream and encrypts a plain one.
 */
export function rc4Records(stream: Uint8Array, password: string, salt: Uint8Array): Uint8Array {
  const base = baseKey(password, salt);
  const out = stream.slice();
  let block = -1;
  let keystream: Uint8Array = new Uint8Array(0);
  const xorAt = (p: number) => {
    const b = Math.floor(p / BLOCK);
    if (b !== block) {
      block = b;
      keystream = rc4(blockKey(base, b), BLOCK);
    }
    out[p] ^= keystream[p % BLOCK];
  };
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream[at] | (stream[at + 1] << 8);
    const length = stream[at + 2] | (stream[at + 3] << 8);
    const data = at + 4;
    const end = Math.min(data + length, stream.length);
    if (!CLEAR_RECORDS.has(type)) {
      const from = type === BOUND_SHEET ? data + 4 : data;
      for (let p = from; p < end; p++) xorAt(p);
    }
    at = data + length;
  }
  return out;
}
