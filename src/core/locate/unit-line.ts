import { cellText, type Grid } from "../sheet/grid";

/** The 填报单位 line: where it is and what it says ("" when empty). */
export interface UnitLine {
  readonly row: number;
  readonly col: number;
  readonly valueCol: number;
  readonly text: string;
}

/**
 * The label of the unit line as offices write it: 填报单位, 填表单位, 报送单位, 上报单位, 制表单位,
 * 单位名称, 填报单位（盖章）, 单位（盖章）, 填报科室, 部门：, 所在单位：… A bare 「单位」 (部门, 科室) needs its colon or bracket
 * (「单位及职务」, 「参与部门」 are headers, not this line).
 */
const ORG = "(?:单\\s*位|部\\s*门|科\\s*室)";
const NAMED = "(?:\\s*名\\s*称)?";
const BRACKET = "(?:\\s*[（(][^）)]*[）)])?";
const UNIT_LABEL = new RegExp(
  "^[\\s\\u3000]*(?:" +
    `(?:填\\s*[报表写]|[上呈]\\s*报|报\\s*送|申\\s*报|制\\s*表)\\s*${ORG}${NAMED}${BRACKET}\\s*[:：]?` +
    `|(?:所\\s*在\\s*)?${ORG}${NAMED}${BRACKET}\\s*[:：]` +
    `|${ORG}\\s*[（(][^）)]*[）)])`,
);

/** Whether a cell's text opens with the unit line's label (填报单位：, 单位（盖章）…). */
export function isUnitLabel(text: string): boolean {
  return UNIT_LABEL.test(text);
}

/** Other labels that may share the 填报单位 cell: 「填报单位：办公室　　填报时间：2023年1月」. */
const NEXT_LABEL = /\s{2,}|[\s\u3000]*(填报时间|填报日期|填表日期|填报人|填表人|联系人|联系电话|日期)[:：]/;

/**
 * The 填报单位 line: above the header (where the plan has it), else below the table (some units
 * move it), before `end` (where the next form begins, when forms stand one below another).
 */
export function findUnitLine(
  grid: Grid,
  headerRow: number,
  headerRows: number,
  end = grid.rowCount,
): UnitLine | undefined {
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 6); r--) {
    const c = labelColumn(grid, r);
    if (c >= 0) return unitLineAt(grid, r, c);
  }
  // Below the table (a line some units move there): looked up in the sheet's rows of labels.
  const { rows, cols } = labelCells(grid);
  const first = headerRow + headerRows;
  const r = rows[firstAtOrAfter(rows, first)];
  return r !== undefined && r < end ? unitLineAt(grid, r, cols.get(r)!) : undefined;
}

/** The unit line whose label is in cell (r, c). */
function unitLineAt(grid: Grid, r: number, c: number): UnitLine {
  const raw = cellText(grid.raw(r, c));
  const label = UNIT_LABEL.exec(raw)!;
  const inline = raw.slice(label[0].length).split(NEXT_LABEL)[0].trim();
  if (inline) return { row: r, col: c, valueCol: c, text: inline };
  // The label's cell may be merged across several columns: the value is after the merge.
  const end = grid.mergeEnd(r, c);
  // Left blank: the unit goes in the cell beside the label, or in the label's own cell when
  // that is merged across the line (填报单位：　　　　填报时间：…).
  const blank = { row: r, col: c, valueCol: end - c >= 2 ? c : end + 1, text: "" };
  for (let c2 = end + 1, n = grid.width(r); c2 < n; c2++) {
    const v = cellText(grid.raw(r, c2)).trim();
    if (!v) continue;
    // The next label (填报人：…) means the unit was left blank.
    if (NEXT_LABEL.test(` ${v}`) && /^(填|联|日)/.test(v)) return blank;
    return { row: r, col: c, valueCol: c2, text: v };
  }
  return blank;
}

/**
 * The 填报单位 line typed over (a unit clicked the cell of 「填报单位（盖章）：」 and typed 南县分局
 * there, the label gone): the rows between the title and the header, nearest the header first,
 * each as the text of its first filled cell up to the next label (填报人：…) or a wide gap. Which,
 * if any, names a unit is the caller's to say (it has the roster); a row of the header's or the
 * title's is not among them.
 */
export function unlabelledLines(grid: Grid, headerRow: number, titleRow: number): UnitLine[] {
  const out: UnitLine[] = [];
  const top = titleRow >= 0 && titleRow < headerRow ? titleRow + 1 : Math.max(0, headerRow - 3);
  for (let r = headerRow - 1; r >= top; r--) {
    for (let c = 0, n = grid.width(r); c < n; c++) {
      const raw = cellText(grid.raw(r, c)).trim();
      if (!raw) continue;
      const text = raw.split(NEXT_LABEL)[0].trim();
      if (text) out.push({ row: r, col: c, valueCol: c, text });
      break;
    }
  }
  return out;
}

/**
 * Whether a text may be a unit line's label, by two quick looks: it begins (after blanks) as one
 * does, and it holds the last character of 单位, 部门 or 科室 (a post such as 科员 is ruled out).
 */
function mayBeLabel(v: string): boolean {
  return LABEL_START.test(v) && (v.includes("位") || v.includes("门") || v.includes("室"));
}

const LABEL_START = /^[\s\u3000]*[填报申上呈制单部科所]/;

/** The column of row r's first cell holding a unit line's label, or -1. */
function labelColumn(grid: Grid, r: number): number {
  for (let c = 0, n = grid.width(r); c < n; c++) {
    const v = grid.raw(r, c);
    if (typeof v === "string" && mayBeLabel(v) && UNIT_LABEL.test(v)) return c;
  }
  return -1;
}

/**
 * Every row holding a unit line's label, in order, and the column of its first: worked out once per
 * sheet, when a line is looked for below a table. Each table and each header tried for one looks
 * its line up here instead of reading every row below it again (a sheet of 100,000 pasted headers
 * took minutes).
 */
function labelCells(grid: Grid): { readonly rows: readonly number[]; readonly cols: ReadonlyMap<number, number> } {
  let found = LABELS.get(grid);
  if (!found) {
    const rows: number[] = [];
    const cols = new Map<number, number>();
    for (let r = 0; r < grid.rowCount; r++) {
      const c = labelColumn(grid, r);
      if (c < 0) continue;
      rows.push(r);
      cols.set(r, c);
    }
    LABELS.set(grid, (found = { rows, cols }));
  }
  return found;
}

const LABELS = new WeakMap<Grid, { readonly rows: readonly number[]; readonly cols: ReadonlyMap<number, number> }>();

/** The index of the first of the ascending `rows` at or after `row` (rows.length when none is). */
function firstAtOrAfter(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
