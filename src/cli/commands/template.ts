import { buildTemplates, sheetNameFor } from "../../core/template/build-template";
import { checkFlags, stringFlag, UsageError } from "../args";
import { fileHost } from "../host";
import { listFlag, resolveAnnex } from "../io";
import type { Command } from "../output";
import { writeFileAtomic } from "../write-file";

export const templateCommand: Command = (args, { out, forms }) => {
  checkFlags(args, ["--output", "--talk-types"]);
  const file = stringFlag(args, "--output");
  if (!file) throw new UsageError("请用 -o 指定输出文件，例如：huibiao template -o 模板.xlsx");
  const schemas = args.positionals.length ? args.positionals.map((ref) => resolveAnnex(forms, ref)) : forms.all();
  const model = buildTemplates(schemas, {
    talkTypes: listFlag(stringFlag(args, "--talk-types")),
    listsOf: forms.all(),
  });
  writeFileAtomic(file, fileHost.write(model));
  out.log(`已写出 ${file}：${schemas.map(sheetNameFor).join("、")}`);
  return 0;
};
