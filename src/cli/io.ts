import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { WORKBOOK_EXTENSIONS, type InputFile } from "../hosts/files";
import { decodeText } from "../hosts/file/csv";
import { parseRoster } from "../core/roster/roster";
import { AnnexRegistry } from "../core/schema/registry";
import { render } from "../core/i18n/text";
import type { AnnexSchema } from "../core/schema/types";
import { UsageError } from "./args";

/** A path given on the command line that does not exist or cannot be opened. */
export class InputError extends Error {}

/**
 * The files to read: files as given, directories searched recursively for workbook files
 * (Office lock files ~$… and hidden files skipped), in a stable order.
 */
export function collectInputs(paths: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`找不到文件或文件夹：${p}`);
    }
    if (st.isDirectory()) {
      const found = walk(p).sort();
      for (const f of found) out.push(load(f, relative(p, f) || basename(f)));
    } else out.push(load(p, basename(p)));
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if ((WORKBOOK_EXTENSIONS as readonly string[]).some((e) => entry.name.toLowerCase().endsWith(e)))
      out.push(full);
  }
  return out;
}

function load(path: string, name: string): InputFile {
  try {
    return { name, bytes: readFileSync(path), modifiedAt: statSync(path).mtimeMs };
  } catch (e) {
    throw new InputError(`无法打开 ${path}：${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

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
