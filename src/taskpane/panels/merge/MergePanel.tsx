import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { lazy } from "react";
import { LazyPart } from "../shared/LazyPart";
import { useServices } from "../../services";
import { useT } from "../../i18n/use-t";
import { FilePicker } from "../shared/FilePicker";
import { Notice } from "../shared/Notice";
import { ProgressLine } from "../shared/ProgressLine";
import { useMerge } from "./use-merge";

/**
 * 后续工作 (reminders, corrections, statistics, task progress) in a chunk of its own, fetched when
 * the panel first shows: the pane's first load stays small (the main bundle's budget is 200 KB gzip).
 */
const FollowUp = lazy(() => import("../follow-up/FollowUp").then((m) => ({ default: m.FollowUp })));
/** The status table, fetched when a merge starts (its Fluent table is not needed before). */
const loadStatusTable = () => import("./StatusTable");
const StatusTable = lazy(() => loadStatusTable().then((m) => ({ default: m.StatusTable })));
/** 收集任务's fields, fetched when the coordinator first opens them. */
const RequestFields = lazy(() => import("./RequestFields").then((m) => ({ default: m.RequestFields })));

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Fluent's Textarea has a minimum width of 250 px: in a narrow pane (or at 200 % zoom) it must shrink.
  roster: { minWidth: 0, width: "100%" },
});

export function MergePanel() {
  const t = useT();
  const styles = useStyles();
  const services = useServices();
  const s = useMerge();
  return (
    <section aria-label={t("tabMerge")} className={styles.stack}>
      <p>{t("mergeIntro")}</p>
      <FilePicker files={s.files} onError={s.fail} pickWithHost={services.pickFiles} disabled={s.busy} />
      <Field label={t("rosterLabel")}>
        <Textarea
          className={styles.roster}
          value={s.roster}
          onChange={(_, d) => s.setRoster(d.value)}
          resize="vertical"
          rows={5}
          disabled={s.busy}
        />
      </Field>
      <Accordion collapsible>
        <AccordionItem value="request">
          <AccordionHeader>{t("requestTitle")}</AccordionHeader>
          <AccordionPanel>
            <LazyPart>
              <RequestFields request={s.request} disabled={s.busy} onUnitTemplates={s.unitTemplates} />
            </LazyPart>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={s.busy}
          onClick={() => {
            void loadStatusTable();
            s.merge();
          }}
        >
          {t("mergeRun")}
        </Button>
        <Button disabled={s.busy} onClick={s.storeRoster}>
          {t("requestSave")}
        </Button>
        {s.standalone && s.canDownloadAgain && <Button onClick={s.downloadAgain}>{t("mergeDownloadAgain")}</Button>}
      </div>
      <ProgressLine progress={s.progress} />
      <Notice notice={s.notice} />
      {s.result && (
        <>
          <h2>{t("statusTitle")}</h2>
          <LazyPart>
            <StatusTable rows={s.units} />
          </LazyPart>
          <FileList title={t("rejectedTitle")} files={s.rejected} testId="rejected" />
          <FileList title={t("companionsTitle")} files={s.companions} testId="companions" />
        </>
      )}
      <LazyPart>
        <FollowUp result={s.result} files={s.files.files} request={s.mergedWith} />
      </LazyPart>
    </section>
  );
}

/** Files with what was made of them (未能汇总的文件; the stamped copies beside merged forms): nothing when none. */
function FileList(props: { title: string; files: readonly { file: string; reason: string }[]; testId: string }) {
  const t = useT();
  if (!props.files.length) return null;
  return (
    <>
      <h2>{props.title}</h2>
      <ul data-testid={props.testId}>
        {props.files.map((r) => (
          <li key={r.file}>
            <strong>{r.file}</strong>
            {t("colon")}
            {r.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
