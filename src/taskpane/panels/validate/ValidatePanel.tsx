import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Checkbox,
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
import type { RowCell } from "../../../app/validate-files";
import { useState } from "react";
import { MAX_MARKS_PER_SHEET } from "../../../hosts/host";

/**
 * Issues listed at first in each list, and added with each click on 「再显示」: a sheet with a slip
 * in each of 10,000 pasted rows would otherwise render 10,000 items at once and hold the pane.
 * The counts and 导出问题清单 cover them all.
 */
export const ISSUES_PAGE = 200;

const useStyles = makeStyles({
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  issue: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    alignItems: "baseline",
  },
  cell: { minWidth: "3.5em", fontFamily: tokens.fontFamilyMonospace },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: 0, listStyle: "none" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
  tools: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  row: {
    flexBasis: "100%",
    margin: `${tokens.spacingVerticalXS} 0`,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    "& dt": { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
    "& dd": { margin: 0 },
  },
  wrong: { backgroundColor: tokens.colorPaletteRedBackground2, outline: `1px solid ${tokens.colorPaletteRedBorder2}` },
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
      {s.groups && s.groups.length > 0 && (
        <div className={styles.tools}>
          <Caption1 data-testid="group-counts">
            {t("groupCounts", { all: s.counts.all, problems: s.counts.problems })}
          </Caption1>
          <Checkbox
            label={t("problemsOnly")}
            checked={s.problemsOnly}
            onChange={(_, d) => s.setProblemsOnly(!!d.checked)}
          />
          <Checkbox
            label={t("sortByErrors")}
            checked={s.sortBy === "errors"}
            onChange={(_, d) => s.setSortBy(d.checked ? "errors" : "name")}
          />
          <Button size="small" disabledFocusable={s.busy} onClick={s.exportIssues}>
            {t("issuesExport")}
          </Button>
          <Caption1 className={styles.note}>{t("badgeLegend")}</Caption1>
        </div>
      )}
      {s.groups && s.groups.length > 0 && (
        <Accordion multiple collapsible openItems={s.open} onToggle={(_, d) => s.setOpen(d.openItems as string[])}>
          {s.shownGroups.map((g) => (
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
    <AccordionItem
      value={group.key}
      data-group={group.key}
      data-errors={group.errors.length}
      data-unreadable={!!group.failure}
    >
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
            {onGo && group.errors.length + group.warnings.length > MAX_MARKS_PER_SHEET && (
              <Caption1 className={styles.note} data-testid="marks-capped">
                {t("marksCapped", { max: MAX_MARKS_PER_SHEET, count: group.errors.length + group.warnings.length })}
              </Caption1>
            )}
            <IssueList title={t("errors")} items={group.errors} group={group} onGo={onGo} />
            <IssueList title={t("warnings")} items={group.warnings} group={group} onGo={onGo} />
            <IssueList title={t("infos")} items={group.infos} group={group} onGo={onGo} />
          </>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/** The row an issue concerns, as the unit filled it: each column's header and value, the wrong one marked. */
function RowView({ cells, field }: { cells: readonly RowCell[]; field?: string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <dl className={styles.row} data-testid="row-view" aria-label={t("rowView")}>
      {cells.map((c, k) => (
        <div key={k} className={c.key && c.key === field ? styles.wrong : undefined} data-wrong={c.key === field}>
          <dt>{c.header}</dt>
          <dd>{c.value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

function IssueList({
  title,
  items,
  group,
  onGo,
}: {
  title: string;
  items: readonly IssueItem[];
  group: IssueGroup;
  onGo?: (sheet: string, cell: string) => void;
}) {
  const t = useT();
  const styles = useStyles();
  // Standalone there is no cell to select: the issue opens the row it concerns instead.
  const [shown, setShown] = useState<number | null>(null);
  const [limit, setLimit] = useState(ISSUES_PAGE);
  const sheet = group.sheet;
  if (!items.length) return null;
  const left = items.length - limit;
  return (
    <div>
      <strong>{t("issueCount", { title, count: items.length })}</strong>
      <ul className={styles.list}>
        {items.slice(0, limit).map((i, n) => (
          <li key={n} className={styles.issue} data-cell={i.cell} data-code={i.code}>
            {onGo ? (
              <Link
                className={styles.cell}
                onClick={() => onGo(sheet, i.cell)}
                aria-label={t("goToCell", { cell: i.cell })}
              >
                {i.cell}
              </Link>
            ) : i.row !== undefined && group.rowViews?.[i.row] ? (
              <Link
                className={styles.cell}
                onClick={() => setShown(shown === n ? null : n)}
                aria-expanded={shown === n}
                aria-label={t("showRow", { cell: i.place ?? i.cell })}
              >
                {i.place ?? i.cell}
              </Link>
            ) : (
              <span className={styles.cell}>{i.place ?? i.cell}</span>
            )}
            <span>{i.message}</span>
            {shown === n && i.row !== undefined && group.rowViews?.[i.row] && (
              <RowView cells={group.rowViews[i.row]} field={i.field} />
            )}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <Button appearance="subtle" size="small" onClick={() => setLimit(limit + ISSUES_PAGE)}>
          {t("showMoreIssues", { count: Math.min(left, ISSUES_PAGE), left })}
        </Button>
      )}
    </div>
  );
}
