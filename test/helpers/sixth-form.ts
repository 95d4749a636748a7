import type { AnnexSchema } from "../../src/core/schema/types";

/**
 * A sixth form given as data, as a coordinator could add one without code: the plan's activity
 * (三) 谈心得 asks units to write up what they learnt, and nothing in the plan collects it.
 */
export const INSIGHTS: AnnexSchema = {
  id: "insights",
  number: 6,
  title: "学习宣传贯彻党的二十大精神·心得体会交流表",
  shortName: "心得体会交流表",
  unitLine: true,
  collected: true,
  version: 1,
  columns: [
    { key: "index", header: "序号", type: "index", width: 6 },
    { key: "name", header: "姓名", type: "text", required: true, width: 10 },
    { key: "post", header: "单位及职务", type: "text", required: true, width: 18 },
    { key: "topic", header: "心得题目", type: "text", required: true, width: 30 },
    { key: "date", header: "交流时间", type: "date", required: true, width: 13 },
    { key: "kind", header: "交流形式", type: "enum", enumeration: ["书面交流", "会上发言"], width: 12 },
  ],
  notes: ["备注：交流形式为书面交流或会上发言"],
  blankRows: 5,
};

/** A unit's filled-in 附件6, one row right, one with a wrong date and a wrong form. */
export function insightsReturn(unit: string) {
  return {
    name: `${unit}-心得体会.xlsx`,
    sheets: [
      {
        name: "附件6",
        rows: [
          ["附件6"],
          [INSIGHTS.title],
          ["填报单位：", unit],
          ["序号", "姓名", "单位及职务", "心得题目", "交流时间", "交流形式"],
          [1, "张三", `${unit}科长`, "以党建红引领生态绿", "2023-03-02", "书面交流"],
          [2, "李四", `${unit}科员`, "守护一江碧水", "2023年2月30日", "墙报"],
        ],
        merges: [],
      },
    ],
  };
}
