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

export const SUMMARY_FILE = "汇总表.xlsx";

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
        if (host) {
          const sheets = await writeSummary(out.result, host, (done, total) =>
            setProgress({ value: 0.8 + (0.2 * done) / total, text: t("mergeWriting", { done, total }) }),
          );
          return { intent: "success", text: t("mergeDone", { ...counts, sheets: sheets.join("、") }) };
        }
        if (!out.bytes) throw new Error(t("mergeNoSummary"));
        setBytes(out.bytes);
        services.download(out.bytes, SUMMARY_FILE);
        return { intent: "success", text: t("mergeDoneStandalone", { ...counts, file: SUMMARY_FILE }) };
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
    downloadAgain: () => bytes && services.download(bytes, SUMMARY_FILE),
    canDownloadAgain: !!bytes,
    busy,
    notice,
    fail: (message: string) => setNotice({ intent: "error", text: message }),
  };
}
