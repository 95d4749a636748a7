import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckOptions } from "../../../app/workbook/validate-workbook";
import { loadChecking } from "./load-checking";
import { parseRoster } from "../../../core/roster/roster";
import { useServices } from "../../services";
import { useLocale, useT } from "../../i18n/use-t";
import { errorText } from "../shared/error-text";
import { initialSettings, onRosterSaved } from "../shared/roster";
import { useBusy, type Notice } from "../shared/use-async";
import { useFiles } from "../shared/use-files";
import { groupsOfFiles, groupsOfWorkbook, replaceGroup, tally, type IssueGroup } from "./groups";
import { useLiveValidation } from "./use-live-validation";
import { issueListModel, type IssueListRow } from "../../../app/issue-list";

function stamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}

/** 校验: validate the workbook (or chosen files), list issues, go to a cell, 校验并保存. */
export function useValidate() {
  const services = useServices();
  const { host, forms } = services;
  const { locale } = useLocale();
  const t = useT();
  const [groups, setGroupsState] = useState<readonly IssueGroup[] | null>(null);
  /** The groups shown open: after each run, those with errors or a file that cannot be read. */
  const [open, setOpen] = useState<string[]>([]);
  const setGroups = useCallback((next: readonly IssueGroup[] | null) => {
    setGroupsState(next);
    // Past a screenful of files, start with those that have something to see.
    setProblemsOnly((next?.length ?? 0) > 20);
    setOpen((next ?? []).filter((g) => g.errors.length || g.failure).map((g) => g.key));
  }, []);
  /** Set when 校验并保存 found errors: the user may still save. */
  const [blocked, setBlocked] = useState(false);
  const [progress, setProgress] = useState<{ value: number; text: string } | null>(null);
  const files = useFiles();
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e, locale) }));

  // The roster units are checked against (kept in 汇总): shown, so a warning is never a surprise.
  // Read once as the pane opens and followed as 汇总 saves it: validating never reads it again.
  const [rosterUnits, setRosterUnits] = useState<readonly string[] | null>(null);
  const rosterRef = useRef<readonly string[] | null>(null);
  rosterRef.current = rosterUnits;
  const rosterLoaded = useRef<Promise<readonly string[]> | null>(null);
  useEffect(() => {
    let live = true;
    rosterLoaded.current = initialSettings(services).then(
      ({ roster: text }) => parseRoster(text ?? ""),
      () => [],
    );
    void rosterLoaded.current.then((units) => live && setRosterUnits(units));
    const off = onRosterSaved((units) => setRosterUnits(units));
    return () => {
      live = false;
      off();
    };
  }, [services]);
  const rosterSize = rosterUnits?.length ?? null;

  const options = useCallback(
    async (): Promise<CheckOptions> => ({
      schemas: forms.all(),
      roster: [...(rosterRef.current ?? (await rosterLoaded.current) ?? [])],
      locale,
    }),
    [forms, locale],
  );
  // Live results replace their sheet's group and leave what the user opened or closed alone.
  const { live, seed } = useLiveValidation(host, options, (result) =>
    setGroupsState((old) => replaceGroup(old, groupsOfWorkbook([result], locale)[0])),
  );

  // The counts follow the groups, so live validation keeps them current.
  const summary = useMemo((): Notice => {
    if (!groups) return null;
    const { sheets, errors, warnings } = tally(groups);
    if (!sheets && !host) {
      const unreadable = groups.filter((g) => g.failure).length;
      return unreadable && unreadable === groups.length
        ? { intent: "error", text: t("validateNoneReadable", { count: unreadable }) }
        : { intent: "warning", text: t("validateNoSheetsInFiles") };
    }
    if (!sheets) return { intent: "warning", text: t("validateNoSheets") };
    if (errors || warnings)
      return {
        intent: errors ? "error" : "warning",
        text: t("validateSummary", {
          errors: errors === 1 ? t("errorsCountOne") : t("errorsCount", { count: errors }),
          warnings: warnings === 1 ? t("warningsCountOne") : t("warningsCount", { count: warnings }),
        }),
      };
    return { intent: "success", text: sheets === 1 ? t("validateCleanOne") : t("validateClean", { sheets }) };
  }, [groups, t, host]);

  const validateFiles = async () => {
    const chosen = await files.ready();
    if (!chosen.length) return { intent: "warning", text: t("mergeNoFiles") } as const;
    setProgress({ value: 0, text: "" });
    try {
      const reports = await services.jobs.validate(chosen, await options(), (done, total, file) =>
        setProgress({ value: done / total, text: t("mergeProgress", { done, total, file }) }),
      );
      setGroups(groupsOfFiles(reports, forms.all(), locale));
    } finally {
      setProgress(null);
    }
  };

  const validate = () =>
    run(async () => {
      if (!host) return validateFiles();
      const { validateWorkbook } = await loadChecking();
      const result = await validateWorkbook(host, { ...(await options()), mark: true });
      result.sheets.forEach((s) => seed(s.sheet, s.issues));
      setGroups(groupsOfWorkbook(result.sheets, locale));
    });

  const validateThenSave = () =>
    run(async () => {
      if (!host) return;
      // Office add-ins cannot open window.confirm: without a host dialog the pane offers 仍然保存.
      const ask = services.confirm ?? (async () => false);
      const { validateAndSave } = await loadChecking();
      const { validation, outcome } = await validateAndSave(host, await options(), (v) =>
        ask(t("validateConfirmSave", { errors: v.errors })),
      );
      setGroups(groupsOfWorkbook(validation.sheets, locale));
      setBlocked(outcome === "cancelled");
      return saveNotice(outcome);
    });

  const saveAnyway = () =>
    run(async () => {
      setBlocked(false);
      const saved = host?.save ? await host.save() : "unsupported";
      // Here "cancelled" means the program stopped the save (another guard), not the user's errors.
      return saveNotice(saved === "cancelled" ? "refused" : saved);
    });

  // Many files: only those with something to see, the worst first if asked, and the whole list as a workbook.
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [sortBy, setSortBy] = useState<"name" | "errors">("name");
  const hasProblems = (g: IssueGroup) => !!(g.failure || g.errors.length || g.warnings.length);
  const shownGroups = useMemo(() => {
    const list = (groups ?? []).filter((g) => !problemsOnly || hasProblems(g));
    return sortBy === "errors"
      ? [...list].sort(
          (a, b) =>
            Number(!!b.failure) - Number(!!a.failure) ||
            b.errors.length - a.errors.length ||
            b.warnings.length - a.warnings.length ||
            a.key.localeCompare(b.key),
        )
      : list;
  }, [groups, problemsOnly, sortBy]);
  const counts = useMemo(
    () => ({ all: groups?.length ?? 0, problems: (groups ?? []).filter(hasProblems).length }),
    [groups],
  );

  const exportIssues = () =>
    run(async () => {
      const rows: IssueListRow[] = (groups ?? []).flatMap((g): IssueListRow[] =>
        g.failure
          ? [
              {
                file: g.file ?? "",
                sheet: "",
                unit: "",
                cell: "",
                severity: "unreadable" as const,
                code: "read",
                message: g.failure,
              },
            ]
          : [...g.errors, ...g.warnings, ...g.infos].map((i) => ({
              file: g.file ?? "",
              sheet: g.sheet,
              unit: g.unit,
              cell: i.place ?? i.cell,
              severity: i.severity,
              code: i.code,
              message: i.message,
            })),
      );
      const name = `${t("issuesFile")}-${stamp(new Date())}.xlsx`;
      services.download(await services.jobs.workbook(issueListModel(rows, locale)), name);
      return { intent: "success", text: t("issuesExported", { count: rows.length, file: name }) };
    });

  const saveNotice = (outcome: "saved" | "cancelled" | "refused" | "unsupported"): Notice => {
    if (outcome === "saved") return { intent: "success", text: t("validateSaved") };
    if (outcome === "cancelled") return { intent: "error", text: t("validateNotSaved") };
    if (outcome === "refused") return { intent: "warning", text: t("validateSaveRefused") };
    return { intent: "warning", text: t("validateCannotSave") };
  };

  const clearMarks = () =>
    run(async () => {
      await host?.clearIssues();
      setGroups(null);
    });

  const goTo = (sheet: string, cell: string) => {
    host
      ?.select(sheet, cell)
      .catch((e) => setNotice({ intent: "error", text: t("failed", { message: errorText(e, locale) }) }));
  };

  return {
    standalone: !host,
    rosterSize,
    groups,
    shownGroups,
    counts,
    problemsOnly,
    setProblemsOnly,
    sortBy,
    setSortBy,
    exportIssues,
    open,
    setOpen,
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
