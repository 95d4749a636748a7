import { useEffect, useMemo, useRef, useState } from "react";
import type { MergeResult } from "../../../core/merge/merge";
import { render, text } from "../../../core/i18n/text";
import { NAMED_OF_GROUP, unmergedGroups } from "../../../core/merge/returns";
import { useServices } from "../../services";
import { useLocale, useT } from "../../i18n/use-t";
import { errorText } from "../shared/error-text";
import { initialSettings, saveRosterText } from "../shared/roster";
import { useBusy } from "../shared/use-async";
import { useFiles } from "../shared/use-files";
import { unitRows } from "./status-rows";
import { useRequest } from "./use-request";
import { safeName, summaryFileName } from "../../../core/request/file-names";
import type { CollectionRequest } from "../../../core/request/request";

/** 汇总: returned files, the roster (kept in the workbook), merging with progress, the status. */
export function useMerge() {
  const services = useServices();
  const { host, forms } = services;
  const { locale } = useLocale();
  const t = useT();
  const files = useFiles();
  const [roster, setRoster] = useState("");
  const [progress, setProgress] = useState<{ value: number; text: string } | null>(null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [fileName, setFileName] = useState("");
  const request = useRequest();
  /** The request the shown result was merged with (the follow-up works from it, not from later edits). */
  const [mergedWith, setMergedWith] = useState<CollectionRequest | undefined>(undefined);
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e, locale) }));

  // Load the saved roster once per workbook (not again when the language changes: that would
  // overwrite what the user is typing).
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    initialSettings(services).then(
      ({ roster: text }) => text && setRoster(text),
      (e) => setNotice({ intent: "error", text: tRef.current("failed", { message: errorText(e) }) }),
    );
  }, [services, setNotice]);

  // A roster file that came with the returns (单位名单.txt in the folder) fills the roster; a
  // request file (收集任务.json) fills the request, and its units the roster when it lists them.
  const found = files.roster;
  useEffect(() => {
    if (found) setRoster(found.units.join("\n"));
  }, [found]);
  const foundRequest = files.request;
  const applyRef = useRef(request.apply);
  applyRef.current = request.apply;
  useEffect(() => {
    if (!foundRequest) return;
    applyRef.current(foundRequest.input);
    const units = foundRequest.input.units;
    if (Array.isArray(units) && units.length) setRoster(units.map(String).join("\n"));
  }, [foundRequest]);

  const saveRoster = async () => {
    // The roster and the request in one operation of the workbook.
    const units = await saveRosterText(services, roster, t("rosterPasted"), { request: request.json() });
    setRoster(units.join("\n"));
    return units;
  };

  const storeRoster = () =>
    run(async () => ({ intent: "success", text: t("requestSaved", { count: (await saveRoster()).length }) }));

  /** One template per roster unit, 填报单位 filled in, named for the unit and the round, as a zip. */
  const unitTemplates = () =>
    run(async () => {
      const units = await saveRoster();
      if (!units.length) return { intent: "warning", text: t("unitTemplatesNoRoster") };
      const chosen = forms.all().filter((s) => request.draft.annexes.includes(s.id));
      if (!chosen.length) return { intent: "warning", text: t("unitTemplatesNoAnnex") };
      const round = request.draft.title.trim() || t("requestDefaultTitle");
      const bytes = await services.jobs.unitTemplates(chosen, forms.all(), units, round);
      const name = `${safeName(round)}-模板.zip`;
      services.download(bytes, name);
      return { intent: "success", text: t("unitTemplatesDone", { file: name, count: units.length }) };
    });

  const merge = () =>
    run(async () => {
      const chosen = await files.ready();
      if (!chosen.length) return { intent: "warning", text: t("mergeNoFiles") };
      if (request.deadline.problem) return { intent: "warning", text: t("requestDeadlineFirst") };
      const units = await saveRoster();
      setResult(null);
      setProgress({ value: 0, text: "" });
      try {
        const share = host ? 0.8 : 1;
        const out = await services.jobs.merge(
          chosen,
          {
            schemas: forms.all(),
            roster: units,
            locale,
            expect: request.draft.annexes.length ? request.draft.annexes : undefined,
            deadline: request.deadline.serial,
          },
          (done, total, file) =>
            setProgress({ value: (done / total) * share, text: t("mergeProgress", { done, total, file }) }),
          !host,
        );
        const counts = {
          units: out.result.status.filter((s) => s.rows > 0).length,
          rows: out.result.annexes.reduce((n, a) => n + a.rows.length, 0),
        };
        setResult(out.result);
        setMergedWith(request.request(units, out.result.expected));
        // Without a roster nobody can be missing: say so, next to what was done.
        const noRoster = units.length ? "" : ` ${t("mergeNoRoster")}`;
        const intent = units.length ? "success" : "warning";
        if (host) {
          // The summary's builders are loaded when a summary is written, not with the pane.
          const { writeSummary } = await import("../../../app/merge-returns");
          const sheets = await writeSummary(out.result, host, (done, total) =>
            setProgress({ value: 0.8 + (0.2 * done) / total, text: t("mergeWriting", { done, total }) }),
          );
          return { intent, text: t("mergeDone", { ...counts, sheets: sheets.join("、") }) + noRoster };
        }
        if (!out.bytes) throw new Error(t("mergeNoSummary"));
        const name = summaryFileName(new Date(), request.draft.title.trim());
        setBytes(out.bytes);
        setFileName(name);
        services.download(out.bytes, name);
        return { intent, text: t("mergeDoneStandalone", { ...counts, file: name }) + noRoster };
      } finally {
        setProgress(null);
      }
    });

  const units = useMemo(() => (result ? unitRows(result, locale) : []), [result, locale]);
  // The files to chase, and apart from them the stamped copies sent beside merged forms (nothing to do).
  // Many files alike of nobody's (a downloads folder's photos) make one entry, as in the CLI.
  const [rejected, companions] = useMemo(() => {
    const all = result?.rejected ?? [];
    const chase = unmergedGroups(all).map((group) => ({
      file:
        group.length === 1
          ? group[0].file
          : text(locale, "filesAlike", {
              names: group
                .slice(0, NAMED_OF_GROUP)
                .map((r) => r.file)
                .join(text(locale, "listSeparator")),
              count: group.length,
            }),
      reason: render(group[0].why, locale),
    }));
    const stamped = all.filter((r) => r.companion).map((r) => ({ file: r.file, reason: render(r.why, locale) }));
    return [chase, stamped];
  }, [result, locale]);

  return {
    standalone: !host,
    files,
    roster,
    setRoster,
    storeRoster,
    request,
    mergedWith,
    unitTemplates,
    merge,
    progress,
    result,
    units,
    rejected,
    companions,
    downloadAgain: () => bytes && services.download(bytes, fileName),
    canDownloadAgain: !!bytes,
    busy,
    notice,
    fail: (message: string) => setNotice({ intent: "error", text: message }),
  };
}
