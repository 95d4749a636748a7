import { readFileSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { parseDate } from "../core/dates/parse-date";
import { readRequest, type CollectionRequest, type RequestInput } from "../core/request/request";
import { decodeText } from "../hosts/file/csv";
import { parseRoster } from "../core/roster/roster";
import { AnnexRegistry } from "../core/schema/registry";
import { render } from "../core/i18n/text";
import type { AnnexSchema } from "../core/schema/types";
import { UsageError } from "./args";

export { collectInputs, InputError, type FoundInput } from "./read/inputs";

export { readEach } from "./read/read-each";

export function loadRoster(path: string | undefined): string[] | undefined {
  if (path === undefined) return undefined;
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UsageError(`找不到单位名单文件：${path}（名单是文本文件，每行一个单位）`);
  }
  const roster = parseRoster(decodeText(bytes));
  if (roster.length === 0) throw new UsageError(`单位名单 ${path} 是空的：请每行写一个单位名称`);
  return roster;
}

export function listFlag(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean);
}

/** An annex named on the command line: 1-5, 附件2 or an id such as talks. */
export function resolveAnnex(forms: AnnexRegistry, ref: string): AnnexSchema {
  const s = forms.find(ref);
  if (!s) {
    const numbers = forms.all().map((x) => x.number);
    const ids = forms.all().map((x) => x.id);
    throw new UsageError(`没有附件「${ref}」：可用 ${numbers.join("、")} 或 ${ids.join("、")}`);
  }
  return s;
}

/**
 * The forms: the plan's five, plus any given as data with --forms (a JSON file holding one form
 * definition or a list of them; see CONTRIBUTING.md, "Adding a form").
 */
export function loadForms(path: string | undefined): AnnexRegistry {
  const forms = new AnnexRegistry();
  if (path === undefined) return forms;
  let data: unknown;
  try {
    data = JSON.parse(decodeText(readFileSync(path)));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "找不到这个文件" : "不是有效的 JSON";
    throw new UsageError(`无法读取表格定义 ${path}：${why}`);
  }
  for (const form of Array.isArray(data) ? data : [data]) {
    const problems = forms.add(form);
    if (problems.length)
      throw new UsageError(`表格定义 ${path} 不能使用：${problems.map((p) => render(p)).join("；")}`);
  }
  return forms;
}

/**
 * The request (征集任务) from a JSON file: {"title", "annexes": [2, 3], "units": [...] or "roster":
 * "单位名单.txt" (next to the file), "deadline": "2023-03-31", "howToSend": "…"}.
 */
export function loadRequest(path: string | undefined, forms: AnnexRegistry): CollectionRequest | undefined {
  if (path === undefined) return undefined;
  let data: RequestInput & { roster?: unknown };
  try {
    data = JSON.parse(decodeText(readFileSync(path)));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "找不到这个文件" : "不是有效的 JSON";
    throw new UsageError(`无法读取收集任务 ${path}：${why}`);
  }
  const units = typeof data.roster === "string" ? loadRoster(resolvePath(dirname(path), data.roster)) : undefined;
  const { request, problems } = readRequest(data, forms, units);
  if (!request) throw new UsageError(`收集任务 ${path} 不能使用：${problems.map((p) => render(p)).join("；")}`);
  return request;
}

/** A date given on the command line (--as-of 2023-04-01), as a 1900 serial. */
export function dateFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  if (!d || !d.ok) throw new UsageError(`${flag} 的日期「${value}」无法识别：请写成 2023-04-01`);
  return d.serial;
}
