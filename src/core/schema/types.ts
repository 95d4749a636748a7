/** An annex form of the plan, described as data (see annexes.ts). */
export type ColumnType = "index" | "text" | "date" | "enum";
/** The issue codes an enumerated column can raise: each has its own message. */
export type EnumCode = "talk-type" | "enum";

export interface ColumnSchema {
  /** Stable key used in code, JSON and the summary. */
  readonly key: string;
  /** Header text exactly as in the plan (may contain a line break). */
  readonly header: string;
  /** Other header spellings units are known to use (matched after normalisation). */
  readonly aliases?: readonly string[];
  /**
   * Short names taken for this column only under the form's own title (题目, 目的, 安排 in a sheet
   * titled 大调研课题申报表; 建议 in one titled 提建议清单): too general to tell a form by alone.
   */
  readonly titledAliases?: readonly string[];
  /**
   * Headers of the parts units split this column into, side by side and in order (附件3's
   * 「牵头领导」 | 「牵头部门、参与部门」): found together they read as this one column, their values
   * joined line by line.
   */
  readonly parts?: readonly string[];
  /**
   * Headers of columns units add right after this one that belong to it (附件3's 牵头领导 followed
   * by 牵头部门 | 参与部门, or 牵头科室 | 配合科室): read as part of this column, values joined line
   * by line, instead of as columns the form lacks.
   */
  readonly joins?: readonly string[];
  /**
   * The key of the column this one stands beside, for headers the form uses twice (单位及职务 after
   * 谈话人 and after 谈话对象): of the equal headers, this column is the one right after that
   * column's, wherever a unit put the pair (谈话对象 first).
   */
  readonly follows?: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /**
   * For type "date": a day that has passed when the form is filled in (谈话时间, not 完成时限): a
   * day after the form was saved (or, in the open workbook, after today) is warned of.
   */
  readonly past?: boolean;
  /**
   * For type "date": the first day a value can mean, as an ISO date, and what that day is, in words
   * (谈话时间: talks to study the 20th Party Congress's spirit came after it opened, 2022-10-16). An
   * earlier day is warned of (`date.before`): most often a slip in the year, 2013 for 2023.
   */
  readonly since?: { readonly date: string; readonly what: string };
  /**
   * For type "text": one item per row (a suggestion, a topic, a practical matter): a cell that
   * numbers several (1.… 2.…) is warned of, since the summary counts and sorts them row by row.
   */
  readonly oneItem?: boolean;
  /**
   * For type "text": each row names one person (谈话对象); a cell naming several (张三、李四,
   * 张三等3人) is warned of, since talks are counted by row.
   */
  readonly onePerson?: boolean;
  /** For type "enum": the allowed values. */
  readonly enumeration?: readonly string[];
  /**
   * For type "enum": the list is not the whole of it (the plan lists talk types and says 等): a
   * value of the same kind (ending as all listed ones do: 诫勉谈话) is a warning, not an error, and
   * the template's dropdown asks before it takes a value that is not listed.
   */
  readonly open?: boolean;
  /** For type "enum": the issue code raised for a value outside the list (talk types have their own). */
  readonly enumCode?: EnumCode;
  /** Column width in characters. */
  readonly width: number;
}

export interface CountRule {
  readonly min?: number;
  readonly max?: number;
}

export interface AnnexSchema {
  readonly id: string;
  /** 附件 number in the plan. */
  readonly number: number;
  readonly title: string;
  /** Short name used for sheet names, e.g. 大谈话统计表. */
  readonly shortName: string;
  /** Whether the template carries a 填报单位 line (every built-in annex does). */
  readonly unitLine: boolean;
  readonly columns: readonly ColumnSchema[];
  readonly notes: readonly string[];
  /** Rows a single unit may declare. */
  readonly count?: CountRule;
  /** Empty rows the template offers (after the pre-filled ones). */
  readonly blankRows: number;
  /** How many of the blank rows carry a pre-printed 序号. */
  readonly numberedRows?: number;
  /** Rows pre-filled from the plan (values by column key). */
  readonly prefilled?: readonly Readonly<Record<string, string>>[];
  /** Columns whose equal values on consecutive pre-filled rows are merged vertically. */
  readonly mergeDown?: readonly string[];
  /** Whether units return this annex (false: the coordinator's own list). */
  readonly collected: boolean;
  /** Template version; bumps when the layout changes. */
  readonly version: number;
}

export const UNIT_LABEL = "填报单位";
