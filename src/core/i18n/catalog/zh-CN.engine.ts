/**
 * 简体中文: what the engine, the hosts and the use cases say (the default catalog; `{name}` stands
 * for a parameter). Issue messages are keyed by the code and reason; the other keys by
 * domain (schema., read., merge., summary., template., host., office., save.).
 */
export const zhCNEngine = {
  // Validation issues (IssueParams in core/validate/issue.ts names each one's parameters).
  required: "「{column}」未填写",
  "date.format": "「{value}」不是可识别的日期，请写成 2023-01-05 或 2023年1月5日",
  "date.month": "「{value}」中的月份 {month} 不存在，月份应为 1 到 12",
  "date.day": "「{value}」不存在：{year}年{month}月只有 {days} 天",
  "date.year": "「{value}」的年份 {year} 不对，请写四位年份，如 2023",
  "date.no-year": "「{value}」缺少年份，请写成 2023年6月底前 这样的完整日期",
  "talk-type": "谈话类型「{value}」不在可选范围内，应为：{allowed}",
  enum: "「{value}」不在可选范围内，应为：{allowed}",
  "unit.missing": "未填写填报单位，请在「填报单位：」后填写单位名称",
  "unit.from-file": "未填写填报单位，已按文件名认定为「{unit}」",
  "unit.unknown": "填报单位「{unit}」不在单位名单中",
  "count.max": "本单位填报了 {count} 项，每个单位限报 {min}-{max} 项",
  "count.min": "本表没有填写任何内容，每个单位应报 {min}-{max} 项",
  duplicate: "与第 {first} 行内容完全相同，可能重复填报",
  "header.missing": "缺少「{column}」列",
  "header.mapped": "表头「{header}」按本表的「{column}」列读取",
  "header.unknown": "「{header}」不是本表的列，内容已原样保留",

  // A form given as data that cannot be used (checkSchema).
  "schema.not-object": "表格定义必须是一个对象",
  "schema.id": "表格定义 {form}：id 须为小写英文字母开头的标识",
  "schema.number": "表格定义 {form}：number（附件序号）须为正整数",
  "schema.title": "表格定义 {form}：缺少标题 title",
  "schema.short-name": "表格定义 {form}：缺少简称 shortName",
  "schema.unit-line": "表格定义 {form}：unitLine 须为 true 或 false",
  "schema.collected": "表格定义 {form}：collected 须为 true 或 false",
  "schema.version": "表格定义 {form}：version 须为正整数",
  "schema.blank-rows": "表格定义 {form}：blankRows 须为非负整数",
  "schema.notes": "表格定义 {form}：notes 须为文字列表",
  "schema.columns": "表格定义 {form}：至少需要一列 columns",
  "schema.count": "表格定义 {form}：count 的 min/max 须为整数",
  "schema.count-order": "表格定义 {form}：count 的 min 大于 max",
  "schema.merge-down": "表格定义 {form}：mergeDown 中的列 {key} 不存在",
  "schema.prefilled": "表格定义 {form}：预填第{row}行的列 {key} 不存在",
  "schema.column-object": "表格定义 {form} 第{column}列：须为对象",
  "schema.column-key": "表格定义 {form} 第{column}列：缺少 key",
  "schema.column-key-twice": "表格定义 {form} 第{column}列：key {key} 重复",
  "schema.column-header": "表格定义 {form} 第{column}列：缺少表头 header",
  "schema.column-type": "表格定义 {form} 第{column}列：type 须为 index、text、date 或 enum",
  "schema.column-enum": "表格定义 {form} 第{column}列：enum 列须给出 enumeration 取值列表",
  "schema.column-enum-code": "表格定义 {form} 第{column}列：enumCode 只能是 talk-type 或 enum",
  "schema.column-width": "表格定义 {form} 第{column}列：width 须为正数",
  "schema.column-aliases": "表格定义 {form} 第{column}列：aliases 须为非空文字的列表",
  "schema.column-parts": "表格定义 {form} 第{column}列：parts 须为至少两个非空文字的列表（拆成几列时各列的表头）",
  "schema.taken": "表格定义 {form}：id 或附件序号与已有表格重复",

  // Reading a returned file.
  "read.empty": "文件是空的（0 字节）：请对方重新发送",
  "read.not-workbook": "不是表格文件（{ext}）：汇总只读取 .xlsx、.xls、.ods、.csv 等表格文件",
  "read.no-extension": "不是表格文件（没有扩展名）：汇总只读取 .xlsx、.xls、.ods、.csv 等表格文件",
  "read.password":
    "文件设有打开密码，无法读取：请对方在 WPS 或 Excel 中打开，清除「文档加密」或「用密码进行加密」中的密码，保存后重新发送",
  "read.xls-encrypted":
    "这个 .xls 文件设有打开密码，无法读取：请对方在 WPS 或 Excel 中取消打开密码（如果没有设过密码，就撤销「保护工作簿」），另存为 .xlsx 后重新发送",
  "read.xls-unreadable":
    "这个 .xls 文件的内容无法读取（可能来自较旧或特殊的程序）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.et": "无法读取这个 WPS .et 文件：请在 WPS 中「另存为」.xlsx 后再汇总",
  "read.damaged": "文件已损坏，或不是受支持的表格格式（{ext}）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.too-large":
    "文件有 {mb} MB，超过每个文件 {limit} MB 的上限（报送的表格通常只有几十 KB）：请对方删去图片和多余内容后重新发送",
  "read.unpacked-too-large":
    "文件解压后超过 {limit} MB 的上限（可能已损坏，或含有大量空白格式）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.too-many-rows": "工作表「{sheet}」填写了 {limit} 行以上，超过上限：请对方只保留报送的表格后重新发送",
  "read.too-many-columns":
    "工作表「{sheet}」第 {count} 列还有内容，超过 {limit} 列的上限：请对方删除表格右侧多余的内容后重新发送",
  "read.too-many-cells": "文件中有内容的单元格超过 {limit} 个的上限：请对方只保留报送的表格后重新发送",
  "read.cell-too-long":
    "工作表「{sheet}」单元格 {cell} 有 {count} 个字符，超过表格程序一个单元格 {limit} 个字符的上限（WPS、Excel 都无法完整显示）：请对方检查这个单元格后重新发送",
  "read.timeout":
    "读取超过 {seconds} 秒仍未完成，已停止读取（文件可能已损坏）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.out-of-memory":
    "读取所需内存超过 {mb} MB 的上限，已停止读取（文件可能已损坏）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.crashed": "读取时读取程序意外退出（{detail}），文件可能已损坏：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.kind-numbers": "这是苹果 Numbers 文件：请对方在 Numbers 中「导出为 → Excel」后发送 .xlsx 文件",
  "read.kind-word": "这是文字文档（Word 或 WPS 文字），不是表格：请对方发送填好的表格文件",
  "read.kind-powerpoint": "这是演示文稿（PowerPoint 或 WPS 演示），不是表格：请对方发送填好的表格文件",
  "read.kind-pdf": "这是 PDF 文件，无法汇总其中的数据：请对方发送填好的表格文件（.xlsx 等）",
  "read.kind-html": "这是网页文件（改名为 {ext}），不是真正的表格：请用 WPS 或 Excel 打开后另存为 .xlsx 再汇总",
  "read.kind-xml": "这是 XML 文件，但不是表格（不是 Excel 2003 XML 表格或 .fods）：请对方发送填好的表格文件",
  "read.kind-text":
    "内容是纯文本，不是表格文件（扩展名却是 {ext}）：如果是改了扩展名的 CSV，请把扩展名改回 .csv；否则请对方重新发送表格文件",
  "read.kind-zip": "内容是压缩包而不是 {ext} 表格：如果表格是打包发来的，请先解压，再汇总其中的表格文件",
  "read.lock-file": "是 WPS 或 Excel 打开文件时留下的临时文件（~$ 开头），不是报送文件，已跳过",
  "read.no-permission": "没有读取这个文件的权限：请检查文件权限，或把它复制到别的文件夹后再汇总",
  "read.symlink-loop": "这是一个指向自身的快捷方式（符号链接循环），无法打开",
  "read.not-regular-file": "这不是普通文件（是管道、设备或套接字），已跳过",
  "read.busy": "文件正被其他程序占用：请关闭打开它的程序后再汇总",
  "read.gone": "文件已不存在（可能刚被移走，或是一个指向已删除文件的快捷方式）",
  "read.os-error": "系统无法打开这个文件（{code}）",
  "read.wps-open": "WPS 无法打开这个文件：{detail}",
  "read.browser": "浏览器无法读取这个文件（{detail}）：请确认它不是文件夹、没有被其他程序占用",
  "read.error-value": "#错误值",
  "read.failed": "无法读取这个文件：{detail}",

  // Merging.
  "merge.no-annex": "没有找到任何一张附件表格（标题和表头都对不上）：请对方用下发的模板填写后重新发送",
  "merge.own-summary": "这是汇表助手生成的汇总表，不作为报送文件汇总",
  "merge.only-uncollected": "只含附件{number} {name}（下发的清单，默认不汇总），没有需要汇总的附件",

  // The summary workbook.
  // The issue list a coordinator exports.
  "issues.sheet-name": "校验问题",
  "issues.file": "文件",
  "issues.sheet": "工作表",
  "issues.unit": "填报单位",
  "issues.cell": "单元格",
  "issues.severity": "类别",
  "issues.code": "代码",
  "issues.message": "说明",
  "issues.severity-error": "错误",
  "issues.severity-warning": "提醒",
  "issues.severity-info": "说明",
  "issues.severity-unreadable": "无法读取",
  // The request (征集任务) and what follows from it.
  "request.title": "收集任务缺少名称（title），例如「学习宣传贯彻党的二十大精神 第一季度报送」",
  "request.annexes": "收集任务没有列出要报送的附件（annexes），例如 [2, 3, 4, 5]",
  "request.annex-unknown": "收集任务中的附件「{annex}」不存在：可用附件序号或 tasks、talks 等",
  "request.units": "收集任务没有单位名单（units）：请列出单位，或给出名单文件",
  "request.deadline": "收集任务的截止日期「{value}」无法识别：请写成 2023-03-31 或 2023年3月31日",
  "remind.all": "请以下单位于{deadline}前报送《{title}》：",
  "remind.all-late": "以下单位尚未报送《{title}》（截止日期{deadline}已过），请尽快报送：",
  "remind.line": "{unit}：{annexes}",
  "remind.unit": "{unit}：《{title}》尚缺{annexes}，请于{deadline}前报送。",
  "remind.unit-late": "{unit}：《{title}》尚缺{annexes}，报送截止日期{deadline}已过，请尽快报送。",
  "remind.how": "报送方式：{how}",
  "remind.none": "《{title}》各单位均已报送，无需催交。",
  "remind.no-deadline": "按通知要求的时间",
  "state.late": "逾期报送",
  "summary.overview": "汇总概况",
  "summary.sheet": "汇总 {annex}",
  "summary.title": "{title}（汇总）",
  "summary.note": "共 {units} 个单位、{rows} 行。有问题的单元格标红（错误）或标黄（提醒），说明见「校验问题」列。",
  "summary.source-file": "来源文件",
  "summary.source-row": "来源行",
  "summary.issues": "校验问题",
  "summary.other-columns": "其他列",
  "summary.unknown-unit": "（未识别单位）",
  "summary.index": "序号",
  "summary.unit": "单位",
  "summary.rows-of": "{annex} 行数",
  "summary.errors": "错误",
  "summary.warnings": "提醒",
  "summary.state": "状态",
  "summary.remarks": "说明",
  "summary.counts":
    "名单内单位 {listed} 个，已报 {returned} 个，未报 {missing} 个；错误 {errors} 处，提醒 {warnings} 处；被替换的重复报送 {replaced} 份；无法读取或未识别的文件 {rejected} 份。",
  "summary.reconciliation":
    "核对：读到数据 {read} 行 = 汇总 {summarized} 行 + 被替换的重复报送 {replaced} 行 + 不汇总的附件1 {uncollected} 行 + 丢弃 {dropped} 行。",
  "summary.late": "逾期报送：「{file}」保存于截止日期之后",
  "summary.replaced-by": "{annex}：「{by}」替换了「{file}」",
  "summary.missing-title": "未报送单位",
  "summary.none": "无",
  "summary.replaced-title": "重复报送（以较晚的文件为准）",
  "summary.annex": "附件",
  "summary.replaced-file": "被替换的文件",
  "summary.replaced-with": "替换为",
  "summary.rejected-title": "无法读取或未识别的文件（未汇总，请联系报送单位）",
  "summary.file": "文件",
  "summary.reason": "原因",

  // How far a unit has returned what was asked (one vocabulary: pane, summary and CLI).
  "state.returned": "已报",
  "state.partial": "部分未报：{annexes}",
  "state.missing": "未报",
  "state.unlisted": "不在名单中",
  "state.unknown": "无法确定单位",
  "annex.label": "附件{number} {name}",
  "annex.number": "附件{number}",
  "list.separator": "、",

  // Templates (the forms as the plan prints them).
  "template.unit-line": "填报单位：",
  "template.list-title": "请从下拉列表中选择",
  "template.list-error": "「{column}」应为：{allowed}",
  "template.list-prompt": "从下拉列表中选择",
  "template.date-title": "日期格式不对",
  "template.date-error": "请输入日期，例如 2023-01-05 或 2023/1/5",
  "template.date-prompt": "请输入日期，例如 2023-01-05",

  // The spreadsheet programs.
  "host.no-workbook": "WPS 中没有打开的工作簿：请先新建或打开一个表格",
  "host.no-sheet": "工作簿中没有名为「{sheet}」的工作表",
  "host.not-cell": "不是单元格地址：{cell}",
  "host.no-sheets": "工作簿至少需要一张工作表",
  "host.office-load": "无法加载 {src}：请确认加载项文件完整部署",
  "host.note-prefix": "汇表助手：",
  "host.pick-title": "选择各单位交回的表格",
  "host.pane-title": "汇表助手",
  "office.ItemNotFound": "找不到要处理的工作表或单元格：可能刚被重命名或删除，请重新校验",
  "office.AccessDenied": "工作表或工作簿受保护，无法修改：请先撤销保护（审阅 → 撤销工作表保护）再试",
  "office.InvalidOperation":
    "Excel 拒绝了这个操作（工作表可能受保护，或正在编辑单元格）：请按 Esc 退出编辑、撤销保护后再试",
  "office.RequestPayloadSizeLimitExceeded":
    "数据量超过 Excel 网页版单次请求的上限：请分批汇总，或在 Excel 桌面版中操作",
  "office.ResponsePayloadSizeLimitExceeded":
    "工作表太大，Excel 网页版无法一次读出：请删除多余的空行空列，或在 Excel 桌面版中操作",
  "office.ApiNotFound": "这个版本的 Excel 不支持该功能：请升级 Office",
  "office.with-code": "{text}（{code}）",

  // The question before a save with errors (WPS).
  "save.question":
    "汇表助手发现 {errors} 个错误，已在表中标红：\n{lines}{more}\n\n仍然保存吗？（选「取消」则不保存，改正后再保存）",
  "save.line": "「{sheet}」{cell}：{message}",
  "save.more": "\n……另有 {count} 处",
} as const;
