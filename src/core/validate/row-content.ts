import { labelKey, mayChangeInLabel, needsLabelWork } from "../text/normalize";
import { shown } from "./context";
import type { DataRow } from "../locate/extract";

/** Between cells in a row's signature: a noncharacter, which labelKey neither changes nor tests slowly. */
const SEP = "\uFFFF";

/**
 * A row's content as one string to compare rows by: the given columns' cells, then its extra
 * columns' (unless `extras` is false), each as its labelKey (spacing, full-width forms and a
 * trailing colon aside); labelKey's work done only when some cell needs it (one test per row).
 */
export function rowSignature(row: DataRow, keys: readonly string[], extras = true): string {
  let signature = "";
  for (const k of keys) signature += shown(row.values[k]) + SEP;
  if (extras) for (const v of row.extras) signature += shown(v) + SEP;
  if (!needsLabelWork(signature)) return signature;
  signature = "";
  for (const k of keys) signature += labelKey(shown(row.values[k])) + SEP;
  if (extras) for (const v of row.extras) signature += labelKey(shown(v)) + SEP;
  return signature;
}

/**
 * A 32-bit hash (FNV-1a over UTF-16 code units) of what rowSignature gives, computed cell by cell
 * without building it: equal signatures give equal hashes (labelKey of the whole signature is
 * labelKey of each cell, its pattern testing one character at a time).
 */
export function rowHash(row: DataRow, keys: readonly string[], extras = true): number {
  let h = 0x811c9dc5;
  for (const k of keys) h = hashCell(shown(row.values[k]), h);
  if (extras) for (const v of row.extras) h = hashCell(shown(v), h);
  return h;
}

/** The hash of a cell's labelKey and a separator, labelKey taken only when a character may need it. */
function hashCell(s: string, from: number): number {
  let h = from;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x3400 || c > 0xfefe) && mayChangeInLabel(c)) return hashText(labelKey(s), from);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return Math.imul(h ^ 0xffff, 0x01000193);
}

function hashText(s: string, from: number): number {
  let h = from;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xffff, 0x01000193);
}

/**
 * For each row, the index of the first earlier row of the same content (rowSignature), or -1. Rows
 * are told apart by rowHash in an open-addressed table of indexes; a signature is built only for
 * rows whose hash an earlier row has (repeats, and the rare row whose hash is another's), so
 * 10,000 rows neither build nor keep 10,000 strings (a third of validation's time went to those).
 */
export function earlierTwins(rows: readonly DataRow[], keys: readonly string[], extras: boolean): Int32Array {
  const n = rows.length;
  const twins = new Int32Array(n).fill(-1);
  if (n < 2) return twins;
  const hashes = new Int32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = rowHash(rows[i], keys, extras);
  const mask = (1 << Math.ceil(Math.log2(2 * n))) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  const signatures = new Map<number, string>();
  const signature = (i: number) => {
    let s = signatures.get(i);
    if (s === undefined) signatures.set(i, (s = rowSignature(rows[i], keys, extras)));
    return s;
  };
  for (let i = 0; i < n; i++) {
    const h = hashes[i];
    // Murmur3's finaliser spreads FNV's bits over the slot index.
    let slot = mix(h) & mask;
    for (let j = slots[slot]; j >= 0; j = slots[(slot = (slot + 1) & mask)])
      if (hashes[j] === h && signature(j) === signature(i)) {
        twins[i] = j;
        break;
      }
    if (twins[i] < 0) slots[slot] = i;
  }
  return twins;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
