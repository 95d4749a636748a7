import { BUILTIN_ANNEXES } from "../../core/schema/annexes";
import type { AnnexSchema } from "../../core/schema/types";
import type { CellValue, SheetData } from "../../core/sheet/types";
import { ymdToSerial } from "../../core/dates/serial";
import type { PlainFormat } from "../../hosts/files";
import { returnSheet, type ReturnLayout } from "./return-sheet";

/** The built-in roster of the demo: units of a city ecology and environment bureau. */
export const DEMO_ROSTER = [
  "办公室",
  "机关党委",
  "人事科",
  "宣教科",
  "法规科",
  "财务科",
  "大气环境科",
  "水生态环境科",
  "土壤生态环境科",
  "自然生态科",
  "核与辐射安全科",
  "环评科",
  "执法支队",
  "监测站",
  "信息中心",
  "固废中心",
  "赫山分局",
  "资阳分局",
  "南县分局",
  "桃江分局",
  "安化分局",
  "沅江分局",
  "大通湖分局",
  "高新区分局",
] as const;

const SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗".split("");
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "强",
  "磊",
  "洋",
  "艳",
  "勇",
  "军",
  "杰",
  "涛",
  "明",
  "超",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
];
const POSTS = ["科长", "副科长", "科员", "主任", "副主任", "局长", "副局长", "支部书记", "四级主任科员", "一级科员"];
const PLACES = ["局三楼会议室", "科室办公室", "分局会议室", "党员活动室", "局党组会议室"];
const TOPICS = [
  "洞庭湖水生态环境保护修复对策研究",
  "重污染天气应对机制研究",
  "农村生活污水治理路径研究",
  "危险废物规范化管理研究",
  "入河排污口排查整治研究",
  "生态环境执法效能提升研究",
];
const DEEDS = [
  "为企业开展环评审批帮办代办",
  "解决居民小区油烟扰民问题",
  "开放监测站公众开放日",
  "整治群众反映强烈的噪声问题",
  "帮助乡镇完善污水收集管网",
];

/** A small deterministic PRNG (mulberry32), so the same seed gives the same returns. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const person = (rnd: () => number) => pick(rnd, SURNAMES) + pick(rnd, GIVEN);
const annex = (id: string): AnnexSchema => BUILTIN_ANNEXES.find((s) => s.id === id)!;
const dateCell = (y: number, m: number, d: number): CellValue => ({ kind: "date", serial: ymdToSerial({ y, m, d }) });

/** Talk rows of a unit: real date cells, each of the four talk types. */
export function talkRows(rnd: () => number, unit: string, n: number): Record<string, CellValue>[] {
  return Array.from({ length: n }, (_, i) => ({
    talker: person(rnd),
    talkerPost: `${unit}${pick(rnd, POSTS)}`,
    talkee: person(rnd),
    talkeePost: `${unit}${pick(rnd, POSTS)}`,
    recorder: person(rnd),
    // Talks held in January: before any sample return is saved (from 1 February on).
    date: dateCell(2023, 1, 1 + Math.floor(rnd() * 31)),
    place: pick(rnd, PLACES),
    type: ["谈心谈话", "任前谈话", "提醒谈话", "廉政谈话"][i % 4],
  }));
}

export function researchRows(rnd: () => number, unit: string, n: number): Record<string, CellValue>[] {
  return Array.from({ length: n }, () => ({
    topic: pick(rnd, TOPICS),
    purpose: "摸清底数，找准问题，提出对策",
    arrangement: "2023年3月至6月，分三个阶段实地调研",
    lead: `${person(rnd)}；${unit}牵头，相关科室参与`,
  }));
}

export function practicalRows(rnd: () => number, unit: string, n: number): Record<string, CellValue>[] {
  return Array.from({ length: n }, () => ({
    item: pick(rnd, DEEDS),
    content: "细化措施，明确时限，专人负责",
    departments: unit,
    leader: person(rnd),
  }));
}

export function suggestionRows(rnd: () => number, n: number): Record<string, CellValue>[] {
  return Array.from({ length: n }, (_, i) => ({
    content: `建议${i + 1}：加强${pick(rnd, ["基层监测能力", "执法队伍培训", "信息化建设", "宣传教育"])}，完善考核机制。`,
  }));
}

export interface SampleFile {
  readonly name: string;
  readonly format: PlainFormat;
  readonly sheets: SheetData[];
  /** Saved time recorded in the file and used as its modification time. */
  readonly savedAt: Date;
  /** What is special about this return, for the demo's explanation. */
  readonly note: string;
}

/** The demo's returns: most units answer, four do not, and the answers carry the usual mistakes. */
export function demoReturns(seed = 2023): {
  roster: readonly string[];
  files: SampleFile[];
  corrupt: { name: string; bytes: Uint8Array };
} {
  const rnd = random(seed);
  const talks = annex("talks");
  const research = annex("research");
  const practical = annex("practical");
  const suggestions = annex("suggestions");
  const silent = new Set(["核与辐射安全科", "沅江分局", "大通湖分局", "信息中心"]);
  const files: SampleFile[] = [];
  let day = 1;
  const add = (unit: string, format: PlainFormat, sheets: SheetData[], note: string, name?: string) =>
    files.push({
      name: name ?? `${unit}-学习宣传贯彻二十大精神报表.${format}`,
      format,
      sheets,
      savedAt: new Date(Date.UTC(2023, 1, day++, 9)),
      note,
    });

  for (const unit of DEMO_ROSTER) {
    if (silent.has(unit)) continue;
    const layout: ReturnLayout = { unit, trailingBlank: 3 };
    const t = talkRows(rnd, unit, 4 + Math.floor(rnd() * 5));
    const r = researchRows(rnd, unit, 1 + Math.floor(rnd() * 2));
    const p = practicalRows(rnd, unit, 1 + Math.floor(rnd() * 2));
    const sheets = () => [
      returnSheet(talks, t, { ...layout }),
      returnSheet(research, r, layout),
      returnSheet(practical, p, layout),
      returnSheet(suggestions, suggestionRows(rnd, 2), layout),
    ];
    switch (unit) {
      case "办公室":
        t[1].date = "2023年23月5日";
        t[2].type = "谈心";
        add(unit, "xlsx", sheets(), "谈话时间写成「2023年23月5日」，谈话类型写成「谈心」");
        break;
      case "人事科":
        add(
          unit,
          "xlsx",
          [
            returnSheet(talks, t, { ...layout, unitLineEmpty: true }),
            returnSheet(research, r, { ...layout, unitLineEmpty: true }),
          ],
          "填报单位空着，从文件名认出单位",
        );
        break;
      case "宣教科":
        add(
          unit,
          "xlsx",
          [returnSheet(talks, t, layout), returnSheet(research, researchRows(rnd, unit, 3), layout)],
          "申报了 3 个调研课题（限 1-2 个）",
        );
        break;
      case "法规科": {
        add(unit, "xlsx", sheets(), "第一次报送", `${unit}-报表（初稿）.xlsx`);
        // The revision corrects two cells of the first draft (a place, a date); the rest is as sent.
        const fresh = talkRows(rnd, unit, 6);
        const t2 = t.map((x, i) =>
          i === 1 ? { ...x, place: fresh[1].place } : i === 3 ? { ...x, date: fresh[3].date } : x,
        );
        add(
          unit,
          "xlsx",
          [returnSheet(talks, t2, layout), returnSheet(research, r, layout), returnSheet(practical, p, layout)],
          "修改后重新报送，替换初稿",
          `${unit}-报表（修改稿）.xlsx`,
        );
        break;
      }
      case "财务科":
        add(
          unit,
          "csv",
          [
            returnSheet(
              talks,
              t.map((x) => ({ ...x, date: "2023/1/14" })),
              layout,
            ),
          ],
          "另存为 CSV，日期是文字",
        );
        break;
      case "大气环境科":
        add(unit, "xls", sheets(), "用旧版 .xls 格式报送");
        break;
      case "水生态环境科":
        add(unit, "ods", sheets(), "用 .ods 格式报送");
        break;
      case "土壤生态环境科":
        add(
          unit,
          "xlsx",
          [
            { name: "说明", rows: [["本表由土壤生态环境科填报"]], merges: [] },
            returnSheet(talks, t, {
              ...layout,
              sheetName: "谈话统计（土壤科）",
              order: ["index", "talker", "talkerPost", "talkee", "talkeePost", "date", "type", "place", "recorder"],
              messyHeaders: true,
            }),
          ],
          "改了工作表名，调换了列的顺序，多了一张说明页",
        );
        break;
      case "自然生态科":
        t[0].date = "２０２３年１月５日";
        t[1].type = " 廉政谈话 ";
        t[2].date = "2023.2.30";
        add(
          unit,
          "xlsx",
          [returnSheet(talks, t, { ...layout, blankAfter: [1, 2] })],
          "全角日期、带空格的谈话类型（都可接受），以及不存在的「2023.2.30」",
        );
        break;
      case "执法支队":
        for (const row of t) row.talker = t[0].talker;
        t[3].talkee = null;
        add(
          unit,
          "xlsx",
          [returnSheet(talks, t, { ...layout, mergeDown: ["talker"] })],
          "谈话人合并单元格跨多行，一行漏填谈话对象",
        );
        break;
      case "监测站":
        add(
          unit,
          "xlsx",
          [
            returnSheet(
              suggestions,
              [{ content: '=HYPERLINK("http://example.invalid","点击")' }, { content: "+86 0737 电话回访群众" }],
              layout,
            ),
          ],
          "建议内容以 = 和 + 开头，汇总时按文字保存",
        );
        break;
      default:
        add(unit, rnd() < 0.2 ? "xls" : "xlsx", sheets(), "");
    }
  }
  const corrupt = { name: "赫山分局-报表（损坏）.xlsx", bytes: new TextEncoder().encode("这不是一个表格文件") };
  return { roster: DEMO_ROSTER, files, corrupt };
}
