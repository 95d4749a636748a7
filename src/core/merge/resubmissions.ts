import { parseDate } from "../dates/parse-date";
import { cellText } from "../sheet/grid";
import type { CellValue } from "../sheet/types";
import { labelKey } from "../text/normalize";
import type { ReturnedWorkbook, SheetReturn } from "./returns";

/** What deciding between re-submissions needs of a file: its name and times. */
export type ReturnMeta = Pick<ReturnedWorkbook, "file" | "savedAt" | "modifiedAt" | "sentAt">;

/** A later file of a unit's form kept beside earlier ones: more of the form, not the form again (补报). */
export interface Supplement {
  readonly unit: string;
  readonly annex: string;
  readonly file: string;
  /** The earlier files of that unit's form kept with it. */
  readonly with: readonly string[];
}

/**
 * A later file of a unit's form that says only that there is nothing to report (本季度未开展谈话)
 * where earlier files of it have rows: those rows are kept (本季度 may be another quarter; nothing
 * is dropped on a guess) and the statement is said beside them, for the coordinator to settle.
 */
export interface NothingAfter {
  readonly unit: string;
  readonly annex: string;
  readonly file: string;
  /** The line as written. */
  readonly says: string;
  /** The earlier files whose rows are kept. */
  readonly with: readonly string[];
}

/**
 * For each unit and annex, the files in time order (the workbook's saved time, then the file's
 * time, then input order). A later file replaces each earlier one it is that form again of (see
 * isResubmission), so a corrected or completed return replaces the first; a later file that is
 * none of the kept ones again is a supplement (1月 then 2月's talks, 补报), kept beside them and
 * said as such, so that nothing is lost when a unit sends its form in parts. An empty form never
 * replaces a filled one (a unit re-sending the whole workbook to fix one sheet loses nothing);
 * a form that only says there is nothing to report is replaced by a later filled one, and one
 * later than the filled ones is said beside them (NothingAfter). Returns the sheets kept, in
 * input order, for each replaced one the file that replaced it, the supplements and those lines.
 */
export function resolveResubmissions(found: readonly SheetReturn[], returns: readonly ReturnMeta[]) {
  const order = new Map(returns.map((wb, i) => [wb.file, i]));
  const meta = new Map(returns.map((wb) => [wb.file, wb]));
  const groups = new Map<string, SheetReturn[]>();
  for (const r of found) {
    // A file whose name names another unit than its 填报单位 is not compared with that unit's own.
    // A form of no known unit stands alone, unless another holds the very same rows (附件2.xlsx and
    // its downloaded copy 附件2(1).xlsx): then it is that form again, not twice the rows.
    const rows = r.reading.rows;
    const who = r.unit || (rows.length ? `?${JSON.stringify(rows.map((row) => row.values))}` : `?${r.file}`);
    const key = `${r.annex.id}\u0000${who}\u0000${r.reading.unit.fileSays ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const kept: SheetReturn[] = [];
  const replaced = new Map<SheetReturn, string>();
  const supplements: Supplement[] = [];
  const nothingAfter: NothingAfter[] = [];
  /** The sheets NothingAfter speaks of: their own 「视为没有内容可报」 is not so, the earlier rows kept. */
  const unheeded = new Set<SheetReturn>();
  const byTime = (a: string, b: string) => compareTime(meta.get(a)!, meta.get(b)!) || order.get(a)! - order.get(b)!;
  for (const group of groups.values()) {
    const filled = group.filter((r) => r.reading.rows.length > 0);
    const candidates = filled.length ? filled : group;
    const files = [...new Set(candidates.map((r) => r.file))];
    files.sort(byTime);
    const sheetsOf = (file: string) => candidates.filter((r) => r.file === file);
    // Entries are compared only where a unit sent the form in more than one file.
    const entries = new Map(files.length > 1 ? files.map((f) => [f, entryRows(sheetsOf(f))]) : []);
    let standing: string[] = [];
    for (const file of files) {
      const later = entries.get(file)!;
      const earlier = standing.filter((s) => isResubmission(entries.get(s)!, later));
      if (standing.length && !earlier.length)
        supplements.push({ unit: group[0].unit, annex: group[0].annex.id, file, with: [...standing] });
      for (const e of earlier) for (const r of sheetsOf(e)) replaced.set(r, file);
      standing = [...standing.filter((s) => !earlier.includes(s)), file];
    }
    for (const r of group) if (standing.includes(r.file)) kept.push(r);
    // 「本季度未开展谈话」 in a file of its own beside filled ones: before them, the filled one that
    // follows replaces it; after them all, it is said (a sheet of the same file is not another return).
    if (!filled.length) continue;
    const saidOnce = new Set<string>();
    for (const r of group) {
      const { nothing } = r.reading;
      if (!nothing || r.reading.rows.length || files.includes(r.file)) continue;
      const next = files.find((f) => byTime(f, r.file) > 0);
      if (next) {
        replaced.set(r, next);
        continue;
      }
      unheeded.add(r);
      if (!saidOnce.has(r.file)) {
        saidOnce.add(r.file);
        nothingAfter.push({
          unit: group[0].unit,
          annex: group[0].annex.id,
          file: r.file,
          says: nothing.text,
          with: [...standing],
        });
      }
    }
  }
  kept.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { kept, replaced, supplements, nothingAfter, unheeded };
}

/** A sheet NothingAfter speaks of, without its own warning that the unit has nothing to report. */
export function withoutNothingIssue(r: SheetReturn): SheetReturn {
  const issues = r.reading.issues.filter((i) => !(i.code === "required" && i.reason === "none"));
  return { ...r, reading: { ...r.reading, issues } };
}

/** A file's entries of one unit's form: each row's required text and date cells, compared as entryPart. */
interface Entries {
  /** The columns compared; `item` for the one naming the entry (课题名称), which a correction keeps. */
  readonly columns: readonly { readonly key: string; readonly date: boolean; readonly item: boolean }[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

function entryRows(sheets: readonly SheetReturn[]): Entries {
  const schema = sheets[0].annex;
  const columns = schema.columns
    .filter((c) => c.required && (c.type === "text" || c.type === "date"))
    .map((c) => ({ key: c.key, date: c.type === "date", item: c.oneItem === true }));
  const rows = sheets.flatMap((r) =>
    r.reading.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, entryPart(row.values[c.key], c.date)]))),
  );
  return { columns, rows };
}

/**
 * Whether a later file of a unit's form is that form again (corrected, completed, or sent twice)
 * rather than more of it (补报). Entries are compared on the form's required text and date
 * columns (a talk: 谈话人, 单位及职务, 谈话对象, 单位及职务, 谈话时间; a topic: 课题名称, 调研目的…):
 * the later file is the form again when it brings nothing new (each of its entries is an earlier
 * one, as it was or with one of those cells changed, with three such columns or more: a corrected
 * date or name, though not another 课题名称, 建议内容 or 办实事事项, which is another entry), or
 * when at least half the earlier entries are in it so. So a correction, a form with rows taken
 * out or added replaces; February's talks after January's do not, even with a person talked to
 * again among them or a January talk written in again (a repeat, warned of). An empty form, or
 * one with nothing to compare, is the form again: the later counts, as it always did. Linear in
 * rows: each entry is looked up by its cells with one left out, not compared with every other.
 */
function isResubmission(earlier: Entries, later: Entries): boolean {
  const cols = earlier.columns;
  if (!earlier.rows.length || !later.rows.length || !cols.length) return true;
  const keyOf = (row: Readonly<Record<string, string>>, without = -1) =>
    cols.map((c, i) => (i === without ? "" : row[c.key])).join("\u0001");
  // The columns one of which a correction may change.
  const loose = cols.length >= 3 ? cols.flatMap((c, i) => (c.item ? [] : [i])) : [];
  /** How many rows of `b` are in `a`, as they are or with one cell changed. */
  const foundIn = (a: Entries, b: Entries) => {
    const keys = new Set(a.rows.map((r) => keyOf(r)));
    for (const r of a.rows) for (const i of loose) keys.add(`${i}\u0002${keyOf(r, i)}`);
    return b.rows.filter((r) => keys.has(keyOf(r)) || loose.some((i) => keys.has(`${i}\u0002${keyOf(r, i)}`))).length;
  };
  return foundIn(earlier, later) === later.rows.length || foundIn(later, earlier) * 2 >= earlier.rows.length;
}

/** A cell as compared between files: a date as its day however written, text without spacing. */
function entryPart(v: CellValue | undefined, date: boolean): string {
  if (v === null || v === undefined) return "";
  if (date) {
    const d = parseDate(v);
    if (d?.ok) return `@${Math.floor(d.serial)}`;
  }
  return labelKey(cellText(v));
}

function compareTime(a: ReturnMeta, b: ReturnMeta): number {
  // Two returns that came by mail: the one sent later is the later, however the workbooks were saved.
  if (a.sentAt !== undefined && b.sentAt !== undefined && a.sentAt !== b.sentAt) return a.sentAt - b.sentAt;
  const saved = (a.savedAt ?? -Infinity) - (b.savedAt ?? -Infinity);
  if (saved !== 0 && !Number.isNaN(saved)) return saved;
  const modified = (a.modifiedAt ?? -Infinity) - (b.modifiedAt ?? -Infinity);
  return Number.isNaN(modified) ? 0 : modified;
}
