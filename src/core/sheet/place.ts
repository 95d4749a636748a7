import { text, type Locale } from "../i18n/text";
import { parseA1 } from "./address";
import type { WordTable } from "./types";

/**
 * A cell as the person who filled the form finds it: in a Word table, by the table's place in the
 * document and the cell's row and column in it (第2个表格第3行第7列), the paragraphs around the table
 * as the text above or below it; null where the cell address says it (a sheet).
 */
export function wordPlace(cell: string, word: WordTable | undefined, locale: Locale): string | null {
  if (!word) return null;
  const at = parseA1(cell);
  if (!at) return null;
  if (at.r < word.start) return text(locale, "place.word-above", { table: word.table });
  if (at.r >= word.start + word.rows) return text(locale, "place.word-below", { table: word.table });
  return text(locale, "place.word-cell", { table: word.table, row: at.r - word.start + 1, column: at.c + 1 });
}

/** A row of a sheet read from a Word table as the table's row (第2个表格第3行); null where a row number says it. */
export function wordRowPlace(row: number, word: WordTable | undefined, locale: Locale): string | null {
  if (!word || row < word.start || row >= word.start + word.rows) return null;
  return text(locale, "place.word-row", { table: word.table, row: row - word.start + 1 });
}
