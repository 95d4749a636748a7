import { writeFileSync } from "node:fs";
import { mergeReturns } from "../../app/merge-returns";
import type { MergeResult } from "../../core/merge/merge";
import { UNKNOWN_UNIT } from "../../core/merge/summary-model";
import { checkFlags, stringFlag, UsageError, type Args } from "../args";
import { fileHost } from "../host";
import { collectInputs, listFlag, loadRoster, resolveAnnex } from "../io";
import type { Output } from "../output";
import { progressReporter } from "../progress";

export function mergeCommand(args: Args, out: Output): number {
  checkFlags(args, ["--output", "--roster", "--json", "--talk-types", "--expect"]);
  const output = stringFlag(args, "--output");
  if (!output) throw new UsageError("请用 -o 指定汇总表，例如：huibiao merge 回收文件夹 -o 汇总.xlsx");
  if (args.positionals.length === 0) throw new UsageError("请给出报送的文件或文件夹");
  const files = collectInputs(args.positionals);
  const roster = loadRoster(stringFlag(args, "--roster"));
  const run = mergeReturns(
    files,
    fileHost,
    {
      roster,
      talkTypes: listFlag(stringFlag(args, "--talk-types")),
      expect: listFlag(stringFlag(args, "--expect"))?.map((ref) => resolveAnnex(ref).id),
    },
    progressReporter("读取"),
  );
  writeFileSync(output, run.bytes);
  if (args.flags.has("--json")) out.log(JSON.stringify(mergeJson(run.result, output), null, 2));
  else printStatus(run.result, output, out);
  return 0;
}

export function mergeJson(result: MergeResult, output: string) {
  return {
    output,
    annexes: Object.fromEntries(result.annexes.map((a) => [a.schema.id, { rows: a.rows.length, units: a.units }])),
    missing: result.missing,
    replaced: result.replaced,
    rejected: result.rejected,
    issues: result.issues.errors + result.issues.warnings,
    errors: result.issues.errors,
    warnings: result.issues.warnings,
  };
}

export function printStatus(result: MergeResult, output: string, out: Output): void {
  out.log(`汇总表：${output}`);
  for (const a of result.annexes)
    out.log(
      `  附件${a.schema.number} ${a.schema.shortName}：${Object.keys(a.units).length} 个单位，${a.rows.length} 行`,
    );
  out.log("");
  out.log("报送情况：");
  for (const s of result.status) {
    const parts = result.annexes
      .filter((a) => s.annexes[a.schema.id])
      .map((a) => [a.schema.id, s.annexes[a.schema.id]] as const)
      .map(([id, a]) => `${label(result, id)} ${a.rows}行${a.errors ? `（错误${a.errors}）` : ""}`);
    const missing = s.missing.length ? `  未报：${s.missing.map((id) => label(result, id)).join("、")}` : "";
    const mark = !s.inRoster ? "?" : s.missing.length ? "✗" : "✓";
    out.log(
      `  ${mark} ${(s.unit || UNKNOWN_UNIT).padEnd(8, "　")} ${parts.join("，") || "—"}${missing}${s.unit && !s.inRoster ? "  （不在名单中）" : ""}`,
    );
  }
  for (const r of result.replaced) out.log(`  ↻ ${r.unit} ${label(result, r.annex)}：「${r.by}」替换了「${r.file}」`);
  for (const r of result.rejected) out.log(`  ✗ 无法汇总「${r.file}」：${r.reason}`);
  out.log("");
  out.log(
    `错误 ${result.issues.errors} 处，提醒 ${result.issues.warnings} 处（在汇总表中标红、标黄，说明见「校验问题」列）`,
  );
}

function label(result: MergeResult, id: string): string {
  const s = result.annexes.find((a) => a.schema.id === id)?.schema;
  return s ? `附件${s.number}` : id;
}
