import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";
import { textCellWarnings } from "./text-cell-warnings";

/**
 * A column of one item a row (建议内容, 课题名称, 办实事事项) holding several numbered ones in a
 * cell: 「1.加强… 2.完善… 3.…」. A warning with how many and the first: the summary counts
 * suggestions and topics by row, and 附件3/5's limit of two would not see the third.
 */
export function oneItemRule(ctx: RuleContext): RawIssue[] {
  return textCellWarnings(
    ctx,
    (col) => col.oneItem === true,
    (v, column) => {
      if (v.length < 6) return null;
      const { count, first } = numberedItems(v);
      return count < 2 ? null : (at) => issue("item.several", { column, count, first }, at);
    },
  );
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";
const CHINESE = "一二三四五六七八九十";

/** Markers of item k that stand anywhere (（2）, ②) and those that begin after a break (2. 2、 二、 二是). */
const MARKERS: { anywhere: RegExp; afterBreak: RegExp }[] = [];

function markers(k: number): { anywhere: RegExp; afterBreak: RegExp } {
  return (MARKERS[k] ??= markersOf(k));
}

function markersOf(k: number): { anywhere: RegExp; afterBreak: RegExp } {
  const anywhere = [`[(（]${k}[)）]`];
  // A figure not followed by another (1.5亿 is no marker).
  const afterBreak = [`${k}[.．、)）](?![0-9０-９])`];
  if (k <= 10) {
    anywhere.push(CIRCLED[k - 1]);
    afterBreak.push(`${CHINESE[k - 1]}[、.．是]`);
  }
  return { anywhere: new RegExp(anywhere.join("|"), "y"), afterBreak: new RegExp(afterBreak.join("|"), "y") };
}

/** Where an item may begin: after a line break, a stop, a semicolon or a space (the first also after a colon). */
const BOUNDARY = /[\s；;。!！?？]/;
const BEFORE_FIRST = /[\s；;。!！?？:：]/;

/** Where marker k begins and ends, at or after `from`; null when there is none. */
function nextMarker(t: string, k: number, from: number, boundary: RegExp): { start: number; end: number } | null {
  const { anywhere, afterBreak } = markers(k);
  for (let i = from; i < t.length; i++) {
    anywhere.lastIndex = i;
    if (anywhere.test(t)) return { start: i, end: anywhere.lastIndex };
    if (i > 0 && !boundary.test(t[i - 1])) continue;
    afterBreak.lastIndex = i;
    if (afterBreak.test(t)) return { start: i, end: afterBreak.lastIndex };
  }
  return null;
}

/** How many items the text numbers 1, 2, 3… in order, and the first one's opening words. */
export function numberedItems(text: string): { count: number; first: string } {
  const t = text.trim();
  const one = nextMarker(t, 1, 0, BEFORE_FIRST);
  if (!one) return { count: 0, first: "" };
  let count = 1;
  let from = one.end;
  let firstEnd = t.length;
  for (let k = 2; k <= 99; k++) {
    const found = nextMarker(t, k, from, BOUNDARY);
    if (!found) break;
    if (k === 2) firstEnd = found.start;
    count = k;
    from = found.end;
  }
  const firstText = t.slice(one.end, firstEnd).replace(/[\s；;。，,]+$/, "");
  return { count, first: [...firstText].slice(0, 12).join("") };
}
