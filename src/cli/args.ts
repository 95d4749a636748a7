import { statSync } from "node:fs";
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
  "--lang",
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

/** Names a workbook we write must not be given: Excel and WPS would refuse it, or open it as text. */
const NOT_XLSX = /\.(xls|xlsm|xlsb|xlt|xltx|xltm|ods|et|ett|csv|txt|json|doc|docx|wps|pdf|zip)$/i;

/**
 * The -o of a command that writes an .xlsx workbook. A name without .xlsx gets it (汇总2023.2.15 →
 * 汇总2023.2.15.xlsx), as Excel's Save As gives it; a name with another kind's extension (汇总.xls,
 * 汇总.csv) is refused: the workbook saved under it would not open, or open as garbage. A folder is
 * left as it is (writing to it then says it is a folder).
 */
export function xlsxOutput(args: Args): string | undefined {
  const path = stringFlag(args, "--output");
  if (path === undefined || /\.xlsx$/i.test(path) || /[\\/]$/.test(path) || isFolder(path)) return path;
  const other = NOT_XLSX.exec(path);
  if (other)
    throw new UsageError(
      `-o ${path}：huibiao 写出的是 .xlsx 工作簿，文件名不能以 ${other[0]} 结尾（WPS、Excel 会按扩展名打开而报错）。请改为 -o ${path.slice(0, other.index)}.xlsx`,
    );
  return `${path}.xlsx`;
}

/**
 * The -o of `remind`, which writes plain text: a name without .txt (or .md) gets .txt, so that it
 * opens with a double click; a workbook's or a document's extension is refused, as for xlsxOutput.
 */
export function textOutput(args: Args): string | undefined {
  const path = stringFlag(args, "--output");
  if (path === undefined || /\.(txt|md)$/i.test(path) || /[\\/]$/.test(path) || isFolder(path)) return path;
  const other = NOT_XLSX.exec(path) ?? /\.xlsx$/i.exec(path);
  if (other)
    throw new UsageError(
      `-o ${path}：催交通知是纯文本，文件名不能以 ${other[0]} 结尾（打开时会报错或乱码）。请改为 -o ${path.slice(0, other.index)}.txt`,
    );
  return `${path}.txt`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
