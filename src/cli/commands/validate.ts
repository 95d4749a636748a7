import { validateFile, type FileReport } from "../../app/validate-files";
import { annexLabel } from "../../core/schema/label";
import { alikeGroups, NAMED_OF_GROUP } from "../../core/merge/returns";
import { checkFlags, stringFlag, UsageError } from "../args";
import { fileHost } from "../host";
import { listFlag, loadRoster, readEach, returnsGiven } from "../io";
import { oneLine, type Command, type Output } from "../output";
import { progressReporter } from "../progress";

export const validateCommand: Command = async (args, { out, forms }) => {
  checkFlags(args, ["--roster", "--json", "--talk-types"]);
  if (args.positionals.length === 0) throw new UsageError("请给出要校验的文件，例如：huibiao validate 办公室.xlsx");
  const found = await returnsGiven(args);
  const roster = loadRoster(stringFlag(args, "--roster"), forms);
  const options = { schemas: forms.all(), roster, talkTypes: listFlag(stringFlag(args, "--talk-types")) };
  const reports = await readEach(found, (f) => validateFile(f, fileHost, options), progressReporter("读取"));
  if (args.flags.has("--json"))
    out.log(
      JSON.stringify(
        { files: reports.map(({ file, error, sheets }) => ({ file, error, sheets: sheets.map(sheetJson) })) },
        null,
        2,
      ),
    );
  else
    printReports(reports, out, (id) => {
      const schema = options.schemas.find((f) => f.id === id);
      return schema ? annexLabel(schema) : id;
    });
  if (reports.some((r) => r.unreadable)) return 2;
  return reports.some((r) => r.error || r.sheets.some((s) => s.issues.some((i) => i.severity === "error"))) ? 1 : 0;
};

/** A sheet in the documented JSON shape (the pane's row views stay out of it). */
function sheetJson(s: FileReport["sheets"][number]) {
  return {
    sheet: s.sheet,
    annex: s.annex,
    unit: s.unit,
    rows: s.rows,
    issues: s.issues.map(({ severity, code, cell, place, value, message }) => ({
      severity,
      code,
      cell,
      ...(place ? { place } : {}),
      value,
      message,
    })),
  };
}

const SEVERITY_WORD = { error: "错误", warning: "提醒", info: "说明" } as const;

/**
 * Lines of one kind (a severity and a code) printed for a sheet before the rest of that kind is
 * counted in one line: a pasted list of 2,000 rows with one slip in each, or a row repeated
 * 100,000 times, would otherwise bury the file's other issues and the totals. --json has them all.
 */
const LINES_PER_KIND = 20;

function printIssues(issues: FileReport["sheets"][number]["issues"], out: Output): void {
  const left = new Map<
    string,
    { severity: keyof typeof SEVERITY_WORD; code: string; count: number; first: string; last: string }
  >();
  const shown = new Map<string, number>();
  for (const i of issues) {
    const kind = `${i.severity} ${i.code}`;
    const where = i.place ?? i.cell;
    const n = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, n);
    if (n <= LINES_PER_KIND) {
      out.log(`    ${SEVERITY_WORD[i.severity]} ${where.padEnd(5)} [${i.code}] ${oneLine(i.message)}`);
      continue;
    }
    const rest = left.get(kind);
    if (rest) {
      rest.count++;
      rest.last = where;
    } else left.set(kind, { severity: i.severity, code: i.code, count: 1, first: where, last: where });
  }
  for (const r of left.values()) {
    const span = r.count === 1 ? r.first : `${r.first} 至 ${r.last}`;
    out.log(
      `    ${SEVERITY_WORD[r.severity]} ${"……".padEnd(5)} [${r.code}] 同类问题另有 ${r.count} 处（${oneLine(span)}），全部列出请加 --json`,
    );
  }
}

/** The human report; `label` names an annex as the plan does (附件2 大谈话统计表). */
function printReports(reports: readonly FileReport[], out: Output, label: (annex: string) => string): void {
  let errors = 0;
  let warnings = 0;
  // More than a few files that cannot be read for one reason (a folder's photos): one line, as merge says them.
  for (const group of alikeGroups(reports, (r) => r.error)) {
    const [r] = group;
    if (r.error) {
      const named = group.slice(0, NAMED_OF_GROUP).map((x) => `「${oneLine(x.file)}」`);
      out.log(
        group.length === 1
          ? `✗ ${oneLine(r.file)}：${oneLine(r.error)}`
          : `✗ ${group.length} 个文件${named.join("")}等：${oneLine(r.error)}`,
      );
      continue;
    }
    for (const s of r.sheets) {
      const e = s.issues.filter((i) => i.severity === "error").length;
      const w = s.issues.filter((i) => i.severity === "warning").length;
      errors += e;
      warnings += w;
      // No unit and nothing said of it: a form that is no unit's return (附件1 as the plan prints it).
      const unit = oneLine(s.unit) || (s.issues.some((i) => i.code === "unit") ? "（未知）" : "");
      out.log(
        `${e ? "✗" : "✓"} ${oneLine(r.file)} ›「${oneLine(s.sheet)}」：${label(s.annex)}${unit ? `，填报单位：${unit}` : ""}，${s.rows} 行，错误 ${e}，提醒 ${w}`,
      );
      printIssues(s.issues, out);
    }
  }
  out.log(`共 ${reports.length} 个文件：错误 ${errors} 处，提醒 ${warnings} 处`);
}
