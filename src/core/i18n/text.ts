/**
 * One catalog per locale (zh-CN first, en), one interpolator. A message is a template with
 * `{name}` placeholders; the types below (and in en.ts) make a missing key, an extra key or a
 * placeholder that differs between the languages a compile error, and give each key the
 * parameters it needs. Chinese is always here; English is added by whoever uses it (en.ts: the
 * CLI and tests at start, the pane only when English is chosen, so the pane's first download
 * does not carry it).
 */
import { zhCNEngine } from "./catalog/zh-CN.engine";
import { zhCNOutputs } from "./catalog/zh-CN.outputs";
import { zhCNPane } from "./catalog/zh-CN.pane";

export type Locale = "zh-CN" | "en";

/** The names of a template's `{placeholders}`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

type ZhEngine = typeof zhCNEngine;
type ZhOutputs = typeof zhCNOutputs;
type ZhPane = typeof zhCNPane;

const ZH = { ...zhCNEngine, ...zhCNOutputs, ...zhCNPane };
/** The reference catalog's type: each key's zh-CN template as a literal. */
export type Zh = typeof ZH;
export type MessageKey = keyof Zh;
/** A key's zh-CN template, as a literal type (its placeholders are the key's parameters). */
export type TemplateOf<K extends MessageKey> = Zh[K];
export type Catalog = { readonly [K in MessageKey]: string };

const catalogs: Partial<Record<Locale, Catalog>> = { "zh-CN": ZH };

/** Makes a locale's messages available (English: `addCatalog("en", EN)` with EN from en.ts). */
export function addCatalog(locale: Locale, catalog: Catalog): void {
  catalogs[locale] = catalog;
}

export function hasCatalog(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/**
 * A locale's messages. A locale whose catalog was never added reads in Chinese, the reference
 * every key has (a pane whose English failed to download still says everything).
 */
export function catalog(locale: Locale): Catalog {
  return catalogs[locale] ?? ZH;
}

/** The parameters a message takes. */
export type ParamsOf<K extends MessageKey> = { readonly [P in Placeholders<Zh[K]>]: string | number };
/** Arguments after the key: the parameters, optional for a message without placeholders. */
export type ArgsOf<K extends MessageKey> = [Placeholders<Zh[K]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: ParamsOf<K>];

/** A message as data (a reason for a rejected file, a problem with a form): rendered in any locale. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export function ref<K extends MessageKey>(key: K, ...[params]: ArgsOf<K>): MessageRef {
  return { key, params: params ?? {} };
}

/** Fills a template's `{name}` placeholders; a name without a value stays visible. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message in a locale. */
export function text<K extends MessageKey>(locale: Locale, key: K, ...[params]: ArgsOf<K>): string {
  return interpolate(catalog(locale)[key], params ?? {});
}

/** A message given as data, in a locale. */
export function render(message: MessageRef, locale: Locale = "zh-CN"): string {
  return interpolate(catalog(locale)[message.key], message.params);
}

/** An error whose message comes from the catalogs: shown in the reader's language where it is caught. */
export class TextError extends Error {
  constructor(readonly ref: MessageRef) {
    super(render(ref));
    this.name = "TextError";
  }
}

// ----- compile-time checks of the catalogs (English's placeholders: see en.ts) -----
/** Each key named here is in two of the catalog's parts (the list must be empty). */
const keysOverlap: Record<
  (keyof ZhEngine & keyof ZhPane) | (keyof ZhEngine & keyof ZhOutputs) | (keyof ZhOutputs & keyof ZhPane),
  never
> = {};
void keysOverlap;
