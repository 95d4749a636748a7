import { labelKey } from "../text/normalize";
import { shown } from "./context";
import type { DataRow } from "../locate/extract";

/**
 * For each row, the index of the first earlier row of the same content, or -1. A row's content is
 * its cells in the given columns, then its extra columns' (unless `extras` is false), each as its
 * labelKey: spacing, full-width forms and a trailing colon do not make a row new.
 *
 * Each distinct text is given a number once (its labelKey's), each row becomes a run of numbers in
 * one typed array, and rows are found in an open-addressed table of row indexes by a hash of their
 * numbers, compared number by number where a slot is taken: no string is built or kept per row.
 * (Building and keeping one string per row was a third of validation's time, most of it the
 * garbage collector copying those strings.) Which rows match depends on the numbers alone; the hash
 * only decides where to look first.
 */
export function earlierTwins(rows: readonly DataRow[], keys: readonly string[], extras: boolean): Int32Array {
  const n = rows.length;
  const twins = new Int32Array(n).fill(-1);
  if (n < 2) return twins;
  let extraWidth = 0;
  if (extras) for (let i = 0; i < n; i++) extraWidth = Math.max(extraWidth, rows[i].extras.length);
  // One more place per row for how many extra cells it has: a row without an extra column is not
  // a row whose extra column is empty.
  const width = keys.length + extraWidth + 1;
  const cells = new Int32Array(n * width);
  const number = new TextNumbers();
  const mask = (1 << Math.ceil(Math.log2(2 * n))) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const at = i * width;
    let h = 0x811c9dc5;
    let k = 0;
    for (; k < keys.length; k++) h = Math.imul(h ^ (cells[at + k] = number.of(shown(row.values[keys[k]]))), 0x01000193);
    const own = extras ? row.extras.length : 0;
    for (let x = 0; x < own; x++, k++) h = Math.imul(h ^ (cells[at + k] = number.of(shown(row.extras[x]))), 0x01000193);
    cells[at + width - 1] = own;
    let slot = mix(h ^ own) & mask;
    for (let j = slots[slot]; j >= 0; j = slots[(slot = (slot + 1) & mask)])
      if (sameRun(cells, j * width, at, width)) {
        twins[i] = j;
        break;
      }
    if (twins[i] < 0) slots[slot] = i;
  }
  return twins;
}

/** Numbers for texts: the same for texts of one labelKey, each text's labelKey taken once. */
class TextNumbers {
  private readonly byText = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

  of(text: string): number {
    let id = this.byText.get(text);
    if (id === undefined) {
      const key = labelKey(text);
      id = this.byKey.get(key);
      if (id === undefined) this.byKey.set(key, (id = this.byKey.size));
      this.byText.set(text, id);
    }
    return id;
  }
}

function sameRun(cells: Int32Array, a: number, b: number, width: number): boolean {
  for (let k = 0; k < width; k++) if (cells[a + k] !== cells[b + k]) return false;
  return true;
}

/** Murmur3's finaliser: spreads the bits over the slot index. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
