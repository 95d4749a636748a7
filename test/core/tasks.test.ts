import { describe, expect, it } from "@jest/globals";
import { taskProgress, type TaskEntry } from "../../src/core/tasks/progress";
import { planTasks, taskProgressSheets, tasksFromSheet } from "../../src/core/tasks/progress-sheet";
import { ymdToSerial } from "../../src/core/dates/serial";
import { writeXlsx } from "../../src/hosts/file/xlsx/write-xlsx";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { schema } from "../helpers/sheets";

const day = (y: number, m: number, d: number) => ymdToSerial({ y, m, d });
const entry = (task: string, deadline: string, done = ""): TaskEntry => ({
  index: "1",
  activity: "一、大培训活动",
  task,
  responsible: "办公室、机关党委",
  deadline,
  done,
});

describe("task progress (附件1)", () => {
  it.each([
    ["2023年6月底前", day(2023, 6, 10), "", "due-soon", 20],
    ["2023年6月底前", day(2023, 4, 1), "", "open", 90],
    ["2023年1月18日前", day(2023, 3, 1), "", "overdue", -42],
    ["2023年1月18日前", day(2023, 3, 1), "已完成", "done", -42],
    ["2023年23月底前", day(2023, 3, 1), "", "unreadable", undefined],
    ["长期坚持", day(2023, 3, 1), "", "ongoing", undefined],
    ["长期坚持", day(2023, 3, 1), "已完成", "done", undefined],
    // A span is due at its end.
    ["2023年3月-6月", day(2023, 6, 10), "", "due-soon", 20],
    ["2023年1月5日至18日", day(2023, 3, 1), "", "overdue", -42],
    // A deadline for each stage is due by the last.
    ["2023年3月底前完成初稿，6月底前全面完成", day(2023, 6, 10), "", "due-soon", 20],
    ["2022年12月底前启动，1月18日前完成", day(2023, 3, 1), "", "overdue", -42],
  ] as const)("%s as of %d (完成情况 %j): %s", (deadline, asOf, done, state, days) => {
    const [s] = taskProgress([entry("任务", deadline, done)], asOf);
    expect(s.state).toBe(state);
    if (state === "unreadable") expect(s.why).toBe("「2023年23月底前」中的月份 23 不存在，月份应为 1 到 12");
    else if (state === "due-soon") expect(s.daysLeft).toBeLessThanOrEqual(30);
    else expect(s.daysLeft).toBe(days);
  });

  it("a deadline typed as a month into a cell (2023年6月: the 1st, shown without its day) is due at the month's end", () => {
    const june = { kind: "date", serial: day(2023, 6, 1), precision: "month" } as const;
    const [s] = taskProgress([{ ...entry("任务", ""), deadline: june }], day(2023, 6, 10));
    expect([s.state, s.due, s.daysLeft]).toEqual(["due-soon", day(2023, 6, 30), 20]);
    const [d] = taskProgress(
      [{ ...entry("任务", ""), deadline: { kind: "date", serial: day(2023, 6, 1) } }],
      day(2023, 6, 10),
    );
    expect([d.state, d.daysLeft]).toEqual(["overdue", -9]);
  });

  it.each([
    ["已完成", true],
    ["2023年5月完成", true],
    ["已于3月召开，未发现问题", true],
    ["已进行培训", true],
    ["按计划完成", true],
    ["已完成，持续巩固", true],
    ["✓", true],
    ["进行中", false],
    ["正在推进", false],
    ["落实中。", false],
    ["未完成", false],
    ["尚未开展", false],
    ["部分完成", false],
    ["持续推进", false],
    ["待下半年开展", false],
    ["拟于7月召开", false],
    ["无", false],
    ["/", false],
    ["  ", false],
  ])("完成情况 %j marks the task done: %s", (note, done) => {
    const [s] = taskProgress([entry("任务", "2023年1月18日前", note)], day(2023, 3, 1));
    expect(s.state).toBe(done ? "done" : "overdue");
  });

  it("the plan's 25 tasks, by deadline, its slips listed as unreadable and never guessed", () => {
    const statuses = taskProgress(planTasks(schema("tasks")), day(2023, 5, 15));
    expect(statuses).toHaveLength(25);
    const dues = statuses.filter((s) => s.due !== undefined).map((s) => s.due!);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(statuses.filter((s) => s.state === "unreadable").map((s) => s.entry.deadline)).toEqual([
      "2023年23月底前",
      "2023年23月底前",
      "2023年23月底前",
    ]);
  });

  it("a 任务进度 workbook written, marked done by the coordinator, reads back with the marks", () => {
    const asOf = day(2023, 5, 15);
    const [sheet, byUnit] = taskProgressSheets(taskProgress(planTasks(schema("tasks")), asOf), asOf);
    expect(byUnit.rows[1].map((c) => c?.v)).toEqual([
      "责任单位",
      "已逾期",
      "30 天内到期",
      "未到期",
      "长期任务（无具体时限）",
      "已完成",
      "完成时限无法识别",
    ]);
    // The coordinator writes 已完成 and a date against the first overdue task.
    const first = sheet.rows.findIndex((r) => r[5]?.v === "已逾期");
    const rows = sheet.rows.map((r, i) => (i === first ? [...r.slice(0, 7), { v: "已完成" }, { v: "2023-05-10" }] : r));
    const bytes = writeXlsx({ sheets: [{ ...sheet, rows }, byUnit], names: [] });
    const entries = tasksFromSheet(readWorkbook(bytes, "任务进度.xlsx").sheets[0], schema("tasks"))!;
    expect(entries).toHaveLength(25);
    const marked = entries.filter((e) => e.done);
    expect(marked).toHaveLength(1);
    expect(marked[0].doneDate).toBe("2023-05-10");
    const again = taskProgress(entries, asOf);
    expect(again.filter((s) => s.state === "done")).toHaveLength(1);
  });
});
