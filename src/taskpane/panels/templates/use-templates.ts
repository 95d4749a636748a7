import { useCallback, useEffect, useRef, useState } from "react";
import type { AnnexPresence } from "../../../app/workbook/templates";
import { useServices } from "../../services";
import { useLocale, useT } from "../../i18n/use-t";
import { errorText } from "../shared/error-text";
import { useBusy } from "../shared/use-async";

export const TEMPLATE_FILE = "汇表助手-附件模板.xlsx";

/** Inserting templates into the workbook (Excel, WPS), fetched when first used: the standalone page builds them in its worker. */
const loadTemplates = () => import("../../../app/workbook/templates");

/** 模板: which annexes the workbook has, which are chosen, and inserting or downloading them. */
export function useTemplates() {
  const { host, forms, jobs, download } = useServices();
  const { locale } = useLocale();
  const t = useT();
  const all = forms.all();
  const [presence, setPresence] = useState<readonly AnnexPresence[]>(() =>
    all.map((schema) => ({ schema, sheets: [] })),
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(forms.collected().map((s) => s.id)));
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e, locale) }));

  const refresh = useCallback(async () => {
    if (host) setPresence(await (await loadTemplates()).annexPresence(host, forms.all()));
  }, [host, forms]);

  // Look at the workbook once (not again on a language switch).
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    refresh().catch((e) => setNotice({ intent: "error", text: tRef.current("failed", { message: errorText(e) }) }));
  }, [refresh, setNotice]);

  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = selected.size === all.length;
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(all.map((s) => s.id)));

  const submit = () =>
    run(async () => {
      const chosen = all.filter((s) => selected.has(s.id));
      if (!chosen.length) return { intent: "warning", text: t("templatesPickOne") };
      if (host) {
        const sheets = await (await loadTemplates()).insertTemplates(host, chosen, all);
        await refresh();
        return { intent: "success", text: t("templatesInserted", { sheets: sheets.join("、") }) };
      }
      download(await jobs.templates(chosen, all), TEMPLATE_FILE);
      return { intent: "success", text: t("templatesDownloaded", { file: TEMPLATE_FILE }) };
    });

  return { standalone: !host, presence, selected, allSelected, toggle, toggleAll, submit, busy, notice };
}
