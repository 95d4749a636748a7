import { text, type Locale } from "../i18n/text";
import type { AnnexSchema } from "./types";

/** 「附件2 大谈话统计表」: how an annex is named to people. */
export function annexLabel(schema: Pick<AnnexSchema, "number" | "shortName">, locale: Locale = "zh-CN"): string {
  return text(locale, "annex.label", { number: schema.number, name: schema.shortName });
}

/** 「附件2」. */
export function annexNumber(schema: Pick<AnnexSchema, "number">, locale: Locale = "zh-CN"): string {
  return text(locale, "annex.number", { number: schema.number });
}

/** Several annexes' numbers as one phrase: 附件4、附件5. */
export function annexNumbers(schemas: readonly Pick<AnnexSchema, "number">[], locale: Locale = "zh-CN"): string {
  return schemas.map((s) => annexNumber(s, locale)).join(text(locale, "list.separator"));
}
