import { createContext, useCallback, useContext } from "react";
import { text, type ArgsOf, type Locale, type MessageKey } from "../../core/i18n/text";

export interface LocaleValue {
  readonly locale: Locale;
  setLocale(l: Locale): void;
  /** A language chosen whose messages could not be downloaded (the pane stays in `locale`). */
  readonly failed?: Locale;
}

export const LocaleContext = createContext<LocaleValue>({
  locale: "zh-CN",
  setLocale: () => undefined,
});

export function useLocale() {
  return useContext(LocaleContext);
}

/** The pane's translator: t("mergeDone", {units: 3}) in the current language (one catalog with the engine's). */
export type Translate = <K extends MessageKey>(key: K, ...args: ArgsOf<K>) => string;

export function useT(): Translate {
  const { locale } = useContext(LocaleContext);
  return useCallback(<K extends MessageKey>(key: K, ...args: ArgsOf<K>) => text(locale, key, ...args), [locale]);
}
