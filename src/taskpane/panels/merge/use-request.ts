import { useEffect, useMemo, useRef, useState } from "react";
import { parseDate } from "../../../core/dates/parse-date";
import { readRequest, type CollectionRequest, type RequestInput } from "../../../core/request/request";
import type { PaneServices } from "../../services";
import { useServices } from "../../services";
import { useT } from "../../i18n/use-t";
import { initialSettings, STORAGE_KEYS } from "../shared/roster";

/** Where the standalone page keeps the request (in a workbook it is a setting of the workbook). */
export const REQUEST_KEY = STORAGE_KEYS.request;

/** The request as the coordinator types it, kept as data (the same shape as 收集任务.json). */
export interface RequestDraft {
  readonly title: string;
  /** Annex ids to be returned by every unit. */
  readonly annexes: readonly string[];
  /** The deadline as typed (2023年2月20日, 2023-02-20, 2.20…). */
  readonly deadline: string;
  readonly howToSend: string;
}

/** The request saved with the workbook (Excel, WPS) or in the browser (standalone); null when none was. */
export async function loadRequestDraft(services: Pick<PaneServices, "host" | "storage">): Promise<RequestDraft | null> {
  const raw = (await initialSettings(services)).request;
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<Record<keyof RequestDraft, unknown>>;
    return {
      title: typeof d.title === "string" ? d.title : "",
      annexes: Array.isArray(d.annexes) ? d.annexes.map(String) : [],
      deadline: typeof d.deadline === "string" ? d.deadline : "",
      howToSend: typeof d.howToSend === "string" ? d.howToSend : "",
    };
  } catch {
    // A setting that is not JSON was not written by us: start from the defaults rather than fail.
    return null;
  }
}

/**
 * 收集任务: the round's title, the annexes every unit returns, the deadline and how to send,
 * edited in the pane and kept with the roster. Until the coordinator changes it, every form but
 * 附件1 (the plan's own list, which units do not fill in) is expected.
 */
export function useRequest() {
  const services = useServices();
  const t = useT();
  const tRef = useRef(t);
  tRef.current = t;
  const defaults = useMemo(
    (): RequestDraft => ({
      title: tRef.current("requestDefaultTitle"),
      annexes: services.forms
        .all()
        .map((s) => s.id)
        .filter((id) => id !== "tasks"),
      deadline: "",
      howToSend: "",
    }),
    [services.forms],
  );
  const [draft, setDraft] = useState<RequestDraft>(defaults);
  useEffect(() => {
    loadRequestDraft(services).then(
      (saved) => saved && setDraft({ ...saved, annexes: saved.annexes.filter((id) => services.forms.find(id)) }),
      // The same read brings the roster: the merge panel reports its failure once (use-merge.ts).
      () => undefined,
    );
  }, [services]);

  const deadline = useMemo(() => {
    const typed = draft.deadline.trim();
    if (!typed) return { serial: undefined, problem: "" };
    const d = parseDate(typed);
    return d && d.ok ? { serial: d.serial, problem: "" } : { serial: undefined, problem: t("dateBad") };
  }, [draft.deadline, t]);

  /**
   * The request for a roster; undefined until it can be used (a unit, an annex). With no form
   * ticked, `expected` stands in (what the merge expected: the forms that turned up).
   */
  const request = (units: readonly string[], expected: readonly string[] = []): CollectionRequest | undefined => {
    const input: RequestInput = {
      title: draft.title.trim() || t("requestDefaultTitle"),
      annexes: draft.annexes.length ? draft.annexes : expected,
      units,
      deadline: deadline.problem ? undefined : draft.deadline.trim() || undefined,
      howToSend: draft.howToSend,
    };
    return readRequest(input, services.forms).request;
  };

  /** Fills the fields from a request file (收集任务.json), annexes by number or id as the CLI takes them. */
  const apply = (input: RequestInput) =>
    setDraft((d) => ({
      title: typeof input.title === "string" ? input.title : d.title,
      annexes: Array.isArray(input.annexes)
        ? input.annexes.map((a) => services.forms.find(String(a))?.id).filter((id): id is string => !!id)
        : d.annexes,
      deadline:
        typeof input.deadline === "string" || typeof input.deadline === "number" ? String(input.deadline) : d.deadline,
      howToSend: typeof input.howToSend === "string" ? input.howToSend : d.howToSend,
    }));

  return {
    draft,
    apply,
    set: (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch })),
    toggleAnnex: (id: string, on: boolean) =>
      setDraft((d) => ({
        ...d,
        annexes: services.forms
          .all()
          .map((s) => s.id)
          .filter((x) => (x === id ? on : d.annexes.includes(x))),
      })),
    deadline,
    request,
    /** The draft as it is kept (saved with the roster, in one operation: roster.ts). */
    json: () => JSON.stringify(draft),
  };
}
