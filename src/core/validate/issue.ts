/** Issues are data: a code (and reason) keyed into the message catalogs, never thrown. */
export type Severity = "error" | "warning";

export type IssueCode = "required" | "date" | "talk-type" | "enum" | "unit" | "count" | "duplicate" | "header";

export type IssueParams = Readonly<Record<string, string | number>>;

/** What a rule reports; validate() adds the rendered message. */
export interface RawIssue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Refines the code (date: month, day, format…); selects the message. */
  readonly reason?: string;
  /** A1 address in the source sheet. */
  readonly cell: string;
  /** What the cell holds, as text. */
  readonly value: string;
  readonly params: IssueParams;
  /** The schema column concerned (its key), when there is one. */
  readonly field?: string;
  /** Zero-based source row of the data row concerned, when there is one. */
  readonly row?: number;
}

export interface Issue extends RawIssue {
  readonly message: string;
}

export function messageKey(issue: Pick<RawIssue, "code" | "reason">): string {
  return issue.reason ? `${issue.code}.${issue.reason}` : issue.code;
}
