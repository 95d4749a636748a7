/** Text normalisation shared by header matching, enumerations and dates. */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Full-width ASCII (！-～) and the ideographic space become their half-width forms. */
export function toHalfWidth(s: string): string {
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
  return toHalfWidth(s.replace(INVISIBLE, ""))
    .replace(/\s+/g, "")
    .replace(/\*/g, "")
    .replace(/[:：]+$/, "");
}
