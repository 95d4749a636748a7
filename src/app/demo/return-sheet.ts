import type { AnnexSchema } from "../../core/schema/types";
import type { CellRange, CellValue, SheetData } from "../../core/sheet/types";

/** How a unit laid out its return: the variations seen in real returns. */
export interface ReturnLayout {
  readonly unit: string;
  /** Leave 填报单位 empty (the unit then comes from the file name). */
  readonly unitLineEmpty?: boolean;
  readonly sheetName?: string;
  /** Column keys in the order the unit's sheet has them (default: the schema's order). */
  readonly order?: readonly string[];
  /** Blank rows inserted after these data row indexes. */
  readonly blankAfter?: readonly number[];
  /** Template rows left blank at the end. */
  readonly trailingBlank?: number;
  /** Merge equal consecutive values of these column keys vertically. */
  readonly mergeDown?: readonly string[];
  /** Header text with a line break or spaces, as units retype it. */
  readonly messyHeaders?: boolean;
}

/**
 * A return as a unit sends it back: 附件N and title rows, the 填报单位 line, the header, data
 * rows (values by column key), notes. Used by the demo, the benchmark and the tests.
 */
export function returnSheet(
  schema: AnnexSchema,
  rows: readonly Readonly<Record<string, CellValue>>[],
  layout: ReturnLayout,
): SheetData {
  const order = layout.order ?? schema.columns.map((c) => c.key);
  const cols = order.map((k) => schema.columns.find((c) => c.key === k)!);
  const out: CellValue[][] = [];
  const merges: CellRange[] = [];
  const last = cols.length - 1;
  out.push([`附件${schema.number}`]);
  out.push([schema.title]);
  merges.push({ r1: 1, c1: 0, r2: 1, c2: last });
  out.push(["填报单位：", layout.unitLineEmpty ? null : layout.unit]);
  out.push(cols.map((c) => (layout.messyHeaders ? messy(c.header) : c.header)));
  const first = out.length;
  rows.forEach((row, i) => {
    out.push(cols.map((c) => (c.type === "index" ? i + 1 : (row[c.key] ?? null))));
    if (layout.blankAfter?.includes(i)) out.push(cols.map(() => null));
  });
  for (let i = 0; i < (layout.trailingBlank ?? 0); i++) out.push(cols.map(() => null));
  for (const key of layout.mergeDown ?? []) {
    const c = order.indexOf(key);
    let start = first;
    for (let r = first + 1; r <= out.length; r++) {
      const same = r < out.length && out[r][c] !== null && out[r][c] === out[start][c];
      if (same) continue;
      if (r - 1 > start) {
        merges.push({ r1: start, c1: c, r2: r - 1, c2: c });
        for (let k = start + 1; k < r; k++) out[k][c] = null;
      }
      start = r;
    }
  }
  for (const note of schema.notes) out.push([note]);
  return { name: layout.sheetName ?? `附件${schema.number}`, rows: out, merges };
}

function messy(header: string): string {
  return header.length > 3 ? `${header.slice(0, 2)}\n${header.slice(2)} ` : ` ${header}`;
}
