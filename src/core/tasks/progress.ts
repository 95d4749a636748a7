import { parseDate, type DateFailure } from "../dates/parse-date";
import { catalog, interpolate, text, type Locale } from "../i18n/text";
import type { CellValue } from "../sheet/types";

/** One task of 附件1 as the coordinator keeps it: the plan's columns and the two the coordinator marks. */
export interface TaskEntry {
  readonly index: string;
  readonly activity: string;
  readonly task: string;
  readonly responsible: string;
  readonly deadline: CellValue;
  /** 完成情况: what the coordinator wrote (「已完成」, 「进行中」, a note…); see isDoneNote. */
  readonly done?: string;
  readonly doneDate?: CellValue;
}

/** ongoing: 完成时限 gives a standing task's time (长期坚持, 持续推进), no date to be overdue by. */
export type TaskState = "done" | "overdue" | "due-soon" | "open" | "ongoing" | "unreadable";

export interface TaskStatus {
  readonly entry: TaskEntry;
  readonly state: TaskState;
  /** The last day, when 完成时限 could be read (1900 serial). */
  readonly due?: number;
  /** Days from the as-of date to the last day (negative: overdue). */
  readonly daysLeft?: number;
  /** Why 完成时限 could not be read (the plan's own slips such as 「2023年23月底前」), never guessed. */
  readonly why?: string;
}

/** Days ahead in which a task counts as due soon. */
export const DUE_SOON_DAYS = 30;

/**
 * Each task's state as of a day: done (the coordinator marked it), overdue, due within 30 days,
 * open, or its deadline unreadable with the reason. Sorted by deadline, unreadable ones last.
 */
export function taskProgress(entries: readonly TaskEntry[], asOf: number, locale: Locale = "zh-CN"): TaskStatus[] {
  const out = entries.map((entry): TaskStatus => {
    // A date cell as any other deadline: a month typed into one (2023年6月) is due at the month's end.
    // A span (2023年3月-12月) is due at its end, as validation says of it (date.span-end).
    const read = parseDate(entry.deadline);
    const parsed = read && !read.ok && read.reason === "several" && read.end ? read.end : read;
    const done = isDoneNote(entry.done);
    if (parsed && !parsed.ok && parsed.reason === "ongoing") return { entry, state: done ? "done" : "ongoing" };
    if (!parsed || !parsed.ok)
      return {
        entry,
        state: "unreadable",
        why: parsed ? failureText(parsed, String(entry.deadline ?? ""), locale) : text(locale, "tasks.no-deadline"),
      };
    const due = parsed.serial;
    const daysLeft = due - asOf;
    const state: TaskState = done ? "done" : daysLeft < 0 ? "overdue" : daysLeft <= DUE_SOON_DAYS ? "due-soon" : "open";
    return { entry, state, due, daysLeft };
  });
  return out.sort(
    (a, b) =>
      (a.due ?? Number.MAX_SAFE_INTEGER) - (b.due ?? Number.MAX_SAFE_INTEGER) ||
      Number(a.entry.index) - Number(b.entry.index) ||
      a.entry.task.localeCompare(b.entry.task),
  );
}

/** Words that say a task is finished, wherever else the note goes on (已完成，持续巩固). */
const FINISHED = /已完成|已全部完成|全部完成|已办结|已结束/;
/**
 * Words that say it is not (yet): 未完成, 尚未, 正在…, 部分完成, 持续推进, a note beginning 待, 拟 or
 * 计划 (待下半年开展), one ending in 中 (进行中, 落实中, 办理中); a placeholder (/, 无, 暂无). Not
 * 未 or 进行 alone: 「已于3月召开，未发现问题」 and 「已进行培训」 are done.
 */
const UNFINISHED =
  /未完成|未开始|未启动|未开展|尚未|没有完成|暂未|正在|部分完成|持续推进|^待|^拟|^计划|^暂无$|^无$|^[/\\\-—–_.·、…～~]+$|中[。.!！]?$/;

/**
 * Whether 完成情况 marks a task done: any note, as the coordinator writes it (已完成, 2023年5月完成,
 * 已于3月召开, ✓), except one that says it is not finished yet (进行中, 未完成, 部分完成, 落实中…):
 * those stay overdue or due, their note shown beside them.
 */
export function isDoneNote(note: string | undefined): boolean {
  const t = note?.replace(/\s+/g, "") ?? "";
  if (!t) return false;
  return FINISHED.test(t) || !UNFINISHED.test(t);
}

/** Why a deadline cannot be read, in the validator's own words (「2023年23月底前」中的月份 23 不存在…). */
function failureText(failure: DateFailure, value: string, locale: Locale): string {
  const params = "params" in failure ? failure.params : {};
  return interpolate(catalog(locale)[`date.${failure.reason}`], { value, column: "", ...params });
}
