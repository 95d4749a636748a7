import { serialOf } from "../../core/request/request";
import { dateText } from "../../core/request/reminders";
import { taskProgress, type TaskStatus } from "../../core/tasks/progress";
import { planTasks, taskProgressSheets, tasksFromSheet } from "../../core/tasks/progress-sheet";
import { checkFlags, stringFlag, UsageError, xlsxOutput } from "../args";
import { fileHost } from "../host";
import { dateFlag, inputsGiven, readEach } from "../io";
import { oneLine, type Command } from "../output";
import { writeFileAtomic } from "../write-file";

/**
 * 任务进度: 附件1's tasks by deadline as of a day (today by default): overdue, due within 30 days,
 * unreadable deadlines with the reason. From the plan's own list, or from a 附件1 workbook (the
 * coordinator's copy, or a 任务进度.xlsx written before, whose 完成情况 and 完成日期 are read back).
 */
export const tasksCommand: Command = async (args, { out, forms }) => {
  checkFlags(args, ["--output", "--as-of"]);
  const output = xlsxOutput(args, "任务进度.xlsx");
  if (!output) throw new UsageError("请用 -o 指定输出文件，例如：huibiao tasks -o 任务进度.xlsx");
  const schema = forms.find("tasks");
  if (!schema) throw new UsageError("没有附件1 任务清单的表格定义");
  let entries = planTasks(schema);
  let source = "通知中的附件1";
  let unused: string[] = [];
  if (args.positionals.length) {
    const read = await readEach(await inputsGiven(args.positionals), (f) => f);
    const lists = read.flatMap((f) =>
      (f.sheets ?? []).flatMap((s) => {
        const tasks = tasksFromSheet(s, schema);
        return tasks ? [{ where: `「${oneLine(f.name)}」›「${oneLine(s.name)}」`, tasks }] : [];
      }),
    );
    if (!lists.length) {
      const why = read.find((f) => f.unreadable)?.unreadable;
      throw new UsageError(
        `在 ${args.positionals.map(oneLine).join("、")} 中没有找到附件1 任务清单${why ? "（文件无法读取）" : ""}`,
      );
    }
    // One list is read (the coordinator's copy, whose 完成情况 is marked): the others are said, not merged.
    entries = lists[0].tasks;
    source = lists[0].where;
    unused = lists.slice(1).map((l) => l.where);
  }
  const asOf = dateFlag(stringFlag(args, "--as-of"), "--as-of") ?? serialOf(Date.now());
  const statuses = taskProgress(entries, asOf);
  writeFileAtomic(output, fileHost.write({ sheets: taskProgressSheets(statuses, asOf), names: [] }));
  const count = (state: TaskStatus["state"]) => statuses.filter((s) => s.state === state);
  out.log(`任务进度（截至${dateText(asOf, "zh-CN")}）：${oneLine(output)}，读取${source}`);
  if (unused.length)
    out.log(
      `  另有 ${unused.length} 份附件1 未读取（${unused.join("、")}）：一次只读一份任务清单，请只给出标注了完成情况的那一份`,
    );
  out.log(
    `  共 ${statuses.length} 项：已逾期 ${count("overdue").length}，30 天内到期 ${count("due-soon").length}，未到期 ${count("open").length}${count("ongoing").length ? `，长期任务 ${count("ongoing").length}` : ""}，已完成 ${count("done").length}，完成时限无法识别 ${count("unreadable").length}`,
  );
  for (const s of count("overdue")) out.log(`  ✗ 已逾期 ${-(s.daysLeft ?? 0)} 天：${oneLine(short(s))}`);
  for (const s of count("due-soon"))
    out.log(`  ! ${s.daysLeft ? `还有 ${s.daysLeft} 天到期` : "今天到期"}：${oneLine(short(s))}`);
  for (const s of count("unreadable")) out.log(`  ? 完成时限无法识别（${oneLine(s.why ?? "")}）：${oneLine(short(s))}`);
  return 0;
};

function short(s: TaskStatus): string {
  const task = s.entry.task.length > 40 ? `${s.entry.task.slice(0, 40)}…` : s.entry.task;
  return `${task}（${s.entry.responsible}）`;
}
