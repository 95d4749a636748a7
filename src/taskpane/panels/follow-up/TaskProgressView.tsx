import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../i18n/use-t";
import { Notice } from "../shared/Notice";
import { useTaskProgress } from "./use-task-progress";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: "100%" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  state: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** 任务进度: 附件1's tasks as of a day, what needs attention listed, the sheets written or downloaded. */
export function TaskProgressView() {
  const t = useT();
  const styles = useStyles();
  const s = useTaskProgress();
  if (!s.available) return null;
  const stateText = (st: (typeof s.attention)[number]) =>
    st.state === "overdue"
      ? t("tasksOverdue", { days: -(st.daysLeft ?? 0) })
      : st.state === "due-soon"
        ? st.daysLeft
          ? t("tasksSoon", { days: st.daysLeft })
          : t("tasksToday")
        : t("tasksUnreadable", { why: st.why ?? "" });
  return (
    <div className={styles.stack} data-testid="task-progress">
      <Field
        label={t("tasksAsOf")}
        validationState={s.asOfProblem ? "error" : "none"}
        validationMessage={s.asOfProblem || undefined}
      >
        <Input className={styles.input} value={s.asOfText} onChange={(_, d) => s.setAsOfText(d.value)} />
      </Field>
      {/* Above what the tasks' loading fills in: the button stays where it is when the list appears. */}
      <div>
        <Button disabledFocusable={s.busy} onClick={s.write}>
          {t(s.standalone ? "tasksDownload" : "tasksWrite")}
        </Button>
      </div>
      <Notice notice={s.notice} />
      {s.source && (
        <Caption1>
          {s.source.sheet
            ? t("tasksFromSheet", { sheet: s.source.sheet })
            : t("tasksFromPlan", { count: s.source.entries.length })}
        </Caption1>
      )}
      {s.statuses.length > 0 && <p data-testid="tasks-summary">{t("tasksSummary", s.summary)}</p>}
      {s.attention.length > 0 && (
        <ol className={styles.list}>
          {s.attention.map((st) => (
            <li key={`${st.entry.index}-${st.entry.task}`} data-state={st.state}>
              {st.entry.task}
              {st.entry.responsible && `（${st.entry.responsible}）`}
              <Caption1 className={styles.state}>{stateText(st)}</Caption1>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
