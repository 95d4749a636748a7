import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import { textCellWarnings } from "./text-cell-warnings";

/**
 * A column of one person a row (谈话对象) naming several in a cell: 「张三、李四」, 「张三等3人」.
 * A warning with how many: talks are counted by row (人次), so one row for three people counts one.
 */
export function onePersonRule(ctx: RuleContext): RawIssue[] {
  return textCellWarnings(
    ctx,
    (col) => col.onePerson === true,
    (v, column) => {
      // Most cells are one name: no list mark, nothing more to look at.
      if (v.length < 3 || !MAY_LIST.test(v)) return null;
      const { count, names } = namedPeople(v);
      return count < 2 ? null : (at) => issue("person.several", { column, count, names }, at);
    },
  );
}

/**
 * Marks that join names in a list: 、 ， , ； ; / ／. Not spaces: a name of two characters is often
 * padded to the width of three (「张　三」), and not 和 or 及, which names hold (王和平).
 */
const JOINER = /[、，,；;/／]+/;
/** A list mark or 等: a cell without one names one person. */
const MAY_LIST = /[、，,；;/／等]/;
/** 「张三等3人」, 「李四等五名同志」: the count the text gives. */
const AND_OTHERS = /等\s*([0-9０-９]{1,3}|[两二三四五六七八九十]{1,3})\s*(?:人|名|位)/;
const CHINESE_COUNT = "一二三四五六七八九";
/** What is in brackets (a post, a note) is no name of its own: 「张三（科长）、李四」. */
const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;
/**
 * A name as lists write one: a few characters, no figures (an item of a list of posts or dates is
 * not). CJK by its ranges, not \p{Script=Han}: WPS's older Chromium parses ES2017 only.
 */
const NAME = /^[\u3400-\u9fff\uf900-\ufaff·•A-Za-z]{2,10}$/;
/** How groups, posts and offices end (全体党员, 党支部书记, 法规科): listed so, they are not people by name. */
const NOT_A_NAME =
  /(?:党员|干部|职工|同志|人员|成员|班子|分子|群众|代表|主任|书记|局长|科长|站长|队长|部长|处长|委员|科员|负责人|领导|[科室局站队部组处])$/;

/** How many people a cell names (a list of names, or 「…等N人」), and the first of them (at most three). */
export function namedPeople(text: string): { count: number; names: string } {
  const t = text.replace(BRACKETED, "").trim();
  const others = AND_OTHERS.exec(t);
  if (others) return { count: chineseCount(others[1]), names: t.slice(0, others.index + 1) };
  const parts = t.split(JOINER).map((p) => p.replace(/\s+/g, ""));
  if (parts.length < 2 || !parts.every((p) => NAME.test(p) && !NOT_A_NAME.test(p))) return { count: 0, names: "" };
  const names = parts.slice(0, 3).join("、") + (parts.length > 3 ? "……" : "");
  return { count: parts.length, names };
}

function chineseCount(s: string): number {
  const half = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(half)) return Number(half);
  if (s === "十") return 10;
  const [tens, ones] = s.includes("十") ? s.split("十") : ["", s];
  const digit = (x: string) => (x === "两" ? 2 : CHINESE_COUNT.indexOf(x) + 1);
  return (s.includes("十") ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones) : 0);
}
