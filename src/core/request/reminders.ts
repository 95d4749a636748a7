import { serialToYmd } from "../dates/serial";
import { text, type Locale } from "../i18n/text";
import type { MergeResult } from "../merge/merge";
import { annexLabel } from "../schema/label";
import type { AnnexSchema } from "../schema/types";
import type { CollectionRequest } from "./request";

export interface ReminderOptions {
  /** One message for all units (default), or one block per unit to send to each. */
  readonly each?: boolean;
  /** The day the reminder is sent (1900 serial): after the deadline the wording says it has passed. */
  readonly asOf?: number;
  readonly locale?: Locale;
}

/**
 * A ready-to-send reminder (催交) for the units on the request that have not returned everything
 * it asks for: exactly what each lacks, the deadline and how to send. No placeholders are left: a
 * request without a deadline says 「按通知要求的时间」.
 */
export function reminderText(
  result: MergeResult,
  request: CollectionRequest,
  schemas: readonly AnnexSchema[],
  options: ReminderOptions = {},
): string {
  const locale = options.locale ?? "zh-CN";
  const sep = text(locale, "list.separator");
  const lacking = request.units
    .map((unit) => {
      const status = result.status.find((s) => s.unit === unit);
      const missing = request.annexes.filter(
        (id) => !status || status.missing.includes(id) || !status.annexes[id]?.rows,
      );
      return { unit, missing };
    })
    .filter((u) => u.missing.length > 0);
  if (!lacking.length) return text(locale, "remind.none", { title: request.title });
  const label = (id: string) => {
    const s = schemas.find((x) => x.id === id);
    return s ? annexLabel(s, locale) : id;
  };
  const deadline =
    request.deadline === undefined ? text(locale, "remind.no-deadline") : dateText(request.deadline, locale);
  const late = request.deadline !== undefined && options.asOf !== undefined && options.asOf > request.deadline;
  const how = request.howToSend ? [text(locale, "remind.how", { how: request.howToSend })] : [];
  if (options.each)
    return lacking
      .map((u) =>
        [
          text(locale, late ? "remind.unit-late" : "remind.unit", {
            unit: u.unit,
            title: request.title,
            annexes: u.missing.map(label).join(sep),
            deadline,
          }),
          ...how,
        ].join("\n"),
      )
      .join("\n\n");
  return [
    text(locale, late ? "remind.all-late" : "remind.all", { title: request.title, deadline }),
    ...lacking.map((u) => text(locale, "remind.line", { unit: u.unit, annexes: u.missing.map(label).join(sep) })),
    ...how,
  ].join("\n");
}

/** 2023年3月31日 / 31 March 2023. */
export function dateText(serial: number, locale: Locale): string {
  const { y, m, d } = serialToYmd(serial);
  if (locale === "zh-CN") return `${y}年${m}月${d}日`;
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${d} ${months[m - 1]} ${y}`;
}
