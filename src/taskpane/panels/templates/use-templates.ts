import { useCallback, useEffect, useRef, useState } from "react";
import { BUILTIN_ANNEXES } from "../../../core/schema/annexes";
import { annexPresence, insertTemplates, type AnnexPresence } from "../../../app/workbook/templates";
import { useServices } from "../../services";
import { useT } from "../../i18n/use-t";
import { errorText, useBusy } from "../shared/use-async";

export const TEMPLATE_FILE = "汇表助手-附件模板.xlsx";

/** 模板: which annexes the workbook has, which are chosen, and inserting or downloading them. */
export function useTemplates() {
  const services = useServices();
  const t = useT();
  const [presence, setPresence] = useState<readonly AnnexPresence[]>(
    BUILTIN_ANNEXES.map((schema) => ({ schema, sheets: [] })),
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(
    new Set(BUILTIN_ANNEXES.filter((s) => s.collected).map((s) => s.id)),
  );
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e) }));
  const host = services.host;

  const refresh = useCallback(async () => {
    if (host) setPresence(await annexPresence(host, BUILTIN_ANNEXES));
  }, [host]);

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
  const allSelected = selected.size === BUILTIN_ANNEXES.length;
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(BUILTIN_ANNEXES.map((s) => s.id)));

  const submit = () =>
    run(async () => {
      const schemas = BUILTIN_ANNEXES.filter((s) => selected.has(s.id));
      if (!schemas.length) return { intent: "warning", text: t("templatesPickOne") };
      if (host) {
        const sheets = await insertTemplates(host, schemas);
        await refresh();
        return { intent: "success", text: t("templatesInserted", { sheets: sheets.join("、") }) };
      }
      services.download(await services.jobs.templates(schemas.map((s) => s.id)), TEMPLATE_FILE);
      return { intent: "success", text: t("templatesDownloaded", { file: TEMPLATE_FILE }) };
    });

  return { standalone: !host, presence, selected, allSelected, toggle, toggleAll, submit, busy, notice };
}
