import { useCallback, useEffect, useRef, useState } from "react";
import type { MergeResult } from "../../../core/merge/merge";
import { parseRoster } from "../../../core/roster/roster";
import { writeSummary } from "../../../app/merge-returns";
import { useServices } from "../../services";
import { useLocale, useT } from "../../i18n/use-t";
import { errorText, useBusy } from "../shared/use-async";
import { useFiles } from "../shared/use-files";

export const SUMMARY_FILE = "汇总表.xlsx";
const STORAGE_KEY = "huibiao.roster";

export type UnitState = "returned" | "missing" | "partial" | "errors" | "replaced" | "unknown";

export interface UnitRow {
  readonly unit: string;
  readonly states: readonly UnitState[];
  readonly rows: number;
  readonly errors: number;
  /** Annex numbers expected but not returned, for a unit that returned some. */
  readonly lacking: readonly number[];
}

/** One line per unit: roster order, then units not in the roster. */
export function unitRows(result: MergeResult): UnitRow[] {
  const replaced = new Set(result.replaced.map((r) => r.unit));
  const numbers = new Map(result.annexes.map((a) => [a.schema.id, a.schema.number]));
  return result.status.map((s) => {
    const annexes = Object.values(s.annexes);
    const rows = annexes.reduce((n, a) => n + a.rows, 0);
    const errors = annexes.reduce((n, a) => n + a.errors, 0);
    const states: UnitState[] = [];
    if (!s.inRoster) states.push("unknown");
    // Nothing returned: missing. Some annexes but not all: returned, and which ones are lacking.
    if (!annexes.length) states.push("missing");
    else states.push("returned");
    const lacking = annexes.length
      ? s.missing
          .map((id) => numbers.get(id) ?? 0)
          .filter((n) => n > 0)
          .sort()
      : [];
    if (lacking.length) states.push("partial");
    if (errors) states.push("errors");
    if (replaced.has(s.unit)) states.push("replaced");
    return { unit: s.unit, states, rows, errors, lacking };
  });
}

/** 汇总: returned files, the roster (kept in the workbook), merging with progress, the status. */
export function useMerge() {
  const services = useServices();
  const { host } = services;
  const { locale } = useLocale();
  const t = useT();
  const files = useFiles();
  const [roster, setRoster] = useState("");
  const [progress, setProgress] = useState<{ value: number; text: string } | null>(null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e) }));

  // Load the saved roster once per workbook (not again when the language changes: that would
  // overwrite what the user is typing).
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    const load = host ? host.loadSetting("roster") : Promise.resolve(services.storage?.getItem(STORAGE_KEY) ?? null);
    load.then(
      (text) => text && setRoster(text),
      (e) => setNotice({ intent: "error", text: tRef.current("failed", { message: errorText(e) }) }),
    );
  }, [host, services.storage, setNotice]);

  const saveRoster = useCallback(async () => {
    const units = parseRoster(roster);
    const text = units.join("\n");
    if (host) await host.saveSetting("roster", text);
    else services.storage?.setItem(STORAGE_KEY, text);
    setRoster(text);
    return units;
  }, [host, roster, services.storage]);

  const storeRoster = () =>
    run(async () => ({ intent: "success", text: t("rosterSaved", { count: (await saveRoster()).length }) }));

  const merge = () =>
    run(async () => {
      if (!files.files.length) return { intent: "warning", text: t("mergeNoFiles") };
      const units = await saveRoster();
      setResult(null);
      setProgress({ value: 0, text: "" });
      try {
        const out = await services.jobs.merge(
          files.files,
          { roster: units, locale },
          (done, total, file) =>
            setProgress({ value: (done / total) * (host ? 0.8 : 1), text: t("mergeProgress", { done, total, file }) }),
          !host,
        );
        const unitCount = out.result.status.filter((s) => Object.keys(s.annexes).length).length;
        const rowCount = out.result.annexes.reduce((n, a) => n + a.rows.length, 0);
        setResult(out.result);
        if (host) {
          const sheets = await writeSummary(out.result, host, (done, total) =>
            setProgress({ value: 0.8 + (0.2 * done) / total, text: t("mergeWriting", { done, total }) }),
          );
          return {
            intent: "success",
            text: t("mergeDone", { units: unitCount, rows: rowCount, sheets: sheets.join("、") }),
          };
        }
        if (!out.bytes) throw new Error("汇总表没有生成");
        setBytes(out.bytes);
        services.download(out.bytes, SUMMARY_FILE);
        return {
          intent: "success",
          text: t("mergeDoneStandalone", { units: unitCount, rows: rowCount, file: SUMMARY_FILE }),
        };
      } finally {
        setProgress(null);
      }
    });

  const downloadAgain = () => bytes && services.download(bytes, SUMMARY_FILE);

  return {
    standalone: !host,
    files,
    roster,
    setRoster,
    storeRoster,
    merge,
    progress,
    result,
    units: result ? unitRows(result) : [],
    downloadAgain,
    canDownloadAgain: !!bytes,
    busy,
    notice,
    fail: (message: string) => setNotice({ intent: "error", text: message }),
  };
}
