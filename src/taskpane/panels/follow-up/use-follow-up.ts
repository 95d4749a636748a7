import { useMemo, useRef, useState } from "react";
import type { CorrectionFile } from "../../../app/follow-up";
import { corrections, correctionText } from "../../../core/corrections/corrections";
import type { MergeResult } from "../../../core/merge/merge";
import type { Locale } from "../../../core/i18n/text";
import { statistics } from "../../../core/merge/statistics";
import { dayStamp } from "../../../core/request/file-names";
import { serialOf, type CollectionRequest } from "../../../core/request/request";
import { lackingUnits, reminderText } from "../../../core/request/reminders";
import { windowsText } from "../../../core/text/windows-text";
import type { InputFile } from "../../../hosts/files";
import { useLocale, useT } from "../../i18n/use-t";
import { useServices } from "../../services";
import { copyText } from "../shared/copy-text";
import { errorText } from "../shared/error-text";
import { useBusy, type Notice } from "../shared/use-async";

export interface FollowUpInput {
  readonly result: MergeResult | null;
  /** The files merged (read again for the correction workbooks). */
  readonly files: readonly InputFile[];
  /** The request the merge was run with; undefined without a roster. */
  readonly request: CollectionRequest | undefined;
}

/**
 * After a merge: the reminder to copy or download, each unit's corrections (a list to copy, a
 * workbook to download, all as a zip) and the statistics. Everything is computed from the merge
 * result by the engine; only the correction workbooks read the units' files again, on request.
 */
export function useFollowUp({ result, files, request }: FollowUpInput) {
  const services = useServices();
  const { locale } = useLocale();
  const t = useT();
  const [each, setEach] = useState(false);
  /** The part whose action the notice is about: it is shown there, next to the button pressed. */
  const [where, setWhere] = useState<"remind" | "fix">("remind");
  const [edited, setEdited] = useState<string | null>(null);
  const { busy, notice, setNotice, run } = useBusy((e) => t("failed", { message: errorText(e, locale) }));

  const generated = useMemo(
    () =>
      result && request
        ? reminderText(result, request, services.forms.all(), { each, asOf: serialOf(Date.now()), locale })
        : "",
    [result, request, each, services.forms, locale],
  );
  // What the coordinator typed into the reminder is kept until the next merge or a change of wording.
  const [base, setBase] = useState(generated);
  if (base !== generated) {
    setBase(generated);
    setEdited(null);
  }
  const reminder = edited ?? generated;
  const lacking = useMemo(() => (result && request ? lackingUnits(result, request).length : 0), [result, request]);

  const fixes = useMemo(
    () =>
      (result ? corrections(result, locale) : []).map((c) => ({
        unit: c.unit,
        errors: c.items.filter((i) => i.severity === "error").length,
        warnings: c.items.filter((i) => i.severity === "warning").length,
        text: correctionText(c, locale),
      })),
    [result, locale],
  );
  const stats = useMemo(() => (result ? statistics(result) : null), [result]);

  // The correction workbooks, made once per merge and language, when first asked for.
  const made = useRef<{ result: MergeResult; locale: Locale; files: Promise<CorrectionFile[]> } | null>(null);
  const workbooks = (): Promise<CorrectionFile[]> => {
    if (!result) return Promise.resolve([]);
    if (made.current?.result !== result || made.current.locale !== locale) {
      const pending = services.jobs.corrections(files, result, locale).catch((e: unknown) => {
        made.current = null;
        throw e;
      });
      made.current = { result, locale, files: pending };
    }
    return made.current.files;
  };

  const download = (bytes: Uint8Array, name: string) => {
    services.download(bytes, name);
    return { intent: "success" as const, text: t("downloaded", { file: name }) };
  };

  /** Runs an action of one part, its notice shown in that part. */
  const inPart = (part: "remind" | "fix", work: () => Promise<Notice | void>) => {
    setWhere(part);
    return run(work);
  };
  const copy = (part: "remind" | "fix", text: string, select?: () => void) =>
    inPart(part, async () => {
      if (await copyText(text)) return { intent: "success", text: t("copied") };
      select?.();
      return { intent: "warning", text: t("copyFailed") };
    });

  return {
    reminder,
    setReminder: (text: string) => setEdited(text),
    each,
    setEach,
    lacking,
    hasRequest: !!request,
    copyReminder: (select?: () => void) => copy("remind", reminder, select),
    downloadReminder: () =>
      inPart("remind", async () => download(windowsText(reminder), `催交通知-${dayStamp(new Date())}.txt`)),
    fixes,
    copyFix: (unit: string) => copy("fix", fixes.find((f) => f.unit === unit)?.text ?? ""),
    downloadFix: (unit: string) =>
      inPart("fix", async () => {
        setNotice({ intent: "info", text: t("fixPreparing") });
        const file = (await workbooks()).find((f) => f.unit === unit);
        if (!file) return { intent: "warning", text: t("fixNotMade", { unit }) };
        return download(file.bytes, file.name);
      }),
    downloadAllFixes: () =>
      inPart("fix", async () => {
        setNotice({ intent: "info", text: t("fixPreparing") });
        const list = await workbooks();
        const text = list.map((f) => f.text).join("\n\n");
        const zip = await services.jobs.zip([
          ...list.map((f) => ({ name: f.name, bytes: f.bytes })),
          { name: "退回修改清单.txt", bytes: windowsText(text) },
        ]);
        return download(zip, `退回修改-${dayStamp(new Date())}.zip`);
      }),
    stats,
    busy,
    notice,
    where,
  };
}
