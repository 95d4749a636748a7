import type { CellValue, SheetData } from "../../src/core/sheet/types";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import type { AnnexSchema } from "../../src/core/schema/types";

export const schema = (id: string): AnnexSchema => BUILTIN_ANNEXES.find((s) => s.id === id)!;

/** 附件2's header as the plan prints it (one row). */
export const TALKS_HEADER: readonly string[] = [
  "序号",
  "谈话人",
  "单位及职务",
  "谈话对象",
  "单位及职务",
  "记录人",
  "谈话时间",
  "谈话地点",
  "谈话内容类型",
];

/** A talks return as a unit would fill it: title rows, 填报单位, header at row 4 (A4). */
export function talksSheet(rows: CellValue[][], unit: string | null = "办公室", name = "附件2"): SheetData {
  return {
    name,
    rows: [["附件2"], ["学习宣传贯彻党的二十大精神·大谈话统计表"], ["填报单位：", unit], [...TALKS_HEADER], ...rows],
    merges: [],
  };
}

/** A complete, valid talk row (序号 n). */
export function talk(
  n: number,
  overrides: Partial<Record<"talker" | "date" | "type" | "talkee", CellValue>> = {},
): CellValue[] {
  return [
    n,
    overrides.talker ?? "张三",
    "办公室主任",
    overrides.talkee === undefined ? "李四" : overrides.talkee,
    "办公室科员",
    "王五",
    overrides.date ?? "2023-01-05",
    "会议室",
    overrides.type ?? "谈心谈话",
  ];
}

/** The forms the tests work with: the plan's five (what a fresh AnnexRegistry holds). */
export const FORMS = BUILTIN_ANNEXES;
/** Options that name only the forms. */
export const CHECK = { schemas: FORMS } as const;
