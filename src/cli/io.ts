import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { WORKBOOK_EXTENSIONS, type InputFile } from "../hosts/files";
import { decodeText } from "../hosts/file/csv";
import { parseRoster } from "../core/roster/roster";
import { builtinRegistry } from "../core/schema/registry";
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
export function resolveAnnex(ref: string): AnnexSchema {
  const s = builtinRegistry.find(ref);
  if (!s)
    throw new UsageError(
      `没有附件「${ref}」：可用 1-5 或 ${builtinRegistry
        .all()
        .map((x) => x.id)
        .join("、")}`,
    );
  return s;
}
