import type { AnnexSchema, ColumnSchema } from "./types";

const COLUMN_TYPES = new Set(["index", "text", "date", "enum"]);

/**
 * Checks an annex schema given as data (for instance a form a coordinator adds as JSON).
 * Returns the problems found, in Chinese, one per line; an empty list means the schema is usable.
 */
export function checkSchema(input: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(input)) return ["表格定义必须是一个对象"];
  const s = input as Partial<AnnexSchema>;
  const where = typeof s.id === "string" ? `表格定义 ${s.id}` : "表格定义";
  if (typeof s.id !== "string" || !/^[a-z][a-z0-9-]*$/.test(s.id))
    problems.push(`${where}：id 须为小写英文字母开头的标识`);
  if (!Number.isInteger(s.number) || (s.number as number) < 1) problems.push(`${where}：number（附件序号）须为正整数`);
  if (typeof s.title !== "string" || !s.title.trim()) problems.push(`${where}：缺少标题 title`);
  if (typeof s.shortName !== "string" || !s.shortName.trim()) problems.push(`${where}：缺少简称 shortName`);
  if (typeof s.unitLine !== "boolean") problems.push(`${where}：unitLine 须为 true 或 false`);
  if (typeof s.collected !== "boolean") problems.push(`${where}：collected 须为 true 或 false`);
  if (!Number.isInteger(s.version) || (s.version as number) < 1) problems.push(`${where}：version 须为正整数`);
  if (!Number.isInteger(s.blankRows) || (s.blankRows as number) < 0) problems.push(`${where}：blankRows 须为非负整数`);
  if (!Array.isArray(s.notes) || s.notes.some((n) => typeof n !== "string"))
    problems.push(`${where}：notes 须为文字列表`);
  if (!Array.isArray(s.columns) || s.columns.length === 0) {
    problems.push(`${where}：至少需要一列 columns`);
    return problems;
  }
  const keys = new Set<string>();
  s.columns.forEach((c, i) => problems.push(...checkColumn(c, `${where} 第${i + 1}列`, keys)));
  if (s.count !== undefined) {
    const { min, max } = s.count;
    if (
      (min !== undefined && !(Number.isInteger(min) && min >= 0)) ||
      (max !== undefined && !(Number.isInteger(max) && max >= 1))
    )
      problems.push(`${where}：count 的 min/max 须为整数`);
    else if (min !== undefined && max !== undefined && min > max) problems.push(`${where}：count 的 min 大于 max`);
  }
  for (const key of s.mergeDown ?? []) if (!keys.has(key)) problems.push(`${where}：mergeDown 中的列 ${key} 不存在`);
  (s.prefilled ?? []).forEach((row, i) => {
    for (const key of Object.keys(row))
      if (!keys.has(key)) problems.push(`${where}：预填第${i + 1}行的列 ${key} 不存在`);
  });
  return problems;
}

function checkColumn(c: unknown, where: string, keys: Set<string>): string[] {
  if (!isObject(c)) return [`${where}：须为对象`];
  const col = c as Partial<ColumnSchema>;
  const problems: string[] = [];
  if (typeof col.key !== "string" || !col.key) problems.push(`${where}：缺少 key`);
  else if (keys.has(col.key)) problems.push(`${where}：key ${col.key} 重复`);
  else keys.add(col.key);
  if (typeof col.header !== "string" || !col.header.trim()) problems.push(`${where}：缺少表头 header`);
  if (!COLUMN_TYPES.has(col.type as string)) problems.push(`${where}：type 须为 index、text、date 或 enum`);
  if (col.type === "enum" && (!Array.isArray(col.enumeration) || col.enumeration.length === 0))
    problems.push(`${where}：enum 列须给出 enumeration 取值列表`);
  if (typeof col.width !== "number" || col.width <= 0) problems.push(`${where}：width 须为正数`);
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
