import { useCallback, useEffect, useMemo, useState } from "react";
import { hasCatalog, type Locale } from "../../core/i18n/text";
import { loadLocale } from "./load-locale";

/** Where the language last chosen is kept (the browser's storage). */
export const LOCALE_KEY = "huibiao.locale";

type Store = Pick<Storage, "getItem" | "setItem">;

/**
 * The pane's language: the one asked for (the address's ?lang=en), else the one last chosen, else
 * Chinese. A language is shown once its messages are here: English is downloaded the first time
 * it is wanted, the pane staying in the language it is in meanwhile (and if the download fails:
 * choosing it again tries again).
 */
export function useLocaleState(initialLocale: Locale | undefined, storage: Store | undefined) {
  const [wanted] = useState<Locale>(() => initialLocale ?? (storage?.getItem(LOCALE_KEY) === "en" ? "en" : "zh-CN"));
  const [locale, setShown] = useState<Locale>(() => (hasCatalog(wanted) ? wanted : "zh-CN"));
  const show = useCallback((l: Locale) => {
    loadLocale(l).then(
      () => setShown(l),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    if (!hasCatalog(wanted)) show(wanted);
  }, [wanted, show]);
  const setLocale = useCallback(
    (l: Locale) => {
      storage?.setItem(LOCALE_KEY, l);
      show(l);
    },
    [storage, show],
  );
  return useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
}
