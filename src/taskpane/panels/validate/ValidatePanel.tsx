import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useT } from "../../i18n/use-t";
import { FilePicker } from "../shared/FilePicker";
import { Notice } from "../shared/Notice";
import { ProgressLine } from "../shared/ProgressLine";
import { useServices } from "../../services";
import { useValidate } from "./use-validate";
import type { IssueGroup, IssueItem } from "./groups";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  issue: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    alignItems: "baseline",
  },
  cell: { minWidth: "3.5em", fontFamily: tokens.fontFamilyMonospace },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: 0, listStyle: "none" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});

export function ValidatePanel() {
  const t = useT();
  const s = useValidate();
  const services = useServices();
  const styles = useStyles();
  return (
    <section aria-label={t("tabValidate")}>
      <p>{s.standalone ? t("validateIntroStandalone") : t("validateIntro")}</p>
      {s.standalone && (
        <FilePicker files={s.files} onError={s.fail} pickWithHost={services.pickFiles} disabled={s.busy} />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={s.busy} onClick={s.validate}>
          {t("validateRun")}
        </Button>
        {!s.standalone && s.canSave && (
          <Button disabled={s.busy} onClick={s.validateThenSave}>
            {t("validateSave")}
          </Button>
        )}
        {s.blocked && (
          <Button disabled={s.busy} onClick={s.saveAnyway}>
            {t("validateSaveAnyway")}
          </Button>
        )}
        {!s.standalone && (
          <Button appearance="subtle" disabled={s.busy} onClick={s.clearMarks}>
            {t("validateClear")}
          </Button>
        )}
      </div>
      {s.rosterSize !== null && (
        <Caption1 data-testid="roster-used" className={styles.note}>
          {s.rosterSize ? t("validateRoster", { count: s.rosterSize }) : t("validateNoRoster")}
        </Caption1>
      )}
      {s.live && <Caption1 className={styles.note}>{t("validateLive")}</Caption1>}
      <ProgressLine progress={s.progress} />
      <Notice notice={s.notice} />
      <Notice notice={s.summary} />
      {s.groups && s.groups.length > 0 && <Caption1 className={styles.note}>{t("badgeLegend")}</Caption1>}
      {s.groups && s.groups.length > 0 && (
        <Accordion multiple collapsible openItems={s.open} onToggle={(_, d) => s.setOpen(d.openItems as string[])}>
          {s.groups.map((g) => (
            <GroupView key={g.key} group={g} onGo={s.standalone ? undefined : s.goTo} />
          ))}
        </Accordion>
      )}
    </section>
  );
}

function GroupView({ group, onGo }: { group: IssueGroup; onGo?: (sheet: string, cell: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const name = [group.file, group.sheet].filter(Boolean).join(" › ");
  return (
    <AccordionItem value={group.key} data-group={group.key} data-errors={group.errors.length}>
      <AccordionHeader>
        <span className={styles.header}>
          <span>{name}</span>
          {group.failure ? (
            <Badge color="danger">{t("fileUnreadable")}</Badge>
          ) : (
            <>
              <Badge
                color={group.errors.length ? "danger" : "success"}
                aria-label={`${t("errors")} ${group.errors.length}`}
              >
                {group.errors.length}
              </Badge>
              <Badge
                color={group.warnings.length ? "warning" : "informative"}
                aria-label={`${t("warnings")} ${group.warnings.length}`}
              >
                {group.warnings.length}
              </Badge>
            </>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {group.failure ? (
          <p role="alert">{group.failure}</p>
        ) : (
          <>
            <Caption1>
              {group.title} · {t("unitLabel", { unit: group.unit || "—" })} ·{" "}
              {group.rows === 1 ? t("rowsCountOne") : t("rowsCount", { rows: group.rows })}
            </Caption1>
            <IssueList title={t("errors")} items={group.errors} sheet={group.sheet} onGo={onGo} />
            <IssueList title={t("warnings")} items={group.warnings} sheet={group.sheet} onGo={onGo} />
            <IssueList title={t("infos")} items={group.infos} sheet={group.sheet} onGo={onGo} />
          </>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

function IssueList({
  title,
  items,
  sheet,
  onGo,
}: {
  title: string;
  items: readonly IssueItem[];
  sheet: string;
  onGo?: (sheet: string, cell: string) => void;
}) {
  const t = useT();
  const styles = useStyles();
  if (!items.length) return null;
  return (
    <div>
      <strong>{t("issueCount", { title, count: items.length })}</strong>
      <ul className={styles.list}>
        {items.map((i, n) => (
          <li key={n} className={styles.issue} data-cell={i.cell} data-code={i.code}>
            {onGo ? (
              <Link
                className={styles.cell}
                onClick={() => onGo(sheet, i.cell)}
                aria-label={t("goToCell", { cell: i.cell })}
              >
                {i.cell}
              </Link>
            ) : (
              <span className={styles.cell}>{i.cell}</span>
            )}
            <span>{i.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
