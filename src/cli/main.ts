import { demoCommand } from "./commands/demo";
import { mergeCommand } from "./commands/merge";
import { remindCommand } from "./commands/remind";
import { tasksCommand } from "./commands/tasks";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { parseArgs, stringFlag, UsageError } from "./args";
import { InputError, loadForms } from "./io";
import { oneLine, type Command, type Output } from "./output";

const HELP = `汇表助手 huibiao：学习宣传贯彻党的二十大精神 附件1-5 的模板、校验与汇总

用法：
  huibiao template [附件...] -o 模板.xlsx        生成模板（附件写 1-5 或 tasks talks research suggestions practical；不写则五个全出）
  huibiao template --per-unit 文件夹 --request 收集任务.json
                                                为名单上每个单位生成一份模板，填报单位已填好、文件名含单位和本次收集的名称
  huibiao validate 文件... [--roster 名单.txt] [--json]
                                                校验报送文件；退出码 0 无错误，1 有错误，2 有文件无法读取
  huibiao merge 文件或文件夹... -o 汇总.xlsx [--roster 名单.txt] [--json] [--expect 2,3]
                                                汇总报送文件（文件夹、表格文件、填在 Word 表格里的 .docx/.doc、打包下载的 .zip/.rar/.7z，或存下的邮件 .eml/.msg），列出未报单位、重复报送和无法读取的文件
  huibiao merge 文件或文件夹... --request 收集任务.json [--corrections 文件夹]
                                                按收集任务汇总；不写 -o 时汇总表名为「汇总表-本次收集名称-日期.xlsx」
  huibiao remind 文件或文件夹... --request 收集任务.json [--each] [--as-of 日期] [-o 催交通知.txt]
                                                列出未报单位及所缺附件，生成可直接发送的催交通知
  huibiao tasks [附件1文件] [--as-of 日期] -o 任务进度.xlsx
                                                附件1 各项任务按完成时限排列：已逾期、30 天内到期、完成时限无法识别（读回「完成情况」）
  huibiao demo [-o 文件夹]                      用内置示例数据演示一次完整的汇总（默认写到 ./huibiao-demo）

选项：
  --roster 名单.txt    单位名单，每行一个单位
  --talk-types a,b    可接受的谈话类型（默认：谈心谈话、任前谈话、提醒谈话、廉政谈话）
  --expect 2,3        每个单位都应报送的附件（默认：报送中出现过的附件）
  --json              输出 JSON（供脚本使用）
  --forms 表格.json    另外要识别的表格定义（JSON，见 CONTRIBUTING.md「Adding a form (附件N) without code」）
  --request 收集任务.json  本次收集的名称、附件、单位名单和截止日期（merge、remind 都可用）
  --corrections 文件夹  （merge）为有错误的单位写出「单位-退回修改.xlsx」和一份可粘贴的退回修改清单
  --each              催交通知按单位分段（默认一条通知列出所有单位）
  --as-of 日期         按这一天判断是否已过截止日期（默认今天）`;

const COMMANDS: Record<string, Command> = {
  template: templateCommand,
  validate: validateCommand,
  merge: mergeCommand,
  remind: remindCommand,
  tasks: tasksCommand,
  demo: demoCommand,
};

/** Runs the CLI; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function run(argv: readonly string[], out: Output): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    out.log(HELP);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    out.log(__HUIBIAO_VERSION__);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    out.error(`不认识的命令「${command}」。运行 huibiao --help 查看用法。`);
    return 2;
  }
  try {
    const args = parseArgs(rest);
    return await handler(args, { out, forms: loadForms(stringFlag(args, "--forms")) });
  } catch (e) {
    if (e instanceof UsageError) {
      out.error(`${e.message}。运行 huibiao --help 查看用法。`);
      return 2;
    }
    if (e instanceof InputError) {
      out.error(e.message);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === "string" && err.path) {
      out.error(`无法写入 ${oneLine(err.path)}：${WRITE_ERRORS[err.code] ?? `系统错误 ${err.code}`}`);
      return 2;
    }
    out.error(`出错了：${err?.message ?? String(e)}。请把这条信息和所用文件发给维护人员。`);
    return 3;
  }
}

/** What a failed write means, for the errors a coordinator's disk can give. */
const WRITE_ERRORS: Record<string, string> = {
  EACCES: "没有写入权限，请换一个文件夹",
  EPERM: "没有写入权限，或文件正被其他程序打开（请先在 WPS 或 Excel 中关闭它）",
  ENOENT: "文件夹不存在",
  ENOTDIR: "路径中有一段不是文件夹",
  EBUSY: "文件正被其他程序打开，请先关闭",
  EISDIR: "这是一个文件夹，请在 -o 后写文件名，例如 -o 汇总.xlsx",
  EROFS: "磁盘是只读的（如光盘或写保护的 U 盘），请换一个位置",
  ENOSPC: "磁盘空间不足，请清理后重试",
  EDQUOT: "磁盘配额已满，请清理后重试",
  EEXIST: "同名的临时文件已存在，请重试",
  ENAMETOOLONG: "文件名太长",
};

declare const __HUIBIAO_VERSION__: string;
