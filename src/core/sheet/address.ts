/** A1 addresses from zero-based row and column indexes. */
export function columnLetter(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return columnLetter(c) + (r + 1);
}

export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

/** Zero-based column index of letters such as "AB". */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row and column of an A1 address ("$B$12" too); null when it is not one. */
export function parseA1(address: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  return m ? { r: Number(m[2]) - 1, c: columnIndex(m[1]) } : null;
}

/** A range such as "A1:C3" (or one cell); a sheet prefix ("Sheet1!A1", "'附件 2'!A1") is dropped. */
export function parseRangeA1(address: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

/** Quotes a sheet name for a formula or address: 'Sheet name'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to a range of a sheet, as names and formulas write it: 'Sheet 1'!$A$1:$B$3. */
export function absoluteRange(sheet: string, r: { r1: number; c1: number; r2: number; c2: number }): string {
  const corner = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
  const cells = r.r1 === r.r2 && r.c1 === r.c2 ? corner(r.r1, r.c1) : `${corner(r.r1, r.c1)}:${corner(r.r2, r.c2)}`;
  return `${quoteSheet(sheet)}!${cells}`;
}

/** Whole rows of a sheet, absolute, as print titles write them: $1:$4. */
export function absoluteRows(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}
