import { writeFileSync } from "node:fs";
import { builtinRegistry } from "../../core/schema/registry";
import { buildTemplates, sheetNameFor } from "../../core/template/build-template";
import { checkFlags, stringFlag, UsageError, type Args } from "../args";
import { fileHost } from "../host";
import { listFlag } from "../io";
import type { Output } from "../main";

export function templateCommand(args: Args, out: Output): number {
  checkFlags(args, ["--output", "--talk-types"]);
  const file = stringFlag(args, "--output");
  if (!file) throw new UsageError("请用 -o 指定输出文件，例如：huibiao template -o 模板.xlsx");
  const schemas = args.positionals.length ? args.positionals.map(resolve) : builtinRegistry.all();
  const model = buildTemplates(schemas, { talkTypes: listFlag(stringFlag(args, "--talk-types")) });
  writeFileSync(file, fileHost.write(model));
  out.log(`已写出 ${file}：${schemas.map(sheetNameFor).join("、")}`);
  return 0;
}

function resolve(ref: string) {
  const s = builtinRegistry.find(ref);
  if (!s) throw new UsageError(`没有附件「${ref}」：可用 1-5 或 ${builtinRegistry.all().map((x) => x.id).join("、")}`);
  return s;
}
