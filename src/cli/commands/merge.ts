import { realpathSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { collectFile, summaryFile } from "../../app/merge-returns";
import { mergeCollected, type CollectedReturn, type MergeOptions, type MergeResult } from "../../core/merge/merge";
import { NAMED_OF_GROUP, unmergedFrom, unmergedGroups } from "../../core/merge/returns";
import type { AnnexRegistry } from "../../core/schema/registry";
import {
  changesText,
  countedElsewhere,
  stateText,
  nothingAfterText,
  supplementText,
  unitName,
} from "../../core/merge/summary-model";
import { annexLabel, annexNumber, annexNumbers } from "../../core/schema/label";
import { checkFlags, folderFlag, stringFlag, UsageError, xlsxOutput, type Args } from "../args";
import { fileHost } from "../host";
import { text } from "../../core/i18n/text";
import { listFlag, loadRequest, loadRoster, readEach, resolveAnnex, returnsGiven, type FoundInput } from "../io";
import { fileIdOf } from "../read/inputs";
import { oneLine, type Command } from "../output";
import { progressReporter } from "../progress";
import { writeFileAtomic } from "../write-file";
import { writeCorrections } from "../corrections";
import { summaryFileName } from "../../core/request/file-names";

export const mergeCommand: Command = async (args, { out, forms }) => {
  checkFlags(args, ["--output", "--roster", "--json", "--talk-types", "--expect", "--request", "--corrections"]);
  // With a request, the summary may go without -o: named for the round and the day, in the current folder.
  const request = loadRequest(stringFlag(args, "--request"), forms);
  const named = summaryFileName(new Date(), request?.title);
  const output = xlsxOutput(args, named) ?? (request ? named : undefined);
  if (!output) throw new UsageError("请用 -o 指定汇总表，例如：huibiao merge 回收文件夹 -o 汇总.xlsx");
  if (args.positionals.length === 0) throw new UsageError("请给出报送的文件或文件夹");
  const correctionsDir = folderFlag(args, "--corrections", "各单位的退回修改文件");
  const found = await returnsGiven(args);
  const options = mergeOptions(args, forms);
  const collected = await readEach(found, (f) => collectFile(f, fileHost.read, options), progressReporter("读取"));
  const result = mergeCollected(withoutOwnOutput(collected, found, output), options);
  writeFileAtomic(output, summaryFile(result, fileHost));
  const corrected = correctionsDir === undefined ? [] : await writeCorrections(result, found, correctionsDir);
  if (args.flags.has("--json"))
    out.log(JSON.stringify({ ...mergeJson(result, output), corrections: corrected }, null, 2));
  else {
    printStatus(result, output, out);
    if (correctionsDir !== undefined)
      out.log(
        corrected.length
          ? `退回修改：${corrected.length} 个单位（${corrected.join("、")}），见 ${oneLine(correctionsDir)}`
          : "退回修改：没有需要退回的单位",
      );
  }
  return mergedNothing(result) ? 1 : 0;
};

/** What a merge is asked for: the request's units, annexes and deadline, unless a flag says otherwise. */
export function mergeOptions(args: Args, forms: AnnexRegistry): MergeOptions {
  const request = loadRequest(stringFlag(args, "--request"), forms);
  return {
    schemas: forms.all(),
    roster: loadRoster(stringFlag(args, "--roster"), forms) ?? request?.units,
    talkTypes: listFlag(stringFlag(args, "--talk-types")),
    expect: listFlag(stringFlag(args, "--expect"))?.map((ref) => resolveAnnex(forms, ref).id) ?? request?.annexes,
    deadline: request?.deadline,
  };
}

/** No return was merged: every file was rejected, or none held a form (the summary still lists why). */
export function mergedNothing(result: MergeResult): boolean {
  return result.returns.length === 0;
}

/**
 * The inputs without the file the summary will replace, when that file is among them: an earlier
 * summary (by its tag) is left out; anything else is a return, which is never overwritten.
 */
function withoutOwnOutput(
  collected: CollectedReturn[],
  found: readonly FoundInput[],
  output: string,
): CollectedReturn[] {
  // Only a file of the same name, or the same device and inode (a link), is resolved to be sure:
  // resolving every input cost 47 ms for 3,000 files. No summary yet: no input can be it.
  let outputId: string;
  try {
    outputId = fileIdOf(statSync(output));
  } catch {
    return collected;
  }
  const name = basename(output).toLowerCase();
  const i = found.findIndex(
    (f) =>
      f.path !== undefined &&
      (f.fileId === outputId || basename(f.path).toLowerCase() === name) &&
      sameFile(f.path, output),
  );
  if (i < 0) return collected;
  if (collected[i].rejected?.why.key === "merge.own-summary") return collected.filter((_, k) => k !== i);
  throw new UsageError(
    `汇总表不能写在报送文件上：「${oneLine(found[i].name)}」是要汇总的文件之一，请用 -o 另取一个文件名`,
  );
}

/** Whether two paths name the same file (through links, and without case on Windows and macOS). */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const [x, y] = [real(a), real(b)];
  return process.platform === "win32" || process.platform === "darwin" ? x.toLowerCase() === y.toLowerCase() : x === y;
}

export type { FoundInput };

export function mergeJson(result: MergeResult, output: string) {
  return {
    output,
    annexes: Object.fromEntries(result.annexes.map((a) => [a.schema.id, { rows: a.rows.length, units: a.units }])),
    rosterGiven: result.rosterGiven,
    missing: result.missing,
    replaced: result.replaced,
    supplemented: result.supplemented,
    nothingAfter: result.nothingAfter,
    rejected: result.rejected.map((r) => ({
      file: r.file,
      reason: r.reason,
      code: r.why.key,
      ...((r.unit ?? r.sender) ? { unit: r.unit ?? r.sender } : {}),
      ...(r.companion ? { companion: true } : {}),
    })),
    reconciliation: result.reconciliation,
    late: Object.fromEntries(result.status.filter((s) => s.late.length).map((s) => [s.unit, s.late])),
    issues: result.issues.errors + result.issues.warnings,
    errors: result.issues.errors,
    warnings: result.issues.warnings,
  };
}

const MARKS = { returned: "✓", partial: "✗", missing: "✗", unlisted: "?", unknown: "?" } as const;

export function printStatus(result: MergeResult, output: string, out: { log(line: string): void }): void {
  const schemas = result.annexes.map((a) => a.schema);
  const number = (id: string) => {
    const s = schemas.find((x) => x.id === id);
    return s ? annexNumber(s) : id;
  };
  out.log(`汇总表：${oneLine(output)}`);
  for (const a of result.annexes)
    out.log(`  ${annexLabel(a.schema)}：${Object.keys(a.units).length} 个单位，${a.rows.length} 行`);
  out.log("");
  out.log("报送情况：");
  const counted = countedElsewhere(result.returns);
  for (const s of result.status) {
    const parts = result.annexes
      .filter((a) => s.annexes[a.schema.id])
      .map((a) => {
        const t = s.annexes[a.schema.id];
        const counts = [t.errors ? `错误${t.errors}` : "", t.warnings ? `提醒${t.warnings}` : ""].filter(Boolean);
        return `${annexNumber(a.schema)} ${t.rows}行${counts.length ? `（${counts.join("，")}）` : ""}`;
      });
    const lacking = schemas.filter((x) => s.missing.includes(x.id));
    // No annex to name when nothing was read from any return and none was asked for (--expect).
    const missing =
      s.state === "partial" || s.state === "missing"
        ? `  未报${lacking.length ? `：${annexNumbers(lacking)}` : ""}`
        : "";
    const unread = result.rejected.filter((r) => r.unit && r.unit === s.unit).length;
    const sent = unmergedFrom(result.rejected, s.unit).map((r) => `「${oneLine(r.file)}」`);
    const elsewhere = (counted.get(s.unit) ?? []).map(
      (r) => `「${oneLine(r.file)}」的填报单位写的是${oneLine(r.unit)}`,
    );
    const note =
      (s.state === "unlisted"
        ? `  （${stateText(s, schemas)}${s.likely ? `，是「${oneLine(s.likely)}」吗？` : ""}）`
        : "") +
      (s.late.length ? `  逾期报送` : "") +
      (unread ? `  另有 ${unread} 张表无法汇总（见下）` : "") +
      (sent.length ? `  收到的${sent.join("、")}无法汇总（见下）` : "") +
      (elsewhere.length ? `  ${elsewhere.join("；")}，已计入该单位` : "");
    out.log(
      `  ${MARKS[s.state]} ${oneLine(unitName(s.unit)).padEnd(8, "　")} ${parts.join("，") || "—"}${missing}${note}`,
    );
  }
  for (const r of result.replaced)
    out.log(
      `  ↻ ${oneLine(unitName(r.unit))} ${number(r.annex)}：「${oneLine(r.by)}」替换了「${oneLine(r.file)}」${r.changes ? `（${changesText(r.changes)}）` : ""}`,
    );
  for (const r of result.supplemented)
    out.log(`  ＋ ${oneLine(unitName(r.unit))} ${oneLine(supplementText(r, number(r.annex), "zh-CN"))}`);
  for (const r of result.nothingAfter)
    out.log(`  ！ ${oneLine(unitName(r.unit))} ${oneLine(nothingAfterText(r, number(r.annex), "zh-CN"))}`);
  for (const group of unmergedGroups(result.rejected)) {
    const [r] = group;
    const why = `${oneLine(r.reason)}${cliHint(r.why.key, r.why.params)}`;
    if (group.length === 1) out.log(`  ✗ 无法汇总「${oneLine(r.file)}」：${why}`);
    else {
      const named = group.slice(0, NAMED_OF_GROUP).map((x) => `「${oneLine(x.file)}」`);
      out.log(`  ✗ 无法汇总 ${group.length} 个文件${named.join("")}等（全部列在汇总表的「汇总概况」中）：${why}`);
    }
  }
  for (const r of result.rejected) if (r.companion) out.log(`  · 「${oneLine(r.file)}」：${oneLine(r.reason)}`);
  if (!result.rosterGiven && result.status.length)
    out.log("  （没有单位名单：只能列出报送了的单位，无法判断谁未报；用 --roster 名单.txt 或 --request 给出名单）");
  out.log("");
  out.log(text("zh-CN", "summary.reconciliation", result.reconciliation));
  if (mergedNothing(result)) out.log("没有汇总到任何报送：以上文件都无法汇总，原因见各行。");
  out.log(
    `错误 ${result.issues.errors} 处，提醒 ${result.issues.warnings} 处（在汇总表中标红、标黄，说明见「校验问题」列；整张表的问题见「汇总概况」的「说明」列）`,
  );
}

/** What the command line adds to a reason: the flag that does what the reason asks. */
function cliHint(key: string, params: Readonly<Record<string, string | number>>): string {
  return key === "merge.only-uncollected" ? `；如确需汇总，请用 --expect ${params.number}` : "";
}
