import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
/** A small argument parser: positionals, `-o X`, `--flag`, `--key value`, `--key=value`. */
export interface Args {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

const VALUED = new Set([
  "-o",
  "--output",
  "--roster",
  "--talk-types",
  "--expect",
  "--forms",
  "--request",
  "--as-of",
  "--per-unit",
  "--corrections",
]);

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const key = eq > 0 ? a.slice(0, eq) : a;
    const name = key === "-o" ? "--output" : key;
    if (eq > 0) flags.set(name, a.slice(eq + 1));
    else if (VALUED.has(key)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${key} 后面需要一个值`);
      flags.set(name, v);
      i++;
    } else flags.set(name, true);
  }
  return { positionals, flags };
}

export function stringFlag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

/** Flags every command takes. */
const COMMON = ["--forms"];

export function checkFlags(args: Args, allowed: readonly string[]): void {
  for (const k of args.flags.keys())
    if (!allowed.includes(k) && !COMMON.includes(k)) throw new UsageError(`不认识的选项 ${k}`);
}

/** Extensions of other kinds of file, which a workbook or a text we write must not be given. */
const OTHER_KINDS = /\.(xlsx|xls|xlsm|xlsb|xlt|xltx|xltm|ods|et|ett|csv|txt|md|json|doc|docx|wps|pdf|zip)$/i;

/**
 * The -o of a command that writes an .xlsx workbook. A name without .xlsx gets it (汇总2023.2.15 →
 * 汇总2023.2.15.xlsx), as Excel's Save As gives it; a name with another kind's extension (汇总.xls,
 * 汇总.csv) is refused: the workbook saved under it would not open, or open as garbage. A folder
 * (输出, 输出/) gets the file under `name` inside it, as a Save As dialog opened on that folder would;
 * a folder that is not there is refused before any work.
 */
export function xlsxOutput(args: Args, name: string): string | undefined {
  return outputOf(args, /\.xlsx$/i, ".xlsx", "huibiao 写出的是 .xlsx 工作簿", name);
}

/** The -o of `remind`, which writes plain text: as xlsxOutput, with .txt (or .md) for .xlsx. */
export function textOutput(args: Args, name: string): string | undefined {
  return outputOf(args, /\.(txt|md)$/i, ".txt", "催交通知是纯文本", name);
}

function outputOf(args: Args, keeps: RegExp, ext: string, what: string, name: string): string | undefined {
  const path = stringFlag(args, "--output");
  if (path === undefined) return undefined;
  if (isFolder(path)) return join(path, name);
  const other = keeps.test(path) ? null : OTHER_KINDS.exec(path);
  if (other)
    throw new UsageError(
      `-o ${path}：${what}，文件名不能以 ${other[0]} 结尾（WPS、Excel 或记事本会按扩展名打开而报错或乱码）。请改为 -o ${path.slice(0, other.index)}${ext}`,
    );
  const folder = /[\\/]$/.test(path) ? path : dirname(path);
  if (!isFolder(folder))
    throw new UsageError(
      existsSync(folder)
        ? `-o ${path}：${folder} 是一个文件，不是文件夹：请写别的位置`
        : `-o ${path}：文件夹 ${folder} 不存在：请先建好这个文件夹，或写别的位置`,
    );
  if (keeps.test(path)) return path;
  return `${path}${ext}`;
}

/**
 * A flag that names a folder to write files into (--corrections, --per-unit, demo's -o): refused,
 * before any work, when it names a file (退回修改 -> 单位名单.txt), since the files cannot go in it.
 */
export function folderFlag(args: Args, name: string, what: string): string | undefined {
  const path = stringFlag(args, name);
  if (path === undefined || isFolder(path) || !existsSync(path)) return path;
  const flag = name === "--output" ? "-o" : name;
  throw new UsageError(`${flag} 后面要写一个文件夹（${what}写在里面），${path} 却是一个文件：请换一个文件夹名`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
