import type { MergeResult, ReturnState } from "../../../core/merge/merge";
import { unmergedFrom } from "../../../core/merge/returns";
import {
  changesText,
  countedElsewhere,
  nothingAfterText,
  stateText,
  supplementText,
} from "../../../core/merge/summary-text";
import { annexLabel } from "../../../core/schema/label";
import { text } from "../../../core/i18n/text";
import type { Locale } from "../../../core/i18n/text";

/** What else a unit's row says besides its state: errors, warnings, a resubmission, a form sent in parts. */
export type UnitFlag = "errors" | "warnings" | "replaced" | "supplemented" | "late";

export interface UnitRow {
  readonly unit: string;
  readonly state: ReturnState;
  /** The state in words, as the summary workbook says it (已报, 部分未报：附件4、附件5…). */
  readonly stateText: string;
  readonly flags: readonly UnitFlag[];
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  /**
   * What else is worth saying under the unit, as the overview's 说明 says it: each re-submission
   * (「附件2 大谈话统计表：新增 0 行，删除 0 行，改动 2 处」), each file merged beside an earlier one
   * (补报), each file named for this unit whose 填报单位 says another, each file from it not merged.
   */
  readonly notes: readonly string[];
}

/** One line per unit, from the engine's status (roster order, then units not on it). */
export function unitRows(result: MergeResult, locale: Locale): UnitRow[] {
  const schemas = result.annexes.map((a) => a.schema);
  const label = (id: string) => {
    const schema = schemas.find((x) => x.id === id);
    return schema ? annexLabel(schema, locale) : id;
  };
  const replaced = new Set(result.replaced.map((r) => r.unit));
  const supplemented = new Set(result.supplemented.map((r) => r.unit));
  const elsewhere = countedElsewhere(result.returns);
  return result.status.map((s) => {
    const flags: UnitFlag[] = [];
    if (s.errors) flags.push("errors");
    if (s.warnings) flags.push("warnings");
    if (replaced.has(s.unit)) flags.push("replaced");
    if (supplemented.has(s.unit)) flags.push("supplemented");
    if (s.late.length) flags.push("late");
    return {
      unit: s.unit,
      state: s.state,
      stateText: stateText(s, schemas, locale),
      flags,
      rows: s.rows,
      errors: s.errors,
      warnings: s.warnings,
      notes: result.replaced
        .filter((r) => r.unit === s.unit && r.changes)
        .map((r) => `${label(r.annex)}${text(locale, "colon")}${changesText(r.changes!, locale)}`)
        .concat(
          result.supplemented.filter((r) => r.unit === s.unit).map((r) => supplementText(r, label(r.annex), locale)),
          result.nothingAfter.filter((r) => r.unit === s.unit).map((r) => nothingAfterText(r, label(r.annex), locale)),
          (elsewhere.get(s.unit) ?? []).map((r) =>
            text(locale, "summary.counted-elsewhere", { file: r.file, unit: r.unit }),
          ),
          // A file from this unit that could not be merged (法规科.pdf, all it sent): its reason is listed below.
          unmergedFrom(result.rejected, s.unit).map((r) => text(locale, "unitUnmergedFile", { file: r.file })),
          s.likely ? [text(locale, "unitLikely", { unit: s.likely })] : [],
        ),
    };
  });
}
