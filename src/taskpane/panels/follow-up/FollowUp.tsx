import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useT } from "../../i18n/use-t";
import { Corrections } from "./Corrections";
import { Reminders } from "./Reminders";
import { StatisticsView } from "./StatisticsView";
import { TaskProgressView } from "./TaskProgressView";
import { useFollowUp, type FollowUpInput } from "./use-follow-up";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h2: { margin: 0 },
});

/**
 * 后续工作, under the merge: the reminder, the corrections and the statistics of the result shown,
 * and the task list's progress (which needs no merge). Each part opens on its own.
 */
export function FollowUp(input: FollowUpInput) {
  const t = useT();
  const styles = useStyles();
  const s = useFollowUp(input);
  return (
    <section className={styles.stack} aria-labelledby="follow-up-title">
      <h2 id="follow-up-title" className={styles.h2}>
        {t("followTitle")}
      </h2>
      <Accordion multiple collapsible>
        {input.result && (
          <>
            <AccordionItem value="remind">
              <AccordionHeader>
                {s.hasRequest ? t("remindCount", { count: s.lacking }) : t("remindTitle")}
              </AccordionHeader>
              <AccordionPanel>
                <Reminders s={s} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="fix">
              <AccordionHeader>{t("fixCount", { count: s.fixes.length })}</AccordionHeader>
              <AccordionPanel>
                <Corrections s={s} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="stats">
              <AccordionHeader>{t("statsTitle")}</AccordionHeader>
              <AccordionPanel>{s.stats && <StatisticsView stats={s.stats} />}</AccordionPanel>
            </AccordionItem>
          </>
        )}
        <AccordionItem value="tasks">
          <AccordionHeader>{t("tasksTitle")}</AccordionHeader>
          <AccordionPanel>
            <TaskProgressView />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
