import type { AnnexSchema } from "./types";
import { PLAN_TASKS } from "./tasks-prefill";

/** The talk types the plan names (备注 of 附件2); the plan says 「等」, so options may extend it. */
export const TALK_TYPES = ["谈心谈话", "任前谈话", "提醒谈话", "廉政谈话"] as const;

const PLAN_TITLE = "学习宣传贯彻党的二十大精神";
/** 序号 as some offices head it. */
const INDEX_ALIASES = ["编号"];

/** The five forms of the plan, in the plan's order. Plain data: see validate-schema.ts. */
export const BUILTIN_ANNEXES: readonly AnnexSchema[] = [
  {
    id: "tasks",
    number: 1,
    title: `${PLAN_TITLE}任务清单`,
    shortName: "任务清单",
    unitLine: true,
    collected: false,
    version: 1,
    columns: [
      { key: "index", header: "序号", aliases: INDEX_ALIASES, type: "index", width: 6 },
      { key: "activity", header: "任务事项", type: "text", required: true, width: 14 },
      { key: "task", header: "任务事项", type: "text", required: true, width: 60 },
      { key: "responsible", header: "责任单位", type: "text", required: true, width: 22 },
      { key: "deadline", header: "完成时限", type: "date", required: true, width: 16 },
    ],
    notes: [],
    blankRows: 0,
    prefilled: PLAN_TASKS,
    mergeDown: ["activity", "responsible", "deadline"],
  },
  {
    id: "talks",
    number: 2,
    title: `${PLAN_TITLE}·大谈话统计表`,
    shortName: "大谈话统计表",
    unitLine: true,
    collected: true,
    version: 1,
    columns: [
      { key: "index", header: "序号", aliases: INDEX_ALIASES, type: "index", width: 6 },
      // Offices draw 谈话人 and 谈话对象 as groups over 姓名 | 单位及职务, or name the posts in full:
      // the group header read with its sub-header gives 谈话人姓名, 谈话人单位及职务….
      { key: "talker", header: "谈话人", aliases: ["谈话人姓名"], type: "text", required: true, width: 10 },
      {
        key: "talkerPost",
        header: "单位及职务",
        follows: "talker",
        aliases: ["谈话人单位及职务", "谈话人职务", "谈话人单位职务", "单位职务", "职务"],
        type: "text",
        required: true,
        width: 18,
      },
      {
        key: "talkee",
        header: "谈话对象",
        aliases: ["谈话对象姓名", "被谈话人", "被谈话人姓名", "被谈话对象"],
        type: "text",
        required: true,
        width: 10,
      },
      {
        key: "talkeePost",
        header: "单位及职务",
        follows: "talkee",
        aliases: [
          "谈话对象单位及职务",
          "谈话对象职务",
          "谈话对象单位职务",
          "被谈话人单位及职务",
          "被谈话人职务",
          "被谈话人单位职务",
          "单位职务",
          "职务",
        ],
        type: "text",
        required: true,
        width: 18,
      },
      { key: "recorder", header: "记录人", type: "text", width: 10 },
      // Inside the talks table the short words are unambiguous: 时间, 地点, 类型.
      {
        key: "date",
        header: "谈话时间",
        aliases: ["谈话日期", "时间", "日期"],
        type: "date",
        past: true,
        required: true,
        width: 13,
      },
      { key: "place", header: "谈话地点", aliases: ["地点"], type: "text", width: 14 },
      {
        key: "type",
        header: "谈话内容类型",
        aliases: ["谈话类型", "谈话类别", "谈话种类", "类型"],
        type: "enum",
        enumeration: TALK_TYPES,
        // The plan: 「谈话类型为谈心谈话、任前谈话、提醒谈话、廉政谈话等」.
        open: true,
        enumCode: "talk-type",
        required: true,
        width: 14,
      },
    ],
    notes: ["备注：谈话类型为谈心谈话、任前谈话、提醒谈话、廉政谈话等"],
    blankRows: 10,
  },
  {
    id: "research",
    number: 3,
    title: `${PLAN_TITLE}·大调研课题申报表`,
    shortName: "大调研课题申报表",
    unitLine: true,
    collected: true,
    version: 1,
    columns: [
      { key: "index", header: "序号", aliases: INDEX_ALIASES, type: "index", width: 6 },
      {
        key: "topic",
        header: "课题名称",
        aliases: ["调研课题", "课题", "调研题目", "调研课题名称"],
        type: "text",
        oneItem: true,
        required: true,
        width: 24,
      },
      { key: "purpose", header: "调研目的", type: "text", required: true, width: 28 },
      { key: "arrangement", header: "调研安排", type: "text", required: true, width: 28 },
      {
        key: "lead",
        header: "牵头领导\n牵头部门、参与部门",
        // Brackets and list punctuation are ignored in matching (「牵头领导（牵头部门、参与部门）」 is the header).
        aliases: ["牵头领导", "牵头领导及牵头部门参与部门"],
        parts: ["牵头领导", "牵头部门、参与部门"],
        type: "text",
        required: true,
        width: 22,
      },
    ],
    notes: [],
    count: { min: 1, max: 2 },
    blankRows: 5,
    numberedRows: 4,
  },
  {
    id: "suggestions",
    number: 4,
    title: `${PLAN_TITLE}·提建议清单`,
    shortName: "提建议清单",
    unitLine: true,
    collected: true,
    version: 1,
    columns: [
      { key: "index", header: "序号", aliases: INDEX_ALIASES, type: "index", width: 6 },
      // Not bare 「建议」: a form of one column is known by it alone when it has no title.
      {
        key: "content",
        header: "建议内容",
        aliases: ["意见建议", "意见和建议", "意见及建议", "建议事项", "具体建议"],
        type: "text",
        oneItem: true,
        required: true,
        width: 80,
      },
    ],
    notes: ["备注：由责任单位负责收集整理。各单位按照时间节点向责任单位报送。"],
    blankRows: 4,
  },
  {
    id: "practical",
    number: 5,
    title: `${PLAN_TITLE}·办实事征集表`,
    shortName: "办实事征集表",
    unitLine: true,
    collected: true,
    version: 1,
    columns: [
      { key: "index", header: "序号", aliases: INDEX_ALIASES, type: "index", width: 6 },
      {
        key: "item",
        header: "办实事事项",
        aliases: ["实事项目", "办实事项目", "实事事项", "实事名称"],
        type: "text",
        oneItem: true,
        required: true,
        width: 24,
      },
      { key: "content", header: "主要内容", type: "text", required: true, width: 36 },
      { key: "departments", header: "参与部门", type: "text", width: 18 },
      { key: "leader", header: "牵头领导", type: "text", required: true, width: 12 },
    ],
    notes: ["备注：由责任单位负责收集，各单位按照时间节点向责任单位报送。"],
    count: { min: 1, max: 2 },
    blankRows: 3,
  },
];
