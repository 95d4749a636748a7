import { text, type Locale } from "../core/i18n/text";
import type { Severity } from "../core/validate/issue";
import type { ModelCell, WorkbookModel } from "../core/workbook/model";

/** One issue as the coordinator's list shows it. */
export interface IssueListRow {
  readonly file: string;
  readonly sheet: string;
  readonly unit: string;
  readonly cell: string;
  readonly severity: Severity | "unreadable";
  readonly code: string;
  readonly message: string;
}

const SEVERITY = {
  error: "issues.severity-error",
  warning: "issues.severity-warning",
  info: "issues.severity-info",
  unreadable: "issues.severity-unreadable",
} as const;

/** The issue list as a workbook (one sheet, a header, one row per issue, errors red, warnings yellow). */
export function issueListModel(rows: readonly IssueListRow[], locale: Locale = "zh-CN"): WorkbookModel {
  const headers = (
    [
      "issues.file",
      "issues.sheet",
      "issues.unit",
      "issues.cell",
      "issues.severity",
      "issues.code",
      "issues.message",
    ] as const
  ).map((k): ModelCell => ({ v: text(locale, k), s: "header" }));
  const body = rows.map((r): ModelCell[] => {
    const s =
      r.severity === "error" || r.severity === "unreadable"
        ? "errorCell"
        : r.severity === "warning"
          ? "warningCell"
          : "cell";
    return [r.file, r.sheet, r.unit, r.cell, text(locale, SEVERITY[r.severity]), r.code, r.message].map((v) => ({
      v,
      s,
    }));
  });
  return {
    sheets: [
      {
        name: text(locale, "issues.sheet-name"),
        rows: [headers, ...body],
        merges: [],
        widths: [28, 16, 14, 7, 7, 12, 60],
        freezeRows: 1,
        autoFilter: { r1: 0, c1: 0, r2: Math.max(0, body.length), c2: 6 },
        landscape: true,
      },
    ],
    names: [],
  };
}
