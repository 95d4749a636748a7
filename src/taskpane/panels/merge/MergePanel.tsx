import {
  Badge,
  Button,
  Field,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useServices } from "../../services";
import { useT } from "../../i18n/use-t";
import type { StringKey } from "../../i18n/strings";
import { FilePicker } from "../shared/FilePicker";
import { Notice } from "../shared/Notice";
import { ProgressLine } from "../shared/ProgressLine";
import { useMerge, type UnitState } from "./use-merge";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  table: { tableLayout: "auto" },
});

const STATE_LABEL: Record<UnitState, StringKey> = {
  returned: "statusReturned",
  missing: "statusMissing",
  partial: "statusPartial",
  errors: "statusErrors",
  replaced: "statusReplaced",
  unknown: "statusUnknown",
};
const STATE_COLOR = {
  returned: "success",
  missing: "danger",
  partial: "severe",
  errors: "warning",
  replaced: "informative",
  unknown: "important",
} as const;

export function MergePanel() {
  const t = useT();
  const styles = useStyles();
  const services = useServices();
  const s = useMerge();
  return (
    <section aria-label={t("tabMerge")} className={styles.stack}>
      <p>{t("mergeIntro")}</p>
      <FilePicker
        files={s.files.files}
        onAdd={s.files.add}
        onError={s.fail}
        onClear={s.files.clear}
        pickWithHost={services.pickFiles}
        disabled={s.busy}
      />
      <Field label={t("rosterLabel")}>
        <Textarea
          value={s.roster}
          onChange={(_, d) => s.setRoster(d.value)}
          resize="vertical"
          rows={5}
          disabled={s.busy}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={s.busy} onClick={s.merge}>
          {t("mergeRun")}
        </Button>
        <Button disabled={s.busy} onClick={s.storeRoster}>
          {t("rosterSave")}
        </Button>
        {s.standalone && s.canDownloadAgain && <Button onClick={s.downloadAgain}>{t("mergeDownloadAgain")}</Button>}
      </div>
      <ProgressLine progress={s.progress} />
      <Notice notice={s.notice} />
      {s.result && (
        <>
          <h3>{t("statusTitle")}</h3>
          <Table size="small" className={styles.table} aria-label={t("statusTitle")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("statusUnit")}</TableHeaderCell>
                <TableHeaderCell>{t("statusState")}</TableHeaderCell>
                <TableHeaderCell>{t("statusRows")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {s.units.map((u) => (
                <TableRow key={u.unit} data-unit={u.unit}>
                  <TableCell>{u.unit}</TableCell>
                  <TableCell>
                    <span className={styles.badges}>
                      {u.states.map((st) => (
                        <Badge key={st} color={STATE_COLOR[st]} data-state={st}>
                          {t(STATE_LABEL[st], { annexes: u.lacking.join("、") })}
                          {st === "errors" ? ` ${u.errors}` : ""}
                        </Badge>
                      ))}
                    </span>
                  </TableCell>
                  <TableCell>{u.rows}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {s.result.rejected.length > 0 && (
            <>
              <h3>{t("rejectedTitle")}</h3>
              <ul data-testid="rejected">
                {s.result.rejected.map((r) => (
                  <li key={r.file}>
                    <strong>{r.file}</strong>：{r.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
