/** Text normalisation shared by header matching, enumerations and dates. */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Full-width ASCII (！-～) and the ideographic space become their half-width forms. */
const HAS_WIDE = /[\uFF01-\uFF5E\u3000\u00A0]/;
/** Anything labelKey would change: white space, full-width forms, invisibles, asterisks, colons. */
const NEEDS_LABEL_WORK = /[\s\uFF01-\uFF5E\u3000\u00A0\u200B-\u200D\u2060\uFEFF\u00AD*:：]/;

export function toHalfWidth(s: string): string {
  if (!HAS_WIDE.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0x00a0) out += " ";
    else out += s[i];
  }
  return out;
}

/** Half-width, invisible characters removed, runs of white space folded, trimmed. */
export function cleanText(s: string): string {
  return toHalfWidth(s.replace(INVISIBLE, "")).replace(/\s+/g, " ").trim();
}

/** For comparing labels: half-width, no white space at all, no asterisks or trailing colons. */
export function labelKey(s: string): string {
  if (!NEEDS_LABEL_WORK.test(s)) return s;
  return toHalfWidth(s.replace(INVISIBLE, ""))
    .replace(/\s+/g, "")
    .replace(/\*/g, "")
    .replace(/[:：]+$/, "");
}
