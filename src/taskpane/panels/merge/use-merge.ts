import { useEffect, useMemo, useRef, useState } from "react";
import type { MergeResult } from "../../../core/merge/merge";
import { render } from "../../../core/i18n/text";
import { writeSummary } from "../../../app/merge-returns";
import { useServices } from "../../services";
import { useLocale, useT } from "../../i18n/use-t";
import { errorText } from "../shared/error-text";
import { loadRosterText, saveRosterText } from "../shared/roster";
import { useBusy } from "../shared/use-async";
import { useFiles } from "../shared/use-files";
import { unitRows } from "./status-rows";

/** The summary's file name: 汇总表-20231127.xlsx (the date it was made, so rounds do not overwrite each other). */
export function summaryFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `汇总表-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.xlsx`;
}

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
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e, locale) }));

  // Load the saved roster once per workbook (not again when the language changes: that would
  // overwrite what the user is typing).
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    loadRosterText(services).then(
      (text) => text && setRoster(text),
      (e) => setNotice({ intent: "error", text: tRef.current("failed", { message: errorText(e) }) }),
    );
  }, [services, setNotice]);

  // A roster file that came with the returns (单位名单.txt in the folder) fills the roster.
  const found = files.roster;
  useEffect(() => {
    if (found) setRoster(found.units.join("\n"));
  }, [found]);

  const saveRoster = async () => {
    const units = await saveRosterText(services, roster);
    setRoster(units.join("\n"));
    return units;
  };

  const storeRoster = () =>
    run(async () => ({ intent: "success", text: t("rosterSaved", { count: (await saveRoster()).length }) }));

  const merge = () =>
    run(async () => {
      if (!files.files.length) return { intent: "warning", text: t("mergeNoFiles") };
      const units = await saveRoster();
      setResult(null);
      setProgress({ value: 0, text: "" });
      try {
        const share = host ? 0.8 : 1;
        const out = await services.jobs.merge(
          files.files,
          { schemas: forms.all(), roster: units, locale },
          (done, total, file) =>
            setProgress({ value: (done / total) * share, text: t("mergeProgress", { done, total, file }) }),
          !host,
        );
        const counts = {
          units: out.result.status.filter((s) => s.rows > 0).length,
          rows: out.result.annexes.reduce((n, a) => n + a.rows.length, 0),
        };
        setResult(out.result);
        // Without a roster nobody can be missing: say so, next to what was done.
        const noRoster = units.length ? "" : ` ${t("mergeNoRoster")}`;
        const intent = units.length ? "success" : "warning";
        if (host) {
          const sheets = await writeSummary(out.result, host, (done, total) =>
            setProgress({ value: 0.8 + (0.2 * done) / total, text: t("mergeWriting", { done, total }) }),
          );
          return { intent, text: t("mergeDone", { ...counts, sheets: sheets.join("、") }) + noRoster };
        }
        if (!out.bytes) throw new Error(t("mergeNoSummary"));
        const name = summaryFileName(new Date());
        setBytes(out.bytes);
        setFileName(name);
        services.download(out.bytes, name);
        return { intent, text: t("mergeDoneStandalone", { ...counts, file: name }) + noRoster };
      } finally {
        setProgress(null);
      }
    });

  const units = useMemo(() => (result ? unitRows(result, locale) : []), [result, locale]);
  const rejected = useMemo(
    () => (result ? result.rejected.map((r) => ({ file: r.file, reason: render(r.why, locale) })) : []),
    [result, locale],
  );

  return {
    standalone: !host,
    files,
    roster,
    setRoster,
    storeRoster,
    merge,
    progress,
    result,
    units,
    rejected,
    downloadAgain: () => bytes && services.download(bytes, fileName),
    canDownloadAgain: !!bytes,
    busy,
    notice,
    fail: (message: string) => setNotice({ intent: "error", text: message }),
  };
}
