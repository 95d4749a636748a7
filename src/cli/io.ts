import { readFileSync } from "node:fs";
import { basename, dirname, resolve as resolvePath } from "node:path";
import { parseDate } from "../core/dates/parse-date";
import { readRequest, type CollectionRequest, type RequestInput } from "../core/request/request";
import { decodeText } from "../hosts/file/csv";
import { textSheet } from "../core/roster/roster";
import { rosterOfSheets } from "../core/roster/roster-file";
import type { SheetData } from "../core/sheet/types";
import { NEEDS_SHEETJS, readFile } from "./read/worker";
import { AnnexRegistry } from "../core/schema/registry";
import { render } from "../core/i18n/text";
import type { AnnexSchema } from "../core/schema/types";
import { stringFlag, UsageError, type Args } from "./args";
import { readJsonFile } from "./json-file";
import { collectInputs, openArchives, type FoundInput } from "./read/inputs";
import { loadSevenZip } from "./read/seven-zip";

export { collectInputs, InputError, type FoundInput } from "./read/inputs";

/**
 * The returns among the files and folders given, without the coordinator's own files that may sit
 * among them: the roster, the request and the forms named by --roster, --request and --forms (and
 * the roster the request names). They are the coordinator's, never a unit's return. A .rar or .7z
 * among them gives the returns it holds, as a .zip does.
 */
export async function returnsGiven(args: Args): Promise<FoundInput[]> {
  const request = stringFlag(args, "--request");
  const named = [
    stringFlag(args, "--roster"),
    request,
    request && requestRosterPath(request),
    stringFlag(args, "--forms"),
  ];
  const own = new Set(named.filter(Boolean).map((p) => resolvePath(p!)));
  const found = await inputsGiven(args.positionals);
  return own.size
    ? found.filter((f) => {
        const where = f.path ?? f.at;
        return where === undefined || !own.has(resolvePath(where));
      })
    : found;
}

/**
 * The files and folders given, each archive among them (.zip, .rar, .7z, and one inside one)
 * replaced by the files it holds: what every command that reads returns or forms reads.
 */
export async function inputsGiven(paths: readonly string[]): Promise<FoundInput[]> {
  return openArchives(collectInputs(paths), loadSevenZip);
}

/** The roster file a request names (its "roster" field), resolved from the request's folder. */
function requestRosterPath(path: string): string | undefined {
  try {
    const data = readJsonFile(path, "收集任务") as { roster?: unknown } | null;
    return typeof data?.roster === "string" ? resolvePath(dirname(path), data.roster) : undefined;
  } catch {
    return undefined; // loadRequest says what is wrong with the request
  }
}

export { readEach } from "./read/read-each";

/**
 * The roster named by --roster or a request: a text file (one unit a line, UTF-8 or GBK), or a
 * roster kept as a spreadsheet (the units in a column, perhaps with 序号 beside them) or as a table
 * in a Word document. Last round's summary gives the units of its overview; a return or a template
 * given instead is said to be one (core/roster/roster-file.ts), rather than read as units nobody
 * has heard of.
 */
export function loadRoster(path: string | undefined, forms: AnnexRegistry): string[] | undefined {
  if (path === undefined) return undefined;
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UsageError(`找不到单位名单文件：${path}（名单是文本文件，每行一个单位）`);
  }
  const sheets = WORKBOOK.test(path) || packaged(bytes) ? workbookSheets(path) : [textSheet(decodeText(bytes))];
  const roster = rosterOfSheets(sheets, forms.all(), `单位名单「${path}」`);
  if ("why" in roster) throw new UsageError(render(roster.why));
  if (roster.units.length === 0) throw new UsageError(`单位名单 ${path} 是空的：请每行写一个单位名称`);
  return roster.units;
}

const WORKBOOK = /\.(xlsx|xlsm|xls|et|ods|fods|csv|docx|doc|wps)$/i;

/** A zip package or a compound file, whatever its name: never read as lines of text. */
function packaged(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11);
}

/** The sheets of a roster kept as a workbook or a Word table (the coordinator's own file: read in this process). */
function workbookSheets(path: string): readonly SheetData[] {
  const answer = readFile(path, basename(path), true);
  if (answer === NEEDS_SHEETJS || !answer.ok)
    throw new UsageError(
      `无法读取单位名单 ${path}${answer !== NEEDS_SHEETJS ? `：${render(answer.why)}` : ""}（可以改用文本文件，每行一个单位）`,
    );
  return answer.sheets;
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
  const data = readJsonFile(path, "表格定义");
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
  const data = readJsonFile(path, "收集任务") as RequestInput & { roster?: unknown };
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new UsageError(
      `收集任务 ${path} 不能使用：内容应是用 { } 括起的一组设置，例如 {"title": "第一季度报送", "annexes": [2, 3], "roster": "单位名单.txt"}`,
    );
  const units =
    typeof data.roster === "string" ? loadRoster(resolvePath(dirname(path), data.roster), forms) : undefined;
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
