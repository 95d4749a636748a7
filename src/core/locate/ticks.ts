import type { AnnexSchema } from "../schema/types";
import { cellText, isBlank, type Grid } from "../sheet/grid";
import { labelKey } from "../text/normalize";
import { firstDataRow } from "./data-start";

/** One column of a listed value drawn as a column per choice: where it is and the choice it stands for. */
export interface TickColumn {
  readonly col: number;
  readonly choice: string;
}

/**
 * Listed columns drawn as one column per choice, to tick (谈话内容类型 over 谈心谈话 | 任前谈话 |
 * 提醒谈话 | 廉政谈话, √ under one): by schema column index, the columns and the choice each stands
 * for. A listed column whose header spans two columns or more (`joined`), each with a sub-header
 * below it, or a header of its own, that is one of the form's choices (or 其他); none otherwise.
 */
export function tickColumns(
  grid: Grid,
  schema: AnnexSchema,
  headerRow: number,
  headerRows: number,
  columns: readonly number[],
  joined: readonly (readonly number[])[],
): Readonly<Record<number, readonly TickColumn[]>> | undefined {
  let out: Record<number, readonly TickColumn[]> | undefined;
  let first: number | undefined;
  schema.columns.forEach((col, i) => {
    if (col.type !== "enum" || columns[i] < 0 || !joined[i]?.length || !col.enumeration) return;
    first ??= firstDataRow(grid, headerRow, headerRows);
    const choices = new Map(col.enumeration.map((e) => [labelKey(e), e]));
    const ticks: TickColumn[] = [];
    for (const c of [columns[i], ...joined[i]]) {
      const label = subHeader(grid, c, headerRow, first);
      const choice = choices.get(labelKey(label)) ?? (isOtherChoice(label) ? label : undefined);
      if (!choice) return;
      ticks.push({ col: c, choice });
    }
    if (ticks.filter((t) => choices.has(labelKey(t.choice))).length >= 2) (out ??= {})[i] = ticks;
  });
  return out;
}

/** 其他 (or 其它, 其他谈话) as the last choice of a column drawn as a column per choice. */
export function isOtherChoice(label: string): boolean {
  return /^其[他它](谈话)?$/.test(labelKey(label));
}

/** The lowest text of the header in column `c`: a sub-header below its first row, else that row's own. */
function subHeader(grid: Grid, c: number, headerRow: number, first: number): string {
  for (let r = first - 1; r >= headerRow; r--) {
    const v = grid.raw(r, c);
    if (!isBlank(v)) return cellText(v).trim();
  }
  return "";
}

/**
 * What marks a choice as not taken, where a unit filled every box: ×, 否, 0, /, 无, and an empty
 * box (□ ☐, as a Word form draws one; ☑ ☒ are ticked, ☒ being Word's checked box).
 */
const NOT_TICKED = /^(?:[×✗✘xX否0/\\\-—无□☐]|不是)$/;

/**
 * The choice a row ticks: the sub-header of its marked column (√, ✓, 是, 1, ● or anything but a
 * mark of "no"); several joined with 、 (the listed-value rule then says so); null when none is.
 */
export function tickedChoice(grid: Grid, r: number, ticks: readonly TickColumn[]): string | null {
  const taken = ticks.filter((t) => {
    const v = grid.data(r, t.col);
    return !isBlank(v) && !NOT_TICKED.test(cellText(v).trim());
  });
  return taken.length ? taken.map((t) => t.choice).join("、") : null;
}
