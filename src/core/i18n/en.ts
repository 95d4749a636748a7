/**
 * The English catalog, apart from text.ts so that the task pane downloads it only when English is
 * chosen (see src/taskpane/i18n/load-locale.ts); the CLI and the tests add it at start.
 */
import { enEngine } from "./catalog/en.engine";
import { enOutputs } from "./catalog/en.outputs";
import { enPane } from "./catalog/en.pane";
import type { Catalog, Placeholders, Zh } from "./text";

export const EN = { ...enEngine, ...enOutputs, ...enPane };

// ----- compile-time checks: English has every key of Chinese, each with the same placeholders -----
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatched<Z extends Record<string, string>, T extends Record<keyof Z, string>> = {
  [K in keyof Z]: Same<Placeholders<Z[K]>, Placeholders<T[K]>> extends true ? never : K;
}[keyof Z];
/** Each key named here has placeholders in English that differ from zh-CN's (the list must be empty). */
const placeholdersDiffer: Record<Mismatched<Zh, typeof EN>, never> = {};
void placeholdersDiffer;
const complete: Catalog = EN;
void complete;
