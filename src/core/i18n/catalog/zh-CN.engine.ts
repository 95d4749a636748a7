/**
 * 简体中文: what the engine says of the forms and files it reads (the default catalog; `{name}`
 * stands for a parameter): validation issues, keyed by the code and reason, and the
 * form definitions' (schema.) and the file readers' (read.) messages. What the coordinator's work
 * gives (the merge, the summary, reminders, corrections…) is in zh-CN.outputs.ts.
 */
export const zhCNEngine = {
  // Validation issues (IssueParams in core/validate/issue.ts names each one's parameters).
  required: "「{column}」未填写",
  "required.none": "这一行只写了「{value}」，视为本单位没有内容可报；如有内容，请如实填写",
  "required.placeholder": "「{column}」只写了「{value}」，这一项必须填写实际内容",
  "date.format": "「{value}」不是可识别的日期，请写成 2023-01-05 或 2023年1月5日",
  "date.month": "「{value}」中的月份 {month} 不存在，月份应为 1 到 12",
  "date.day": "「{value}」不存在：{year}年{month}月只有 {days} 天",
  "date.weekday": "「{value}」中的日期和星期对不上：{year}年{month}月{day}日是星期{weekday}，请核对",
  "date.year-last":
    "「{value}」的年份写在最后，分不清是「{monthFirst}」还是「{dayFirst}」，请把年份写在前面，如 2023-01-05 或 2023年1月5日",
  "date.year": "「{value}」的年份 {year} 不对，请写四位年份，如 2023",
  "date.no-year": "「{value}」缺少年份，请补上年份，如「2023年{written}」",
  "row.hidden":
    "这一行在报送的文件里是隐藏的（隐藏了、被筛选掉或折叠起来），打开文件时看不到，已照常汇总：如不该报送，请删除这一行后重新报送",
  "row.example": "这一行像是模板里的填表示例（「{value}」），不是实际填报的内容：是示例请删除，是实际内容请照实改写",
  "date.no-day": "「{value}」没有写到哪一天：谈话时间请写明年月日，如「2023年1月5日」",
  "date.tenth-month":
    "「{value}」是按数字存的，读作 {year} 年 1 月；但在表格里输入 {year}.10 时末尾的 0 会被去掉，也存成 {value}：如指 10 月，请改写成「{year}年10月」",
  "date.future": "「{value}」晚于填表的日子（{asOf}），谈话应已发生：请核对年份和月份",
  "date.before": "「{value}」早于{what}（{since}），不会是本次活动的{column}：请核对年份",
  "date.time-only": "「{column}」只有时间（{time}），没有日期：请写上日期，如「2023年1月5日 {time}」",
  "item.several": "「{column}」一格写了 {count} 条（{first}……），请每条写一行：汇总后按行计数、逐条分类办理",
  "person.several": "「{column}」一格写了 {count} 人（{names}），请一人一行填写：汇总按行统计谈话人次",
  ditto: "本行{columns}写的「同上」已按上一行的内容汇总",
  "ditto.nothing-above": "「{column}」写了「{value}」，但上面没有可沿用的内容：请填写实际内容",
  "formula.error-value":
    "「{column}」显示的是公式出错的结果 {value}，不是填写的内容：请填上实际内容（或改正公式）后再报送",
  "formula.uncalculated":
    "「{column}」是公式（{formula}），文件里没有保存计算结果，读不到值：请用 Excel 或 WPS 打开这个文件、保存后再报送",
  "date.ongoing": "「{value}」是长期任务的时限，不是具体日期：督办时无期可依；如有节点，请写明，如「2023年12月底前」",
  "date.serial-text":
    "「{value}」是表格内部的日期序号（即 {date}），被存成了文字：请把这一格设为日期格式，或直接写「{date}」",
  "date.several": "「{value}」写了一段时间或几个日期，一格只能填一个日期，如「{first}」；分几次进行的请分行填写",
  "date.span-end": "「{value}」写的是一段时间，「{column}」按结束的「{end}」计；如另有节点，请写明一个日期",
  "date.stages-end": "「{value}」分阶段写了几个时限，「{column}」按最后的「{end}」计；如另有节点，请写明一个日期",
  "talk-type": "谈话类型「{value}」不在可选范围内，应为：{allowed}",
  enum: "「{value}」不在可选范围内，应为：{allowed}",
  "talk-type.similar": "谈话类型「{value}」不在可选范围内，是否为「{similar}」？应为：{allowed}",
  "enum.similar": "「{value}」不在可选范围内，是否为「{similar}」？应为：{allowed}",
  "talk-type.other": "谈话类型「{value}」不在列出的类型（{allowed}）中；通知写的是「等」，可以保留，统计时计入「其他」",
  "enum.other": "「{value}」不在列出的选项（{allowed}）中，可以保留，请核对",
  "talk-type.other-near":
    "谈话类型「{value}」不在列出的类型（{allowed}）中，是否为「{similar}」？若是另一种谈话，可以保留（通知写的是「等」），统计时计入「其他」",
  "enum.other-near": "「{value}」不在列出的选项（{allowed}）中，是否为「{similar}」？若不是，可以保留，请核对",
  "talk-type.several": "「{value}」填了几种谈话类型（{values}），一格只能填一种：请选主要的一种；分几次谈的请分行填写",
  "enum.several": "「{value}」填了几项（{values}），一格只能填一项，应为：{allowed}",
  "talk-type.unticked": "「{value}」列出了谈话类型，但哪一种都没有打勾（☑ 或 √）：请勾选一种，或直接填写谈话类型",
  "enum.unticked": "「{value}」列出了可选项，但哪一项都没有打勾（☑ 或 √）：请勾选一项，应为：{allowed}",
  "unit.missing": "未填写填报单位，请在「填报单位：」后填写单位名称",
  "unit.from-file": "未填写填报单位，已按文件名认定为「{unit}」",
  "unit.from-title": "未填写填报单位，已按标题认定为「{unit}」",
  "unit.from-sheet": "未填写填报单位，已按同一文件中「{sheet}」的填报单位认定为「{unit}」",
  "unit.from-folder": "未填写填报单位，已按所在文件夹认定为「{unit}」",
  "unit.from-sheet-name": "未填写填报单位，已按工作表名「{sheet}」认定为「{unit}」",
  "unit.unknown": "填报单位「{unit}」不在单位名单中",
  "unit.unknown-like":
    "填报单位「{unit}」不在单位名单中，是名单上的「{likely}」吗？如是，请改正填报单位（或把名单上的名称改成这个）后重新汇总",
  "unit.similar": "填报单位「{unit}」不是名单上的名称，已按名单认定为「{similar}」，请核对",
  "unit.file-differs":
    "填报单位写的是「{unit}」，文件名却是「{named}」的：已计入「{unit}」；如果这是「{named}」的报送（复制了别的单位的表格？），请改正填报单位后重新汇总",
  "unit.several":
    "填报单位写了名单上的多个单位（{unit}、{others}），已按「{unit}」汇总；如为联合报送，请各单位分别报送",
  "count.max": "本单位填报了 {count} 项，每个单位限报 {min}-{max} 项",
  "count.min": "本表没有填写任何内容，每个单位应报 {min}-{max} 项",
  duplicate: "与第 {first} 行内容完全相同，可能重复填报",
  "duplicate.item": "与 {cell} 处那一项的内容完全相同，可能重复填报",
  "duplicate.other-file": "与「{file}」工作表「{sheet}」第 {first} 行内容完全相同，可能重复填报（补报时又填了一次？）",
  "duplicate.other-sheet": "与工作表「{sheet}」第 {first} 行内容完全相同，可能重复填报（是否复制了工作表？）",
  "header.missing": "缺少「{column}」列",
  "header.mapped": "表头「{header}」按本表的「{column}」列读取",
  "header.choices": "「{column}」分成了几列（{choices}），每行按打勾（√）的一列读作该类型",
  "header.vertical": "这张表是竖着填的（表头在 {column} 列）：已按表头逐项读取，共 {items} 项",
  "sheet.unread":
    "工作表「{sheet}」的标题是附件{number} {name}，但找不到这张表的表头（应有：{columns}），这张表没有汇总：请对方按下发的模板填写表头后重新发送",
  "sheet.sample":
    "工作表「{sheet}」从名字看是模板的填写示例，其中 {rows} 行也会被汇总；如不是本单位实际填写的内容，请删除这张表后重新报送",
  "sheet.far-cells":
    "工作表「{sheet}」第 {column} 列的「{value}」远在表格右侧，没有汇总（远在右侧有内容的单元格共 {count} 个）：如有用，请移到表格中后重新报送；没用可不理会",
  "sheet.hidden":
    "工作表「{sheet}」是隐藏的，打开文件时看不到，其中 {rows} 行也会被汇总；如是旧表或草稿，请删除后重新报送",
  "header.unknown": "「{header}」不是本表的列，内容已原样保留",
  "header.untitled": "{column}没有表头，但表中的行在这一列写了内容：已原样保留（汇总表中列为「{column}」），请核对",

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
  "schema.column-past": "表格定义 {form} 第{column}列：past 只用于 date 列，写 true 或 false",
  "schema.column-since":
    "表格定义 {form} 第{column}列：since 只用于 date 列，要有 date（那一天，如 2022-10-16）和 what（那一天是什么，如 党的二十大开幕）",
  "schema.column-one-item": "表格定义 {form} 第{column}列：oneItem 只用于 text 列，写 true 或 false",
  "schema.column-one-person": "表格定义 {form} 第{column}列：onePerson 只用于 text 列，写 true 或 false",
  "schema.column-open": "表格定义 {form} 第{column}列：open 只用于 enum 列，写 true 或 false",
  "schema.column-width": "表格定义 {form} 第{column}列：width 须为正数",
  "schema.column-aliases": "表格定义 {form} 第{column}列：aliases 须为非空文字的列表",
  "schema.column-titled-aliases":
    "表格定义 {form} 第{column}列：titledAliases 须为非空文字的列表（有本表标题时才认的简称）",
  "schema.column-follows":
    "表格定义 {form} 第{column}列：follows 须为本表另一列的 key（同名表头中，这一列紧跟在那一列之后）",
  "schema.column-joins": "表格定义 {form} 第{column}列：joins 须为非空文字的列表（紧跟在本列后、并入本列的表头）",
  "schema.column-parts": "表格定义 {form} 第{column}列：parts 须为至少两个非空文字的列表（拆成几列时各列的表头）",
  "schema.taken": "表格定义 {form}：id 或附件序号与已有表格重复",

  // Reading a returned file.
  "read.empty": "文件是空的（0 字节）：请对方重新发送",
  "read.shortcut": "这是快捷方式（{ext}），不是文件本身：请找到它指向的原文件（右键 › 打开文件所在的位置）再选",
  "read.not-workbook": "不是表格文件（{ext}）：汇总只读取 .xlsx、.xls、.ods、.csv 等表格文件",
  "read.kind-scan":
    "这是 {ext} 文件（打印或扫描成的版式文件），其中的表格无法读取：请对方发送填写好的表格文件（.xlsx、.xls 或 .et），盖章件可以另附",
  "read.kind-image": "这是图片（{ext}），无法读取其中的内容：请对方在下发的模板中填写后发送表格文件，而不是截图或照片",
  "read.word-pictures":
    "这个 Word 文档里没有表格，只有 {count} 张图片（截图或照片？），图片里的内容无法读取：请对方在下发的模板中直接填写后重新发送",
  "read.archive":
    "这是压缩包（{ext}）：请先解压，再汇总其中的表格文件（.zip、.rar、.7z 可以直接汇总，其他压缩包需要先解压）",
  "read.archive-damaged": "这个压缩包已损坏或不完整，无法打开：请重新下载，或解压后再汇总",
  "read.archive-empty": "这个压缩包里没有文件（只有空文件夹或系统文件），可能是打包或上传时出了错：请对方重新打包发送",
  "read.mail-no-attachments":
    "这封邮件没有附件（只有正文）：报送的表格可能在另一封邮件里，或发件人忘了添加附件；如果用的是「超大附件」，请先从邮件里的链接下载",
  "read.mail-pictures":
    "这封邮件没有附件，正文里只有 {count} 张图片（截图或照片？），图片里的内容无法读取：请对方在下发的模板中填写后作为附件重新发送",
  "read.mail-damaged": "这封邮件已损坏，无法读取其中的附件：请在邮箱中打开这封邮件，把附件另存出来再汇总",
  "read.mail-linked":
    "这个附件只是一个链接（云附件或发件人电脑上的路径），邮件里没有文件本身：请从链接下载后再汇总，或请对方把文件直接作为附件发送",
  "read.mail-object":
    "这是插入在邮件正文里的对象（图片或其他程序的文档），不是表格文件，无法读取：请对方把填好的表格作为附件发送",
  "read.mail-tnef":
    "这是 Outlook 打包附件的 winmail.dat，其中没有能读出的文件：请在 Outlook 中打开这封邮件另存附件，或请对方改用 HTML 格式重新发送",
  "read.archive-too-many": "这个压缩包里的文件超过 {limit} 个，不像是回收的报表：请解压后只汇总其中的报表",
  "read.archive-nested": "这是压缩包里的压缩包里又套的压缩包，没有再打开：请解压后再汇总其中的表格文件",
  "read.archive-locked":
    "这个压缩包加了密码，连文件名都看不到，无法读取：请解压（输入密码）后再汇总，或请对方不加密码重新发送",
  "read.archive-encrypted": "压缩包里的这个文件加了密码，无法读取：请解压（输入密码）后再汇总",
  "read.archive-too-large": "压缩包里的这个文件解压后太大，不像是报表，已跳过：请解压后检查",
  "read.archive-damaged-entry": "压缩包里的这个文件已损坏，无法解压：请重新下载压缩包，或请对方重新发送",
  "read.no-extension": "不是表格文件（没有扩展名）：汇总只读取 .xlsx、.xls、.ods、.csv 等表格文件",
  "read.password":
    "文件设有打开密码，无法读取：请对方在 WPS 或 Excel 中打开，清除「文档加密」或「用密码进行加密」中的密码，保存后重新发送",
  "read.xls-encrypted":
    "这个 .xls 文件设有打开密码，无法读取：请对方在 WPS 或 Excel 中取消打开密码（如果没有设过密码，就撤销「保护工作簿」），另存为 .xlsx 后重新发送",
  "read.xls-unreadable":
    "这个 .xls 文件的内容无法读取（可能来自较旧或特殊的程序）：请对方用 WPS 或 Excel 打开后另存为 .xlsx 再发送",
  "read.et": "无法读取这个 WPS .et 文件：请在 WPS 中「另存为」.xlsx 后再汇总",
  "read.sheet-damaged":
    "工作表「{sheet}」已损坏，读不出其中的内容（{ext}）：请对方用 WPS 或 Excel 打开，检查这张工作表后另存为 .xlsx 再发送",
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
  "read.docx-damaged": "Word 文档已损坏，或不是真正的 .docx：请对方重新发送，或用下发的表格模板填写",
  "read.word-old":
    "这个 {ext} 文档（Word 或 WPS 文字）中的表格读不出来（格式较旧，或文件已损坏）：请打开后「另存为」.docx 再汇总，或请对方用下发的表格模板填写",
  "read.kind-word": "这是文字文档（Word 或 WPS 文字），不是表格：请对方发送填好的表格文件",
  "read.kind-powerpoint": "这是演示文稿（PowerPoint 或 WPS 演示），不是表格：请对方发送填好的表格文件",
  "read.kind-pdf": "这是 PDF 文件，无法汇总其中的数据：请对方发送填好的表格文件（.xlsx 等）",
  "read.kind-html": "这是网页文件（{ext}），里面没有表格：请对方发送填好的表格文件",
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
  "read.wps-archive":
    "WPS 表格的对话框打不开压缩包或存下的邮件：请用「选择文件」按钮选择它，或把它拖进来，其中的表格就能汇总",
  "read.wps-word": "WPS 表格的对话框读不了 Word 文档：请用「选择文件」按钮选择它，或把它拖进来，其中的表格就能汇总",
  "read.wps-open": "WPS 无法打开这个文件：{detail}",
  "read.browser": "浏览器无法读取这个文件（{detail}）：请确认它不是文件夹、没有被其他程序占用",
  "read.error-value": "#错误值",
  "read.failed": "无法读取这个文件：{detail}",
  "read.used-range-too-large":
    "工作表「{sheet}」的已用区域 {range} 太大，内容又分散在各处，无法读取：请按 Ctrl+End 找到最后一个有内容的单元格，删除表格以外多余的内容后再试",
} as const;
