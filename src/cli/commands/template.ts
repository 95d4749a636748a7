import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildTemplates, sheetNameFor } from "../../core/template/build-template";
import { checkFlags, folderFlag, stringFlag, UsageError, xlsxOutput } from "../args";
import { fileHost } from "../host";
import { listFlag, loadRequest, resolveAnnex } from "../io";
import { unitTemplateName } from "../../core/request/file-names";
import { oneLine, type Command } from "../output";
import { writeFileAtomic } from "../write-file";

export const templateCommand: Command = (args, { out, forms }) => {
  checkFlags(args, ["--output", "--talk-types", "--per-unit", "--request"]);
  const request = loadRequest(stringFlag(args, "--request"), forms);
  const named = args.positionals.map((ref) => resolveAnnex(forms, ref));
  const schemas = named.length
    ? named
    : request
      ? forms.all().filter((s) => request.annexes.includes(s.id))
      : forms.all();
  const options = { talkTypes: listFlag(stringFlag(args, "--talk-types")), listsOf: forms.all() };
  const perUnit = folderFlag(args, "--per-unit", "各单位的模板");
  if (perUnit !== undefined) {
    // One workbook per unit, its name already on the 填报单位 line and in the file name: a unit
    // cannot get its own name wrong, and the coordinator can tell the files apart.
    if (!request) throw new UsageError("--per-unit 需要 --request 收集任务.json（其中有单位名单和本次收集的名称）");
    mkdirSync(perUnit, { recursive: true });
    for (const unit of request.units) {
      const file = join(perUnit, unitTemplateName(unit, request.title));
      writeFileAtomic(file, fileHost.write(buildTemplates(schemas, { ...options, unit })));
    }
    out.log(
      `已为 ${request.units.length} 个单位写出模板：${oneLine(perUnit)}（${schemas.map(sheetNameFor).join("、")}）`,
    );
    return 0;
  }
  const file = xlsxOutput(args, "模板.xlsx");
  if (!file) throw new UsageError("请用 -o 指定输出文件，例如：huibiao template -o 模板.xlsx");
  writeFileAtomic(file, fileHost.write(buildTemplates(schemas, options)));
  out.log(`已写出 ${file}：${schemas.map(sheetNameFor).join("、")}`);
  return 0;
};
