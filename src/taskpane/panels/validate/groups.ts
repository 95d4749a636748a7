import type { FileReport, RowCell } from "../../../app/validate-files";
import type { SheetValidation } from "../../../app/workbook/validate-workbook";
import { render, type Locale } from "../../../core/i18n/text";
import { annexLabel } from "../../../core/schema/label";
import type { AnnexSchema } from "../../../core/schema/types";
import type { Severity } from "../../../core/validate/issue";

export interface IssueItem {
  readonly severity: Severity;
  readonly code: string;
  readonly cell: string;
  /** Where the cell is in words, for a form filled in a Word table (第1个表格第3行第7列). */
  readonly place?: string;
  readonly message: string;
  /** The form's column concerned, and the source row (standalone: the row can be shown). */
  readonly field?: string;
  readonly row?: number;
}

/** Issues of one sheet (of one file, when standalone), split by severity. */
export interface IssueGroup {
  readonly key: string;
  readonly file?: string;
  readonly sheet: string;
  readonly title: string;
  readonly unit: string;
  readonly rows: number;
  readonly errors: readonly IssueItem[];
  readonly warnings: readonly IssueItem[];
  /** What the reader did that the user may want to know (a header read under the form's name). */
  readonly infos: readonly IssueItem[];
  /** Standalone: the rows that have issues, as the unit filled them. */
  readonly rowViews?: Readonly<Record<number, readonly RowCell[]>>;
  /** Why a file could not be read, when it could not. */
  readonly failure?: string;
}

const split = (issues: readonly IssueItem[]) => ({
  errors: issues.filter((i) => i.severity === "error"),
  warnings: issues.filter((i) => i.severity === "warning"),
  infos: issues.filter((i) => i.severity === "info"),
});

export function groupsOfWorkbook(sheets: readonly SheetValidation[], locale: Locale): IssueGroup[] {
  return sheets.map((s) => ({
    key: s.sheet,
    sheet: s.sheet,
    title: annexLabel(s.annex, locale),
    unit: s.unit,
    rows: s.rows,
    ...split(s.issues),
  }));
}

export function groupsOfFiles(
  reports: readonly FileReport[],
  forms: readonly AnnexSchema[],
  locale: Locale,
): IssueGroup[] {
  const title = (id: string) => {
    const schema = forms.find((a) => a.id === id);
    return schema ? annexLabel(schema, locale) : id;
  };
  return reports.flatMap((r): IssueGroup[] =>
    r.why
      ? [
          {
            key: r.file,
            file: r.file,
            sheet: "",
            title: "",
            unit: "",
            rows: 0,
            errors: [],
            warnings: [],
            infos: [],
            failure: render(r.why, locale),
          },
        ]
      : r.sheets.map((s, i) => ({
          // A sheet may hold several forms one below another: each is its own group.
          key: `${r.file}|${s.sheet}|${i}`,
          file: r.file,
          sheet: s.sheet,
          title: title(s.annex),
          unit: s.unit,
          rows: s.rows,
          rowViews: s.rowViews,
          ...split(s.issues),
        })),
  );
}

/** One sheet's groups replaced by its live result, the rest kept, in key order. */
export function replaceGroup(old: readonly IssueGroup[] | null, group: IssueGroup): IssueGroup[] {
  return old ? [...old.filter((g) => g.key !== group.key), group].sort((a, b) => a.key.localeCompare(b.key)) : [group];
}

/** The counts over the groups (files that could not be read aside). */
export function tally(groups: readonly IssueGroup[]): { sheets: number; errors: number; warnings: number } {
  const read = groups.filter((g) => !g.failure);
  return {
    sheets: read.length,
    errors: read.reduce((n, g) => n + g.errors.length, 0),
    warnings: read.reduce((n, g) => n + g.warnings.length, 0),
  };
}
