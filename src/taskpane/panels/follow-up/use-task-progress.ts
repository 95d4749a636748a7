import { useEffect, useMemo, useState } from "react";
import { parseDate } from "../../../core/dates/parse-date";
import { text } from "../../../core/i18n/text";
import { dayStamp } from "../../../core/request/file-names";
import { taskProgress, type TaskStatus } from "../../../core/tasks/progress";
import { planTasks, taskProgressSheets, tasksFromSheet } from "../../../core/tasks/progress-sheet";
import type { TaskEntry } from "../../../core/tasks/progress";
import { useLocale, useT } from "../../i18n/use-t";
import { useServices } from "../../services";
import { errorText } from "../shared/error-text";
import { useBusy } from "../shared/use-async";

const PROGRESS_SHEET = text("zh-CN", "tasks.sheet");

/** Today as the pane shows it in the as-of field: 2023-11-27. */
function todayText(now = new Date()): string {
  const s = dayStamp(now);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
}

/**
 * 任务进度: 附件1's tasks as of a day. In Excel and WPS the tasks come from the open workbook when
 * it holds 附件1 or a 任务进度 sheet written before (its 完成情况 read back), else from the plan;
 * the result is written into the workbook, or downloaded from the standalone page.
 */
export function useTaskProgress() {
  const services = useServices();
  const { host, forms } = services;
  const { locale } = useLocale();
  const t = useT();
  const schema = forms.find("tasks");
  const [asOfText, setAsOfText] = useState(() => todayText());
  const [source, setSource] = useState<{ entries: TaskEntry[]; sheet?: string } | null>(null);
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e, locale) }));

  /** Reads the tasks again (the workbook may have changed since). */
  const load = async (): Promise<{ entries: TaskEntry[]; sheet?: string }> => {
    if (!schema) return { entries: [] };
    if (host) {
      // The first rows tell which sheet holds the tasks; only that one is read whole. A 任务进度
      // sheet written before comes first: it carries the coordinator's marks.
      const visible = (await host.listSheets()).filter((s) => !s.hidden).map((s) => s.name);
      const heads = visible.length ? await host.readSheets(visible, { headRows: 12 }) : [];
      const found = heads
        .filter((h) => tasksFromSheet(h, schema))
        .sort((a, b) => Number(b.name.startsWith(PROGRESS_SHEET)) - Number(a.name.startsWith(PROGRESS_SHEET)))[0];
      if (found) {
        const [sheet] = await host.readSheets([found.name]);
        const entries = sheet && tasksFromSheet(sheet, schema);
        if (entries) return { entries, sheet: found.name };
      }
    }
    return { entries: planTasks(schema) };
  };

  useEffect(() => {
    load().then(setSource, (e) => setNotice({ intent: "error", text: t("failed", { message: errorText(e) }) }));
    // Once per workbook: "刷新" is the write button, which reads again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services]);

  const asOf = useMemo(() => {
    const d = parseDate(asOfText.trim());
    return d && d.ok ? d.serial : null;
  }, [asOfText]);

  const statuses: TaskStatus[] = useMemo(
    () => (source && asOf !== null ? taskProgress(source.entries, asOf, locale) : []),
    [source, asOf, locale],
  );
  const count = (state: TaskStatus["state"]) => statuses.filter((s) => s.state === state).length;

  const write = () =>
    run(async () => {
      if (asOf === null) return { intent: "warning", text: t("dateBad") };
      const fresh = await load();
      setSource(fresh);
      const model = { sheets: taskProgressSheets(taskProgress(fresh.entries, asOf, locale), asOf, locale), names: [] };
      if (host) {
        const written = await host.insertSheets(model, { replace: true, activate: model.sheets[0]?.name });
        return { intent: "success", text: t("tasksWritten", { sheets: written.sheets.join(t("listSeparator")) }) };
      }
      const name = `任务进度-${dayStamp(new Date())}.xlsx`;
      services.download(await services.jobs.workbook(model), name);
      return { intent: "success", text: t("downloaded", { file: name }) };
    });

  return {
    available: !!schema,
    standalone: !host,
    asOfText,
    setAsOfText,
    asOfProblem: asOf === null ? t("dateBad") : "",
    source,
    statuses,
    summary: {
      total: statuses.length,
      overdue: count("overdue"),
      soon: count("due-soon"),
      open: count("open"),
      ongoing: count("ongoing"),
      done: count("done"),
      unreadable: count("unreadable"),
    },
    /** What needs attention: overdue, due soon, deadline unreadable (in deadline order). */
    attention: statuses.filter((s) => s.state === "overdue" || s.state === "due-soon" || s.state === "unreadable"),
    write,
    busy,
    notice,
  };
}
