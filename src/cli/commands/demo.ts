import { windowsText } from "../../core/text/windows-text";
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { collectFile, summaryFile } from "../../app/merge-returns";
import { mergeCollected } from "../../core/merge/merge";
import { demoReturns } from "../../app/demo/samples";
import { buildTemplates } from "../../core/template/build-template";
import { writeSheetsAs } from "../../hosts/file/write-sheets";
import { checkFlags, folderFlag } from "../args";
import { fileHost } from "../host";
import { collectInputs, loadRequest, readEach } from "../io";
import { reminderText } from "../../core/request/reminders";
import { writeCorrections } from "../corrections";
import type { Command } from "../output";
import { writeFileAtomic } from "../write-file";
import { printStatus } from "./merge";

/** The demo's round: the four collected annexes, due on 20 February 2023 (the last two returns are late). */
const DEMO_REQUEST = {
  title: "学习宣传贯彻党的二十大精神 第一阶段报送",
  annexes: [2, 3, 4, 5],
  roster: "单位名单.txt",
  deadline: "2023年2月20日",
  howToSend: "发送至局办公室邮箱，或通过 OA 系统报送",
};

/** Writes sample returns of a built-in roster, merges them and prints the return status. */
export const demoCommand: Command = async (args, { out, forms }) => {
  checkFlags(args, ["--output"]);
  const dir = resolve(folderFlag(args, "--output", "演示的模板、报送文件和汇总表") ?? "huibiao-demo");
  const returnsDir = join(dir, "回收文件");
  rmSync(returnsDir, { recursive: true, force: true });
  mkdirSync(returnsDir, { recursive: true });
  const { roster, files, corrupt } = demoReturns();
  writeFileSync(join(dir, "模板.xlsx"), fileHost.write(buildTemplates(forms.all())));
  writeFileSync(join(dir, "单位名单.txt"), roster.join("\n") + "\n");
  // The round as a coordinator states it once: what, from whom, by when, how to send.
  const requestPath = join(dir, "收集任务.json");
  writeFileSync(requestPath, JSON.stringify(DEMO_REQUEST, null, 2) + "\n");
  for (const f of files) {
    const path = join(returnsDir, f.name);
    writeFileSync(path, writeSheetsAs(f.sheets, f.format, f.savedAt));
    utimesSync(path, f.savedAt, f.savedAt);
  }
  writeFileSync(join(returnsDir, corrupt.name), corrupt.bytes);
  out.log(`示例数据：${dir}`);
  out.log(
    `  模板.xlsx（五个附件的空白模板）、单位名单.txt（${roster.length} 个单位）、收集任务.json（附件2-5，${DEMO_REQUEST.deadline}截止）、回收文件/（${files.length + 1} 份报送）`,
  );
  out.log("  报送中有意放入了常见问题：");
  for (const f of files.filter((x) => x.note)) out.log(`    · ${f.name}：${f.note}`);
  out.log(`    · ${corrupt.name}：不是表格文件`);
  out.log("");
  const output = join(dir, "汇总.xlsx");
  const request = loadRequest(requestPath, forms)!;
  const options = { schemas: forms.all(), roster: request.units, expect: request.annexes, deadline: request.deadline };
  const collected = await readEach(collectInputs([returnsDir]), (f) => collectFile(f, fileHost.read, options));
  const result = mergeCollected(collected, options);
  writeFileAtomic(output, summaryFile(result, fileHost));
  printStatus(result, output, out);
  out.log("");
  // The reminder for the units that have not returned everything, ready to paste.
  const reminder = reminderText(result, request, forms.all(), { asOf: request.deadline });
  const reminderPath = join(dir, "催交通知.txt");
  writeFileAtomic(reminderPath, windowsText(reminder));
  out.log(`催交通知（${reminderPath}）：`);
  for (const line of reminder.split("\n")) out.log(`  ${line}`);
  out.log("");
  // The units whose returns have errors get their own sheets back, the cells marked.
  const correctionsDir = join(dir, "退回修改");
  rmSync(correctionsDir, { recursive: true, force: true });
  const corrected = await writeCorrections(result, collectInputs([returnsDir]), correctionsDir);
  out.log(
    `退回修改（${correctionsDir}）：${corrected.map((u) => `${u}-退回修改.xlsx`).join("、")}，以及可粘贴的 退回修改清单.txt`,
  );
  out.log("");
  out.log(
    `下一步：用 WPS 或 Excel 打开 ${output} 查看「汇总概况」；或运行 npx huibiao validate "${join(returnsDir, files[0].name)}" 查看单个文件的问题。`,
  );
  return 0;
};
