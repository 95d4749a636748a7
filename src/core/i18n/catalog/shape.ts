import type { zhCNEngine } from "./zh-CN.engine";
import type { zhCNOutputs } from "./zh-CN.outputs";
import type { zhCNPane } from "./zh-CN.pane";

/** What another language must provide: every key of zh-CN, nothing else (zh-CN is the reference). */
export type EngineCatalog = { readonly [K in keyof typeof zhCNEngine]: string };
export type OutputsCatalog = { readonly [K in keyof typeof zhCNOutputs]: string };
export type PaneCatalog = { readonly [K in keyof typeof zhCNPane]: string };
