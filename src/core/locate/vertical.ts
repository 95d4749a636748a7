/**
 * A form filled in standing up: the headers down one column and each item's values in a column
 * beside them (or a block per item, one below the other), as 申报表 are often laid out in Word
 * and copied over —
 *
 *   课题名称 | 洞庭湖水质提升路径调研 | 黑臭水体整治成效调研
 *   调研目的 | 摸清入湖污染负荷       | …
 *
 * Found only where a sheet holds no form the usual way. The block is laid flat into a sheet of
 * its own (the rows above it, such as the title, and any 填报单位 line kept above the header; the
 * lines below it, 备注 and 填报人, left out), read like any return, and every cell named in what is
 * reported is the cell in the sheet as sent.
 */
import { a1, parseA1 } from "../sheet/address";
import type { CellValue, CellRange, SheetData } from "../sheet/types";
import type { AnnexSchema } from "../schema/types";
import { cellText, isBlank, type Grid } from "../sheet/grid";
import { looseKey, labelKey } from "../text/normalize";
import { allNames } from "./header-match";
import { SCAN_ROWS } from "./locate";
import { isUnitLabel } from "./unit-line";

/** The columns a label column may stand in (a form laid out this way starts at the left). */
const LABEL_COLUMNS = 4;
/** Labels a column needs before it is taken for a form's headers. */
const MIN_LABELS = 2;
/** Item columns read beside the labels at most (附件3 and 附件5 take two items). */
const MAX_ITEMS = 20;

export interface VerticalForm {
  /** The form laid flat: the rows above it and its 填报单位 line, a header row, one row per item. */
  readonly sheet: SheetData;
  /** Where a cell of the flat sheet is in the sheet as sent. */
  readonly origin: (r: number, c: number) => { readonly r: number; readonly c: number };
}

/** The form the sheet holds standing up, laid flat; null when no column of it reads as a form's headers. */
export function verticalForm(grid: Grid, schemas: readonly AnnexSchema[]): VerticalForm | null {
  const names = allNames(schemas);
  const labels = labelColumn(grid, names);
  return labels ? layFlat(grid, labels, labelBlocks(grid, labels, names)) : null;
}

/** The column (of the first few) where most cells read as a form's headers, and those rows. */
function labelColumn(grid: Grid, names: ReadonlySet<string>): { col: number; rows: number[] } | null {
  let best: { col: number; rows: number[] } | null = null;
  for (let c = 0; c < Math.min(LABEL_COLUMNS, grid.colCount); c++) {
    const rows: number[] = [];
    for (let r = 0; r < Math.min(grid.rowCount, SCAN_ROWS); r++) {
      const v = grid.raw(r, c);
      if (typeof v === "string" && !isBlank(v) && isName(v, names)) rows.push(r);
    }
    if (rows.length >= MIN_LABELS && (!best || rows.length > best.rows.length)) best = { col: c, rows };
  }
  return best;
}

interface Blocks {
  /** The labels, a block per item (or per item column's worth of items). */
  readonly blocks: readonly (readonly Label[])[];
  /** Rows holding 填报单位 (申报单位 | 水生态环境科), kept as they are above the header. */
  readonly unitRows: readonly number[];
  /** Labels paired on a row, as Word forms lay them out: one item a block, each value beside its label. */
  readonly paired: boolean;
}

/**
 * The labels from the first to the last known one, in blocks: a label seen again starts the next
 * block (two topics' forms one below the other). A label no form knows (备注, 联系人) between them
 * is a column too, kept as an extra; a 填报单位 line among them or below them is the unit line.
 */
function labelBlocks(grid: Grid, { col, rows }: { col: number; rows: number[] }, names: ReadonlySet<string>): Blocks {
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  // Word forms pair labels on a row (课题名称 | … | 牵头领导 | 王局长).
  const paired = rows.some((r) => {
    for (let c = col + 1, n = grid.width(r); c < n; c++) {
      const v = grid.raw(r, c);
      if (typeof v === "string" && isName(v, names)) return true;
    }
    return false;
  });
  const blocks: Label[][] = [[]];
  const unitRows: number[] = [];
  const add = (label: Label) => {
    if (blocks[blocks.length - 1].some((l) => l.key === label.key)) blocks.push([]);
    blocks[blocks.length - 1].push(label);
  };
  for (let r = top; r < grid.rowCount; r++) {
    const v = grid.raw(r, col);
    if (isBlank(v)) continue;
    if (typeof v === "string" && isUnitLabel(v)) unitRows.push(r);
    else if (r <= bottom) {
      if (!paired) add({ key: keyOf(v), row: r, col, value: -1 });
      else for (const label of pairsOf(grid, r, col, names)) add(label);
    }
  }
  return { blocks, unitRows, paired };
}

/**
 * The form laid flat: the rows above it and its unit line as they are, a header of every label
 * in the order first met, a row per item (an item a column beside the labels, or one a block when
 * the labels are paired), each flat cell mapped to where it stands.
 */
function layFlat(grid: Grid, labels: { col: number; rows: number[] }, found: Blocks): VerticalForm | null {
  const { col } = labels;
  const top = labels.rows[0];
  const bottom = labels.rows[labels.rows.length - 1];
  const { blocks, unitRows, paired } = found;
  const header: Label[] = [];
  for (const block of blocks) for (const l of block) if (!header.some((h) => h.key === l.key)) header.push(l);

  const rows: CellValue[][] = [];
  /**
   * For each row of the flat sheet, where each of its cells is in the sheet as sent: a row kept
   * as it is maps column to column; a row made from the block maps label by label.
   */
  const origins: ({ r: number; c: number }[] | number)[] = [];
  for (const r of [...Array.from({ length: top }, (_, i) => i), ...unitRows]) {
    rows.push([...(grid.sheet.rows[r] ?? [])]);
    origins.push(r);
  }
  rows.push(header.map((h) => grid.raw(h.row, h.col)));
  origins.push(header.map((h) => ({ r: h.row, c: h.col })));
  let items = 0;
  const item = (block: readonly Label[], valueAt: (l: Label) => number) => {
    const at = header.map((h) => block.find((l) => l.key === h.key) ?? null);
    // A label this block lacks is named where the block begins.
    rows.push(at.map((l) => (l ? grid.data(l.row, valueAt(l)) : null)));
    origins.push(at.map((l) => (l ? { r: l.row, c: valueAt(l) } : { r: block[0].row, c: block[0].col + 1 })));
    items++;
  };
  for (const block of blocks) {
    if (paired) {
      if (block.some((l) => !isBlank(grid.raw(l.row, l.value)))) item(block, (l) => l.value);
      continue;
    }
    for (let c = col + 1; c < grid.colCount && items < MAX_ITEMS; c++)
      if (block.some((l) => !isBlank(grid.raw(l.row, c)))) item(block, () => c);
  }
  if (!items) return null;
  // Merged areas above the block (the title across the page) keep their place; the block's own do not.
  const merges: CellRange[] = grid.sheet.merges.filter((m) => m.r2 < top);
  const last = origins.length - 1;
  return {
    sheet: { name: grid.sheet.name, rows, merges, ...(grid.sheet.hidden ? { hidden: true } : {}) },
    // Past the block's cells (a column the form lacks, a row below): the row below the block.
    origin: (r, c) => {
      const o = origins[Math.min(r, last)];
      return typeof o === "number" ? { r: o, c } : (o[c] ?? { r: bottom + 1, c: col });
    },
  };
}

/** A label of the form as it stands: its key, its cell, and (in a form of pairs) its value's column, else -1. */
interface Label {
  readonly key: string;
  readonly row: number;
  readonly col: number;
  readonly value: number;
}

function keyOf(v: CellValue): string {
  return looseKey(labelKey(cellText(v)));
}

/**
 * The labels of a row of pairs, left to right from the label column: the first cell and each
 * later one that reads as a form's header, each with the first filled cell after it (or the one
 * next to it, when it is left empty) as its value.
 */
function pairsOf(grid: Grid, r: number, col: number, names: ReadonlySet<string>): Label[] {
  const out: Label[] = [];
  const n = grid.width(r);
  const isLabel = (c: number) => {
    const v = grid.raw(r, c);
    return c === col || (typeof v === "string" && isName(v, names));
  };
  for (let c = col; c < n; c++) {
    if (!isLabel(c)) continue;
    let value = c + 1;
    for (let k = c + 1; k < n && !isLabel(k); k++)
      if (!isBlank(grid.raw(r, k))) {
        value = k;
        break;
      }
    out.push({ key: keyOf(grid.raw(r, c)), row: r, col: c, value });
  }
  return out;
}

function isName(text: string, names: ReadonlySet<string>): boolean {
  const k = labelKey(text);
  if (!k || /^\d/.test(k)) return false;
  const loose = looseKey(k);
  const bracket = k.indexOf("(");
  return names.has(loose) || (bracket > 0 && names.has(looseKey(k.slice(0, bracket))));
}

/** A cell address of the flat sheet as the address in the sheet as sent. */
export function originCell(form: VerticalForm, cell: string): string {
  const at = parseA1(cell);
  if (!at) return cell;
  const o = form.origin(at.r, at.c);
  return a1(o.r, o.c);
}
