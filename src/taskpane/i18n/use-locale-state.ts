import { useCallback, useEffect, useMemo, useState } from "react";
import { hasCatalog, type Locale } from "../../core/i18n/text";
import { loadLocale } from "./load-locale";

/** Where the language last chosen is kept (the browser's storage). */
export const LOCALE_KEY = "huibiao.locale";

type Store = Pick<Storage, "getItem" | "setItem">;

/**
 * The pane's language: the one asked for (the address's ?lang=en), else the one last chosen, else
 * Chinese. A language is shown once its messages are here: English is downloaded the first time
 * it is wanted, the pane staying in the language it is in meanwhile. If the download fails (en.js
 * missing where the pane is served, the connection dropped), `failed` names the language for the
 * pane to say so; choosing it again tries again.
 */
export function useLocaleState(
  initialLocale: Locale | undefined,
  storage: Store | undefined,
  load: (l: Locale) => Promise<void> = loadLocale,
) {
  const [wanted] = useState<Locale>(() => initialLocale ?? (storage?.getItem(LOCALE_KEY) === "en" ? "en" : "zh-CN"));
  const [locale, setShown] = useState<Locale>(() => (hasCatalog(wanted) ? wanted : "zh-CN"));
  const [failed, setFailed] = useState<Locale | undefined>(undefined);
  const show = useCallback(
    (l: Locale) => {
      load(l).then(
        () => {
          setFailed(undefined);
          setShown(l);
        },
        () => setFailed(l),
      );
    },
    [load],
  );
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
  return useMemo(() => ({ locale, setLocale, failed }), [locale, setLocale, failed]);
}
