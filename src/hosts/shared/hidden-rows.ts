/**
 * Finding the rows a sheet hides through a spreadsheet's object model, which answers for a range
 * of rows only whether all, none or some of them are hidden (Office.js Range.rowHidden: "true when
 * all rows in a range are hidden… false when no rows… null when some rows in a range are hidden
 * and other rows in the same range are not", ExcelApi 1.2; ET's Range.Hidden of whole rows, as
 * Excel's VBA Range.Hidden: a Variant, Null when mixed). Spans answered "some" are cut into parts
 * and asked again: a sheet hiding nothing costs one question, one hiding a few rows a few rounds.
 */

/** Rows r1 to r2, zero-based, inclusive. */
export interface RowSpan {
  readonly r1: number;
  readonly r2: number;
}

/** Parts a partly hidden span is cut into for the next round: 20,000 rows take four rounds. */
export const HIDDEN_ROW_PARTS = 16;

/**
 * One round: the rows of spans answered `true` go into `hidden`; spans answered neither true nor
 * false (null: some of their rows are hidden) come back cut into parts, to be asked next.
 */
export function hiddenRowsRound(spans: readonly RowSpan[], answers: readonly unknown[], hidden: number[]): RowSpan[] {
  const next: RowSpan[] = [];
  spans.forEach((span, i) => {
    const answer = answers[i];
    if (answer === true) for (let r = span.r1; r <= span.r2; r++) hidden.push(r);
    else if (answer !== false && span.r2 > span.r1) next.push(...partsOf(span));
  });
  return next;
}

function partsOf({ r1, r2 }: RowSpan): RowSpan[] {
  const size = Math.ceil((r2 - r1 + 1) / HIDDEN_ROW_PARTS);
  const out: RowSpan[] = [];
  for (let r = r1; r <= r2; r += size) out.push({ r1: r, r2: Math.min(r2, r + size - 1) });
  return out;
}

/** The rows found, in order, below `count` (the rows read), or undefined when there are none. */
export function hiddenRowsBelow(hidden: readonly number[], count: number): number[] | undefined {
  const out = hidden.filter((r) => r < count).sort((a, b) => a - b);
  return out.length ? out : undefined;
}
