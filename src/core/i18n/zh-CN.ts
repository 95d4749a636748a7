/** 简体中文 messages (the default catalog). `{name}` stands for a parameter. */
export const zhCN = {
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
  "header.unknown": "「{header}」不是本表的列，内容已原样保留",
} as const;

export type MessageKey = keyof typeof zhCN;
export type Catalog = Readonly<Record<MessageKey, string>>;
