import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/**
 * A table whose only line says there is nothing to report (「本季度未开展谈话」 merged across it,
 * 「本单位暂无调研课题」): a warning that quotes it, as for a row saying only 「无」, rather than
 * nothing at all (talks) or "nothing is filled in" (a form with a quota). About the sheet: no row.
 */
export function nothingRule({ nothing }: RuleContext): RawIssue[] {
  if (!nothing) return [];
  const at = { severity: "warning", cell: a1(nothing.row, nothing.col), value: nothing.text } as const;
  return [issue("required.none", {}, at)];
}
