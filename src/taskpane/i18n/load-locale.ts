import { addCatalog, hasCatalog, type Locale } from "../../core/i18n/text";

/**
 * Makes a locale's messages available before anything is shown in it: English is its own chunk,
 * downloaded the first time it is chosen (the pane's first download carries only Chinese). In
 * the pane and in its file worker alike, each of which has its own copy of the catalogs.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (hasCatalog(locale)) return;
  const { EN } = await import(/* webpackChunkName: "en" */ "../../core/i18n/en");
  addCatalog("en", EN);
}
