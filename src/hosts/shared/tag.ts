/** Reads a sheet tag name's formula (="huibiao:talks@1") back into annex and version. */
export function parseTag(formula: unknown): { annex: string; version: number } | null {
  if (typeof formula !== "string") return null;
  const m = /^=?"?huibiao:([A-Za-z0-9_-]+)@(\d+)"?$/.exec(formula.trim());
  return m ? { annex: m[1], version: Number(m[2]) } : null;
}
