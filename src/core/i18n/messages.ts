import { en } from "./en";
import { zhCN, type Catalog, type MessageKey } from "./zh-CN";

export type Locale = "zh-CN" | "en";

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { "zh-CN": zhCN, en };

/** Renders a catalog message; an unknown key renders as the key itself rather than failing. */
export function renderMessage(
  key: string,
  params: Readonly<Record<string, string | number>>,
  locale: Locale = "zh-CN",
): string {
  const template = (CATALOGS[locale] as Record<string, string>)[key] ?? (zhCN as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey };
