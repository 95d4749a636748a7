import { text, type Locale } from "../i18n/text";
import { dateText } from "../request/reminders";
import type { AnnexSchema } from "../schema/types";
import type { SheetData } from "../sheet/types";
import { cleanText } from "../text/normalize";
import { readSheet } from "../validate/validate";
import type { ModelCell, SheetModel } from "../workbook/model";
import type { TaskEntry, TaskState, TaskStatus } from "./progress";

export const DONE_HEADER = "完成情况";
export const DONE_DATE_HEADER = "完成日期";

/** The plan's own task list (附件1 as printed), as entries. */
export function planTasks(schema: AnnexSchema): TaskEntry[] {
  return (schema.prefilled ?? []).map((row, i) => ({
    index: row.index || String(i + 1),
    activity: row.activity ?? "",
    task: row.task ?? "",
    responsible: row.responsible ?? "",
    deadline: row.deadline ?? null,
  }));
}

/**
 * The tasks of a sheet that holds 附件1: the coordinator's copy of the template, or a 任务进度
 * sheet written earlier, whose 完成情况 and 完成日期 the coordinator filled in (read back here).
 */
export function tasksFromSheet(sheet: SheetData, tasks: AnnexSchema): TaskEntry[] | null {
  const reading = readSheet(sheet, [tasks], {});
  if (!reading || reading.table.schema.id !== tasks.id) return null;
  const extra = (name: string) => reading.table.extras.findIndex((x) => cleanText(x.header) === name);
  const done = extra(DONE_HEADER);
  const doneDate = extra(DONE_DATE_HEADER);
  const str = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  return reading.rows.map((r, i) => ({
    index: str(r.values.index) || String(i + 1),
    activity: str(r.values.activity),
    task: str(r.values.task),
    responsible: str(r.values.responsible),
    deadline: r.values.deadline ?? null,
    done: done >= 0 ? str(r.extras[done]) : undefined,
    doneDate: doneDate >= 0 ? (r.extras[doneDate] ?? null) : undefined,
  }));
}

const STATE_KEY: Record<TaskState, Parameters<typeof text>[1]> = {
  done: "tasks.state-done",
  overdue: "tasks.state-overdue",
  "due-soon": "tasks.state-due-soon",
  open: "tasks.state-open",
  ongoing: "tasks.state-ongoing",
  unreadable: "tasks.state-unreadable",
};
const STATE_STYLE: Record<TaskState, ModelCell["s"]> = {
  done: "cell",
  overdue: "errorCell",
  "due-soon": "warningCell",
  open: "cell",
  ongoing: "cell",
  unreadable: "errorCell",
};

/**
 * The 任务进度 workbook's sheets: every task by deadline with its state (the coordinator marks
 * 完成情况 there, and it is read back), then each responsible unit's counts on a sheet of its own.
 */
export function taskProgressSheets(
  statuses: readonly TaskStatus[],
  asOf: number,
  locale: Locale = "zh-CN",
): SheetModel[] {
  const t = (k: Parameters<typeof text>[1], p?: Record<string, string | number>) =>
    text(locale, k as never, p as never);
  const headers = [
    t("tasks.col-index"),
    "任务事项",
    "任务事项",
    "责任单位",
    "完成时限",
    t("tasks.col-state"),
    t("tasks.col-days"),
    DONE_HEADER,
    DONE_DATE_HEADER,
  ];
  const rows: (ModelCell | null)[][] = [
    [{ v: t("tasks.title", { date: dateText(asOf, locale) }), s: "title" }],
    [{ v: t("tasks.note"), s: "label" }],
    headers.map((v): ModelCell => ({ v, s: "header" })),
  ];
  for (const s of statuses) {
    const e = s.entry;
    const state = s.state === "unreadable" ? `${t(STATE_KEY[s.state])}：${s.why}` : t(STATE_KEY[s.state]);
    rows.push([
      { v: e.index, s: "index" },
      { v: e.activity, s: "cell" },
      { v: e.task, s: "cell" },
      { v: e.responsible, s: "cell" },
      { v: typeof e.deadline === "object" && e.deadline ? e.deadline : String(e.deadline ?? ""), s: "cell" },
      { v: state, s: STATE_STYLE[s.state] },
      { v: s.daysLeft ?? null, s: "index" },
      { v: e.done ?? "", s: "cell" },
      { v: e.doneDate ?? null, s: "date" },
    ]);
  }
  // By responsible unit: 「办公室、机关党委…」 counts for each unit named.
  const byUnit = new Map<string, Record<TaskState, number>>();
  for (const s of statuses)
    for (const unit of s.entry.responsible.split(/[、,，;；\s]+/).filter(Boolean)) {
      const counts = byUnit.get(unit) ?? { done: 0, overdue: 0, "due-soon": 0, open: 0, ongoing: 0, unreadable: 0 };
      counts[s.state]++;
      byUnit.set(unit, counts);
    }
  const order: TaskState[] = ["overdue", "due-soon", "open", "ongoing", "done", "unreadable"];
  const unitRows: (ModelCell | null)[][] = [
    [{ v: t("tasks.by-unit"), s: "title" }],
    [t("tasks.col-unit"), ...order.map((k) => t(STATE_KEY[k]))].map((v): ModelCell => ({ v, s: "header" })),
  ];
  for (const [unit, counts] of byUnit)
    unitRows.push([
      { v: unit, s: "cell" },
      ...order.map((k): ModelCell => ({
        v: counts[k],
        s: counts[k] && (k === "overdue" || k === "unreadable") ? "errorCell" : "index",
      })),
    ]);
  const byUnitSheet: SheetModel = {
    name: t("tasks.by-unit"),
    rows: unitRows,
    merges: [{ r1: 0, c1: 0, r2: 0, c2: order.length }],
    widths: [22, ...order.map(() => 14)],
    freezeRows: 2,
  };
  const progress: SheetModel = {
    name: t("tasks.sheet"),
    rows,
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: headers.length - 1 },
      { r1: 1, c1: 0, r2: 1, c2: headers.length - 1 },
    ],
    widths: [6, 14, 50, 22, 16, 22, 8, 16, 12],
    freezeRows: 3,
    printTitleRows: [2, 2],
    landscape: true,
  };
  return [progress, byUnitSheet];
}
