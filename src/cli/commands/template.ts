import { writeFileSync } from "node:fs";
import { builtinRegistry } from "../../core/schema/registry";
import { buildTemplates, sheetNameFor } from "../../core/template/build-template";
import { checkFlags, stringFlag, UsageError, type Args } from "../args";
import { fileHost } from "../host";
import { listFlag, resolveAnnex } from "../io";
import type { Output } from "../output";

export function templateCommand(args: Args, out: Output): number {
  checkFlags(args, ["--output", "--talk-types"]);
  const file = stringFlag(args, "--output");
  if (!file) throw new UsageError("请用 -o 指定输出文件，例如：huibiao template -o 模板.xlsx");
  const schemas = args.positionals.length ? args.positionals.map(resolveAnnex) : builtinRegistry.all();
  const model = buildTemplates(schemas, { talkTypes: listFlag(stringFlag(args, "--talk-types")) });
  writeFileSync(file, fileHost.write(model));
  out.log(`已写出 ${file}：${schemas.map(sheetNameFor).join("、")}`);
  return 0;
}
