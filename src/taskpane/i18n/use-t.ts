import { createContext, useCallback, useContext } from "react";
import type { Locale } from "../../core/i18n/messages";
import { format, UI_STRINGS, type StringKey } from "./strings";

export const LocaleContext = createContext<{ locale: Locale; setLocale(l: Locale): void }>({
  locale: "zh-CN",
  setLocale: () => undefined,
});

export function useLocale() {
  return useContext(LocaleContext);
}

/** t("mergeDone", {units: 3}) in the pane's current language. */
export function useT(): (key: StringKey, params?: Readonly<Record<string, string | number>>) => string {
  const { locale } = useContext(LocaleContext);
  return useCallback((key, params) => format(UI_STRINGS[locale][key], params), [locale]);
}
