import { parseDate, writtenOut } from "../../dates/parse-date";
import { serialToYmd, ymdToSerial } from "../../dates/serial";
import { a1 } from "../../sheet/address";
import { originRow } from "../../locate/extract";
import { isErrorValue, isPlaceholder, shown, type RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import { isDitto } from "../../text/ditto";

/** Date columns hold dates people can mean: no month 23, no 2月30日. */
export function dateRule({ table, rows, asOf }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  table.schema.columns.forEach((col, i) => {
    const c = table.columns[i];
    if (col.type !== "date" || c < 0) return;
    const reported = new Set<number>();
    const since = col.since && sinceSerial(col.since.date);
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      // 「/」 or 「无」: left empty on purpose (the required rule speaks of it where it matters).
      // A formula's error (#VALUE!) is said by the formula rule.
      const v = row.values[col.key];
      if (isPlaceholder(v) || isDitto(v) || isErrorValue(v)) continue;
      const parsed = parseDate(v);
      // A value merged over several rows is one cell: report it once, where it is written.
      const at = originRow(row, col.key);
      if (!parsed || reported.has(at)) continue;
      const where = (severity: "error" | "warning") =>
        ({ severity, cell: a1(at, c), value: shown(v), field: col.key, row: row.row }) as const;
      if (parsed.ok && isTenthMonth(v)) {
        // 2023.10 typed into a number cell is stored as 2023.1: read as January, it may be October.
        reported.add(at);
        issues.push(issue("date.tenth-month", { column: col.header, year: parsed.y }, where("warning")));
        continue;
      }
      if (parsed.ok && col.past && parsed.precision !== "day") {
        // 2023年2月 or 2023年2月上旬 for a talk: kept as written, but a talk took place on a day (a
        // year alone says too little to count it in any month: an error).
        reported.add(at);
        issues.push(
          issue("date.no-day", { column: col.header }, where(parsed.precision === "year" ? "error" : "warning")),
        );
        continue;
      }
      if (parsed.ok) {
        const day = Math.floor(parsed.serial);
        if (col.past && asOf !== undefined && !parsed.deadline && day > asOf) {
          // A talk dated after the form was saved has not happened: most often a slip in the year (2033).
          reported.add(at);
          issues.push(issue("date.future", { column: col.header, asOf: dayText(asOf) }, where("warning")));
        } else if (col.since && since && !parsed.deadline && day < since) {
          // Before the campaign could begin (2013 for 2023): most often a slip in the year too.
          reported.add(at);
          const params = { column: col.header, since: dayText(since), what: col.since.what };
          issues.push(issue("date.before", params, where("warning")));
        }
        continue;
      }
      reported.add(at);
      if (parsed.reason === "several" && parsed.end && !col.past) {
        // 2023年3月-12月 as a task's 完成时限: done by the span's end (a talk took place on one day).
        // 2023年6月底前完成初稿，12月底前全面完成: by its last stage's deadline.
        const key = parsed.stages ? "date.stages-end" : "date.span-end";
        issues.push(issue(key, { column: col.header, end: writtenOut(parsed.end) }, where("warning")));
        continue;
      }
      const params = { column: col.header, ...("params" in parsed ? parsed.params : {}) };
      // 长期坚持 is a plan a task list may give (a warning: nothing to follow up by); a talk took place on a day.
      const ongoing = parsed.reason === "ongoing";
      const key = ongoing && col.past ? "date.format" : (`date.${parsed.reason}` as const);
      issues.push(issue(key, params, where(ongoing && !col.past ? "warning" : "error")));
    }
  });
  return issues;
}

/** A year and month as a number whose month is 1 (2023.1): what 2023.10 becomes when typed into a number cell. */
function isTenthMonth(v: unknown): boolean {
  return typeof v === "number" && v >= 1950 && v < 2101 && Math.round((v - Math.floor(v)) * 1000) === 100;
}

/** The serial of a schema's ISO day (2022-10-16), checked by validate-schema.ts. */
function sinceSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return ymdToSerial({ y, m, d });
}

/** 2023年3月5日: a day as the messages write it. */
function dayText(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  return `${y}年${m}月${d}日`;
}
