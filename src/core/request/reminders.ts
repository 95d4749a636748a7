import { serialToYmd } from "../dates/serial";
import { text, type Locale } from "../i18n/text";
import type { MergeResult } from "../merge/merge";
import { unmergedFrom } from "../merge/returns";
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
 * The units on the request that lack something it asks for, each with the annexes it lacks (request
 * order) and the files it sent that could not be merged.
 */
export function lackingUnits(
  result: MergeResult,
  request: Pick<CollectionRequest, "units" | "annexes">,
): { unit: string; missing: string[]; unread: string[] }[] {
  return request.units
    .map((unit) => {
      const status = result.status.find((s) => s.unit === unit);
      const missing = request.annexes.filter(
        (id) => !status || status.missing.includes(id) || !status.annexes[id]?.rows,
      );
      // What the unit did send that could not be merged (法规科.pdf): so it knows why it is asked again.
      const unread = unmergedFrom(result.rejected, unit).map((r) => r.file);
      return { unit, missing, unread };
    })
    .filter((u) => u.missing.length > 0);
}

/**
 * A ready-to-send reminder (催交) for the units on the request that have not returned everything
 * it asks for: exactly what each lacks, the deadline and how to send. No placeholders are left: a
 * request without a deadline asks for the time the notice set (「请按通知要求的时间报送」).
 */
export function reminderText(
  result: MergeResult,
  request: CollectionRequest,
  schemas: readonly AnnexSchema[],
  options: ReminderOptions = {},
): string {
  const locale = options.locale ?? "zh-CN";
  const sep = text(locale, "list.separator");
  const lacking = lackingUnits(result, request);
  if (!lacking.length) return text(locale, "remind.none", { title: request.title });
  const label = (id: string) => {
    const s = schemas.find((x) => x.id === id);
    return s ? annexLabel(s, locale) : id;
  };
  const open = request.deadline === undefined;
  const deadline = open ? "" : dateText(request.deadline!, locale);
  const late = !open && options.asOf !== undefined && options.asOf > request.deadline!;
  // Without a deadline the wording refers to the notice (「请按通知要求的时间报送」), no date left blank.
  const unitKey = open ? "remind.unit-open" : late ? "remind.unit-late" : "remind.unit";
  const allKey = open ? "remind.all-open" : late ? "remind.all-late" : "remind.all";
  const how = request.howToSend ? [text(locale, "remind.how", { how: request.howToSend })] : [];
  const unread = (u: { unread: readonly string[] }) =>
    u.unread.length ? text(locale, "remind.unread", { files: u.unread.join(sep) }) : "";
  if (options.each)
    return lacking
      .map((u) =>
        [
          text(locale, unitKey, {
            unit: u.unit,
            title: request.title,
            annexes: u.missing.map(label).join(sep),
            deadline,
          }) + unread(u),
          ...how,
        ].join("\n"),
      )
      .join("\n\n");
  return [
    text(locale, allKey, { title: request.title, deadline }),
    ...lacking.map(
      (u) => text(locale, "remind.line", { unit: u.unit, annexes: u.missing.map(label).join(sep) }) + unread(u),
    ),
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
