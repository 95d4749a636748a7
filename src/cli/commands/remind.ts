import { windowsText } from "../../core/text/windows-text";
import { collectFile } from "../../app/merge-returns";
import { mergeCollected } from "../../core/merge/merge";
import { serialOf } from "../../core/request/request";
import { reminderText } from "../../core/request/reminders";
import { checkFlags, stringFlag, textOutput, UsageError } from "../args";
import { fileHost } from "../host";
import { dateFlag, loadRequest, readEach, returnsGiven } from "../io";
import type { Command } from "../output";
import { progressReporter } from "../progress";
import { writeFileAtomic } from "../write-file";
import { mergeOptions } from "./merge";

/**
 * 催交: reads the returns, and prints (and with -o writes) the reminder for the units on the
 * request that have not returned everything it asks for.
 */
export const remindCommand: Command = async (args, { out, forms }) => {
  checkFlags(args, ["--request", "--output", "--each", "--as-of", "--roster", "--expect"]);
  const output = textOutput(args, "催交通知.txt");
  const request = loadRequest(stringFlag(args, "--request"), forms);
  if (!request)
    throw new UsageError("请用 --request 指定收集任务，例如：huibiao remind 回收文件夹 --request 收集任务.json");
  if (args.positionals.length === 0) throw new UsageError("请给出已收到的文件或文件夹（可以是空文件夹）");
  const options = mergeOptions(args, forms);
  const collected = await readEach(
    await returnsGiven(args),
    (f) => collectFile(f, fileHost.read, options),
    progressReporter("读取"),
  );
  const result = mergeCollected(collected, options);
  const asOf = dateFlag(stringFlag(args, "--as-of"), "--as-of") ?? serialOf(Date.now());
  const text = reminderText(
    result,
    { ...request, units: options.roster ?? request.units, annexes: options.expect ?? request.annexes },
    forms.all(),
    { each: args.flags.has("--each"), asOf },
  );
  out.log(text);
  if (output) writeFileAtomic(output, windowsText(text));
  return 0;
};
