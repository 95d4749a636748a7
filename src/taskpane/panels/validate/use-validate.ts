import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Severity } from "../../../core/validate/issue";
import { BUILTIN_ANNEXES } from "../../../core/schema/annexes";
import { parseRoster } from "../../../core/roster/roster";
import { validateAndSave, validateWorkbook, type SheetValidation } from "../../../app/workbook/validate-workbook";
import { LiveValidator } from "../../../app/workbook/live";
import type { FileReport } from "../../../app/validate-files";
import { useServices } from "../../services";
import { useLocale, useT } from "../../i18n/use-t";
import { errorText, useBusy, type Notice } from "../shared/use-async";
import { useFiles } from "../shared/use-files";

export interface IssueItem {
  readonly severity: Severity;
  readonly code: string;
  readonly cell: string;
  readonly message: string;
}

/** Issues of one sheet (of one file, when standalone), split by severity. */
export interface IssueGroup {
  readonly key: string;
  readonly file?: string;
  readonly sheet: string;
  readonly title: string;
  readonly unit: string;
  readonly rows: number;
  readonly errors: readonly IssueItem[];
  readonly warnings: readonly IssueItem[];
  /** Why a file could not be read, when it could not. */
  readonly failure?: string;
}

function annexTitle(id: string): string {
  const schema = BUILTIN_ANNEXES.find((a) => a.id === id);
  return schema ? `附件${schema.number} ${schema.shortName}` : id;
}

const split = (issues: readonly IssueItem[]) => ({
  errors: issues.filter((i) => i.severity === "error"),
  warnings: issues.filter((i) => i.severity === "warning"),
});

export function groupsOfWorkbook(sheets: readonly SheetValidation[]): IssueGroup[] {
  return sheets.map((s) => ({
    key: s.sheet,
    sheet: s.sheet,
    title: `附件${s.annex.number} ${s.annex.shortName}`,
    unit: s.unit,
    rows: s.rows,
    ...split(s.issues),
  }));
}

export function groupsOfFiles(reports: readonly FileReport[]): IssueGroup[] {
  return reports.flatMap((r) =>
    r.error
      ? [
          {
            key: r.file,
            file: r.file,
            sheet: "",
            title: "",
            unit: "",
            rows: 0,
            errors: [],
            warnings: [],
            failure: r.error,
          },
        ]
      : r.sheets.map((s) => ({
          key: `${r.file}|${s.sheet}`,
          file: r.file,
          sheet: s.sheet,
          title: annexTitle(s.annex),
          unit: s.unit,
          rows: s.rows,
          ...split(s.issues),
        })),
  );
}

/** 校验: validate the workbook (or dropped files), list issues, go to a cell, 校验并保存. */
export function useValidate() {
  const services = useServices();
  const { locale } = useLocale();
  const t = useT();
  const { host } = services;
  const [groups, setGroups] = useState<readonly IssueGroup[] | null>(null);
  const [live, setLive] = useState(false);
  /** Set when 校验并保存 found errors: the user may still save. */
  const [blocked, setBlocked] = useState(false);
  const [progress, setProgress] = useState<{ value: number; text: string } | null>(null);
  const files = useFiles();
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e) }));
  const liveRef = useRef<LiveValidator | null>(null);

  const options = useCallback(async () => {
    const roster = parseRoster(
      (host ? await host.loadSetting("roster") : services.storage?.getItem("huibiao.roster")) ?? "",
    );
    return { roster, locale };
  }, [host, services.storage, locale]);

  // Live validation: edited rows are re-checked after a pause; their group is replaced.
  useEffect(() => {
    if (!host?.watchChanges) return;
    let opts = { locale } as Awaited<ReturnType<typeof options>>;
    options().then(
      (o) => (opts = o),
      () => undefined,
    );
    const validator = new LiveValidator(
      host,
      () => opts,
      (result) => {
        const [group] = groupsOfWorkbook([result]);
        setGroups((old) =>
          old ? [...old.filter((g) => g.key !== group.key), group].sort((a, b) => a.key.localeCompare(b.key)) : [group],
        );
      },
    );
    liveRef.current = validator;
    let disposed = false;
    validator.start().then(
      (on) => !disposed && setLive(on),
      () => setLive(false),
    );
    return () => {
      disposed = true;
      validator.dispose();
    };
  }, [host, locale, options]);

  // The counts follow the groups, so live validation keeps them current.
  const summary = useMemo((): Notice => {
    if (!groups) return null;
    const gs = groups.filter((g) => !g.failure);
    const errors = gs.reduce((n, g) => n + g.errors.length, 0);
    const warnings = gs.reduce((n, g) => n + g.warnings.length, 0);
    if (!gs.length) return { intent: "warning", text: t("validateNoSheets") };
    if (errors || warnings)
      return { intent: errors ? "error" : "warning", text: t("validateSummary", { errors, warnings }) };
    return { intent: "success", text: t("validateClean", { sheets: gs.length }) };
  }, [groups, t]);

  const validate = () =>
    run(async () => {
      if (host) {
        const result = await validateWorkbook(host, { ...(await options()), mark: true });
        result.sheets.forEach((s) => liveRef.current?.seed(s.sheet, s.issues));
        setGroups(groupsOfWorkbook(result.sheets));
        return;
      }
      if (!files.files.length) return { intent: "warning", text: t("mergeNoFiles") };
      setProgress({ value: 0, text: "" });
      let reports;
      try {
        reports = await services.jobs.validate(files.files, await options(), (done, total, file) =>
          setProgress({ value: done / total, text: t("mergeProgress", { done, total, file }) }),
        );
      } finally {
        setProgress(null);
      }
      setGroups(groupsOfFiles(reports));
    });

  const validateThenSave = () =>
    run(async () => {
      if (!host) return;
      // Office add-ins cannot open window.confirm: without a host dialog the pane offers 仍然保存.
      const ask = services.confirm ?? (async () => false);
      const { validation, outcome } = await validateAndSave(host, await options(), (v) =>
        ask(t("validateConfirmSave", { errors: v.errors })),
      );
      setGroups(groupsOfWorkbook(validation.sheets));
      setBlocked(outcome === "cancelled");
      if (outcome === "saved") return { intent: "success", text: t("validateSaved") };
      if (outcome === "cancelled") return { intent: "error", text: t("validateNotSaved") };
      if (outcome === "refused") return { intent: "warning", text: t("validateSaveRefused") };
      return { intent: "warning", text: t("validateCannotSave") };
    });

  const saveAnyway = () =>
    run(async () => {
      setBlocked(false);
      const saved = host?.save ? await host.save() : "unsupported";
      if (saved === "cancelled") return { intent: "warning", text: t("validateSaveRefused") };
      if (saved === "unsupported") return { intent: "warning", text: t("validateCannotSave") };
      return { intent: "success", text: t("validateSaved") };
    });

  const clearMarks = () =>
    run(async () => {
      await host?.clearIssues();
      setGroups(null);
    });

  const goTo = (sheet: string, cell: string) => {
    host
      ?.select(sheet, cell)
      .catch((e) => setNotice({ intent: "error", text: t("failed", { message: errorText(e) }) }));
  };

  return {
    standalone: !host,
    groups,
    summary,
    live,
    files,
    progress,
    validate,
    validateThenSave,
    saveAnyway,
    blocked,
    clearMarks,
    goTo,
    busy,
    notice,
    canSave: !!host?.save,
    fail: (message: string) => setNotice({ intent: "error", text: message }),
  };
}
