import { text, type Locale } from "../i18n/text";
import { annexLabel, annexNumbers } from "../schema/label";
import type { AnnexSchema } from "../schema/types";
import type { ReturnChanges } from "./changes";
import type { NothingAfter, Supplement } from "./resubmissions";
import type { SheetReturn } from "./returns";
import type { ReturnState, UnitStatus } from "./status";

/**
 * The summary's words that the pane shows too (sheet names, a unit's state, what a re-submission
 * changed), apart from the summary's builders so the pane's first load does not carry the merge.
 */

/** The tag Huibiao's summary sheets carry (SheetModel.tag.annex). */
export const SUMMARY_TAG = "summary";

/**
 * A summary's 来源文件 and 来源行 headers in each language it is written in (the catalogs'
 * summary.source-file and summary.source-row, as a test checks; written out here because English
 * is loaded only where it is chosen, and a summary in English is one wherever it is merged).
 */
export const SOURCE_HEADERS: readonly (readonly [string, string])[] = [
  ["来源文件", "来源行"],
  ["Source file", "Source row"],
];

/**
 * The overview's words that tell its table of units, in each language a summary is written in (the
 * catalogs' summary.unit, summary.state, state.unlisted, state.unknown and summary.unknown-unit, as a
 * test checks): a summary given as the roster is read back by them (core/roster/roster-file.ts).
 */
export const OVERVIEW_WORDS: readonly {
  readonly unit: string;
  readonly state: string;
  readonly unlisted: string;
  readonly unknown: string;
  readonly unknownUnit: string;
}[] = [
  { unit: "单位", state: "状态", unlisted: "不在名单中", unknown: "无法确定单位", unknownUnit: "（未识别单位）" },
  {
    unit: "Unit",
    state: "Status",
    unlisted: "Not on the roster",
    unknown: "Unit unknown",
    unknownUnit: "(unit not identified)",
  },
];

/** Names of the summary's sheets (Chinese: they are the workbook's content, as the templates are). */
export const OVERVIEW_SHEET = text("zh-CN", "summary.overview");
export const SUMMARY_SHEET_PREFIX = text("zh-CN", "summary.sheet", { annex: "" });

export function summarySheetName(schema: AnnexSchema): string {
  return text("zh-CN", "summary.sheet", { annex: annexLabel(schema) }).slice(0, 31);
}

/** A unit's name as shown, or 「（未识别单位）」. */
export function unitName(unit: string, locale: Locale = "zh-CN"): string {
  return unit || text(locale, "summary.unknown-unit");
}

/** The state of a unit in words: 已报, 部分未报：附件4、附件5, 未报… */
export function stateText(status: UnitStatus, schemas: readonly AnnexSchema[], locale: Locale = "zh-CN"): string {
  if (status.state !== "partial") return text(locale, STATE_KEYS[status.state]);
  const lacking = status.missing.map((id) => schemas.find((s) => s.id === id)).filter((s) => s !== undefined);
  return text(locale, "state.partial", { annexes: annexNumbers(lacking, locale) });
}

const STATE_KEYS = {
  returned: "state.returned",
  missing: "state.missing",
  unlisted: "state.unlisted",
  unknown: "state.unknown",
} as const satisfies Record<Exclude<ReturnState, "partial">, string>;

/** 新增 1 行，删除 0 行，改动 2 处; 内容与被替换的报送相同 when nothing changed. */
export function changesText(c: ReturnChanges, locale: Locale = "zh-CN"): string {
  if (!c.added && !c.removed && !c.changed.length) return text(locale, "summary.changes-none");
  return text(locale, "summary.changes", { added: c.added, removed: c.removed, changed: c.changed.length });
}

/** A later 「本季度未开展谈话」 after filled forms, in words (see NothingAfter). */
export function nothingAfterText(r: NothingAfter, annex: string, locale: Locale): string {
  return text(locale, "summary.nothing-after", {
    annex,
    file: r.file,
    says: r.says,
    earlier: r.with.join(text(locale, "list.separator")),
  });
}

/** A supplement in words: 「附件2：「2月.xlsx」的行大多不在「1月.xlsx」中，看作补报…」. */
export function supplementText(r: Supplement, annex: string, locale: Locale): string {
  return text(locale, "summary.supplement", {
    annex,
    file: r.file,
    earlier: r.with.join(text(locale, "list.separator")),
  });
}

/**
 * By the unit a file's name names, the returns whose 填报单位 names another, counted for that
 * other (one per file): said on the named unit's row, which may otherwise read 未报 with no
 * reason. One pass over the returns (3,000 units × 3,000 returns would be 9 million steps).
 */
export function countedElsewhere(returns: readonly SheetReturn[]): ReadonlyMap<string, readonly SheetReturn[]> {
  const byUnit = new Map<string, SheetReturn[]>();
  const seen = new Set<string>();
  for (const r of returns) {
    const named = r.reading.unit.fileSays;
    if (named === undefined || r.replacedBy !== undefined || seen.has(r.file)) continue;
    seen.add(r.file);
    const list = byUnit.get(named);
    if (list) list.push(r);
    else byUnit.set(named, [r]);
  }
  return byUnit;
}

/**
 * What is wrong with a unit's forms as a whole rather than with a row (no 填报单位, too few topics,
 * a hidden sheet…): counted in its 错误/提醒 like the rest, so written where the count is.
 */
export function sheetIssues(returns: readonly SheetReturn[], locale: Locale): string[] {
  const notes: string[] = [];
  for (const r of returns) {
    if (r.replacedBy !== undefined) continue;
    const hidden: number[] = [];
    for (const i of r.reading.issues) {
      if (i.code === "row" && i.reason === "hidden" && i.row !== undefined) hidden.push(i.row + 1);
      if (i.row === undefined && i.severity !== "info")
        notes.push(
          text(locale, "summary.sheet-issue", {
            file: r.file,
            sheet: r.sheet,
            cell: i.place ?? i.cell,
            message: i.message,
          }),
        );
    }
    // Rows the file hides, merged: said per row in 校验问题, and here as a whole, where the
    // coordinator looks first (a list filtered down to one unit's rows brings others' rows along).
    if (hidden.length)
      notes.push(
        text(locale, "summary.hidden-rows", {
          file: r.file,
          sheet: r.sheet,
          count: hidden.length,
          rows: listedRows(hidden, locale),
        }),
      );
  }
  return notes;
}

/** Row numbers as a note lists them: the first ten, then how many more. */
function listedRows(rows: readonly number[], locale: Locale): string {
  const shown = rows.slice(0, 10).join(text(locale, "list.separator"));
  return rows.length > 10
    ? text(locale, "summary.rows-more", { rows: shown, more: rows.length - 10 })
    : text(locale, "summary.rows-listed", { rows: shown });
}
