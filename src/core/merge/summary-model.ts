import type { AnnexSchema } from "../schema/types";
import { UNIT_LABEL } from "../schema/types";
import type { CellValue } from "../sheet/types";
import { isDateCell } from "../sheet/types";
import type { ModelCell, SheetModel, StyleName, WorkbookModel } from "../workbook/model";
import type { AnnexResult, MergeResult, MergedRow } from "./merge";

export const OVERVIEW_SHEET = "汇总概况";
export const UNKNOWN_UNIT = "（未识别单位）";

export function summarySheetName(schema: AnnexSchema): string {
  return `汇总 附件${schema.number} ${schema.shortName}`.slice(0, 31);
}

/** The summary workbook: the overview first, then one sheet per annex. */
export function summaryModel(result: MergeResult): WorkbookModel {
  return { sheets: [overviewSheet(result), ...result.annexes.map(annexSheet)], names: [] };
}

function annexSheet(a: AnnexResult): SheetModel {
  const { schema } = a;
  const headers = [
    ...schema.columns.map((c) => c.header),
    ...a.extraHeaders,
    UNIT_LABEL,
    "来源文件",
    "来源行",
    "校验问题",
  ];
  const last = headers.length - 1;
  const unitCount = Object.keys(a.units).length;
  const rows: (ModelCell | null)[][] = [
    [{ v: `${schema.title}（汇总）`, s: "title" }],
    [
      {
        v: `共 ${unitCount} 个单位、${a.rows.length} 行。有问题的单元格标红（错误）或标黄（提醒），说明见「校验问题」列。`,
        s: "label",
      },
    ],
    headers.map((v) => ({ v, s: "header" as const })),
  ];
  a.rows.forEach((row, i) => rows.push(dataRow(schema, a.extraHeaders, row, i + 1)));
  return {
    name: summarySheetName(schema),
    rows,
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: last },
      { r1: 1, c1: 0, r2: 1, c2: last },
    ],
    widths: [...schema.columns.map((c) => c.width), ...a.extraHeaders.map(() => 16), 16, 24, 7, 40],
    heights: { 0: 30, 2: 30 },
    freezeRows: 3,
    printTitleRows: [2, 2],
    landscape: true,
    autoFilter: { r1: 2, c1: 0, r2: Math.max(2, rows.length - 1), c2: last },
  };
}

function dataRow(schema: AnnexSchema, extraHeaders: readonly string[], row: MergedRow, n: number): ModelCell[] {
  const severityOf = (key: string) =>
    row.issues.some((i) => i.field === key && i.severity === "error")
      ? "error"
      : row.issues.some((i) => i.field === key)
        ? "warning"
        : undefined;
  const cells: ModelCell[] = schema.columns.map((col) => {
    const v = col.type === "index" ? n : (row.values[col.key] ?? null);
    return { v, s: styleFor(v, severityOf(col.key)) };
  });
  const worst = row.issues.some((i) => i.severity === "error") ? "error" : row.issues.length ? "warning" : undefined;
  for (const h of extraHeaders) cells.push({ v: row.extras[h] ?? null, s: "cell" });
  cells.push({ v: row.unit || UNKNOWN_UNIT, s: "cell" }, { v: row.file, s: "cell" }, { v: row.sourceRow, s: "index" });
  cells.push({ v: row.issues.map((i) => `${i.cell} ${i.message}`).join("\n"), s: styleFor("", worst) });
  return cells;
}

function styleFor(v: CellValue, severity: "error" | "warning" | undefined): StyleName {
  if (isDateCell(v)) return severity ? "errorDate" : "date";
  return severity === "error" ? "errorCell" : severity === "warning" ? "warningCell" : "cell";
}

function overviewSheet(result: MergeResult): SheetModel {
  const ids = result.expected.length ? result.expected : result.annexes.map((a) => a.schema.id);
  const schemaOf = (id: string) => result.annexes.find((a) => a.schema.id === id)?.schema;
  const label = (id: string) => `附件${schemaOf(id)?.number ?? id}`;
  const headers = ["序号", "单位", ...ids.map((id) => `${label(id)} 行数`), "错误", "提醒", "状态", "说明"];
  const last = headers.length - 1;
  const rosterUnits = result.status.filter((s) => s.inRoster);
  const returned = rosterUnits.filter((s) => Object.keys(s.annexes).length > 0).length;
  const rows: (ModelCell | null)[][] = [
    [{ v: "汇总概况", s: "title" }],
    [
      {
        v: `名单内单位 ${rosterUnits.length} 个，已报 ${returned} 个，未报 ${rosterUnits.length - returned} 个；错误 ${result.issues.errors} 处，提醒 ${result.issues.warnings} 处；被替换的重复报送 ${result.replaced.length} 份；无法读取或未识别的文件 ${result.rejected.length} 份。`,
        s: "label",
      },
    ],
    headers.map((v) => ({ v, s: "header" as const })),
  ];
  result.status.forEach((s, i) => {
    const errors = Object.values(s.annexes).reduce((n, a) => n + a.errors, 0);
    const warnings = Object.values(s.annexes).reduce((n, a) => n + a.warnings, 0);
    const state = !s.unit
      ? "无法确定单位"
      : !s.inRoster
        ? "不在名单中"
        : s.missing.length === ids.length
          ? "未报"
          : s.missing.length
            ? `部分未报：${s.missing.map(label).join("、")}`
            : "已报";
    const notes = result.replaced
      .filter((r) => r.unit === s.unit)
      .map((r) => `${label(r.annex)}：「${r.by}」替换了「${r.file}」`);
    const style: StyleName = state === "已报" ? "cell" : state === "未报" || !s.unit ? "errorCell" : "warningCell";
    rows.push([
      { v: i + 1, s: "index" },
      { v: s.unit || UNKNOWN_UNIT, s: "cell" },
      ...ids.map((id) => ({ v: s.annexes[id]?.rows ?? null, s: "index" as const })),
      { v: errors, s: errors ? "errorCell" : "index" },
      { v: warnings, s: warnings ? "warningCell" : "index" },
      { v: state, s: style },
      { v: notes.join("\n"), s: "cell" },
    ]);
  });
  rows.push([]);
  rows.push([{ v: "未报送单位", s: "sectionTitle" }]);
  for (const id of ids) {
    const missing = result.missing[id] ?? [];
    rows.push([
      { v: `${label(id)} ${schemaOf(id)?.shortName ?? ""}`, s: "cell" },
      { v: missing.length ? missing.join("、") : "无", s: missing.length ? "warningCell" : "cell" },
    ]);
  }
  if (result.replaced.length) {
    rows.push([]);
    rows.push([{ v: "重复报送（以较晚的文件为准）", s: "sectionTitle" }]);
    rows.push(["单位", "附件", "被替换的文件", "替换为"].map((v) => ({ v, s: "header" as const })));
    for (const r of result.replaced)
      rows.push([r.unit, label(r.annex), r.file, r.by].map((v) => ({ v, s: "cell" as const })));
  }
  if (result.rejected.length) {
    rows.push([]);
    rows.push([{ v: "无法读取或未识别的文件（未汇总，请联系报送单位）", s: "sectionTitle" }]);
    rows.push(["文件", "原因"].map((v) => ({ v, s: "header" as const })));
    for (const r of result.rejected)
      rows.push([
        { v: r.file, s: "cell" },
        { v: r.reason, s: "errorCell" },
      ]);
  }
  return {
    name: OVERVIEW_SHEET,
    rows,
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: last },
      { r1: 1, c1: 0, r2: 1, c2: last },
    ],
    widths: [6, 22, ...ids.map(() => 11), 7, 7, 22, 48],
    heights: { 0: 30 },
    freezeRows: 3,
    printTitleRows: [2, 2],
    landscape: true,
  };
}
