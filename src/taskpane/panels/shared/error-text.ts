import { render, text, TextError, type Locale } from "../../../core/i18n/text";

/** Office.js error codes a coordinator may meet, explained (with what to do) in the catalogs. */
const OFFICE_CODES = [
  "ItemNotFound",
  "AccessDenied",
  "InvalidOperation",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ApiNotFound",
] as const;

/** The message for an error in the pane's language: Office.js codes explained, ours from the catalogs. */
export function errorText(e: unknown, locale: Locale = "zh-CN"): string {
  if (e instanceof TextError) return render(e.ref, locale);
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const known = OFFICE_CODES.find((c) => c === code);
  if (known) return text(locale, "office.with-code", { text: text(locale, `office.${known}`), code });
  return e instanceof Error ? e.message : String(e);
}
