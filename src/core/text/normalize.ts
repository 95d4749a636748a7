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

/**
 * Whether labelKey could change `s` (NEEDS_LABEL_WORK, tested a character at a time): the
 * duplicate check asks this of every row, and most cells are plain Chinese text. False means
 * labelKey(s) is s, and so is labelKey of any part of it.
 */
export function needsLabelWork(s: string): boolean {
  // A long text (a row's signature): the expression, compiled to native code, is the faster test.
  if (s.length > 32) return NEEDS_LABEL_WORK.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The common characters tested here, without a call (this runs for every row of every return).
    if (c >= 0x3400 && c <= 0xfefe) continue;
    if (c < 0x80 ? c <= 32 || c === 42 || c === 58 || c === 127 : mayChangeInLabel(c)) return NEEDS_LABEL_WORK.test(s);
  }
  return false;
}

/**
 * Whether labelKey might remove or change this character (a UTF-16 code): true for every one it
 * does (NEEDS_LABEL_WORK) and a few more (colons, which it drops only at the end). False means the
 * character stays as it is, where it is.
 */
export function mayChangeInLabel(c: number): boolean {
  // CJK and everything up to U+FEFE: nothing labelKey changes lies there (checked first, as most text is).
  if (c >= 0x3400 && c <= 0xfefe) return false;
  if (c < 0x80) return c <= 32 || c === 42 || c === 58 || c === 127;
  return (
    (c >= 0xff01 && c <= 0xff5e) ||
    c === 0x3000 ||
    c === 0x00a0 ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0xff1a ||
    (c >= 0x2000 && c <= 0x2060) ||
    c === 0x0085 ||
    c === 0x1680 ||
    c === 0x180e
  );
}

/** For comparing labels: half-width, no white space at all, no asterisks or trailing colons. */
export function labelKey(s: string): string {
  if (!needsLabelWork(s)) return s;
  return toHalfWidth(s.replace(INVISIBLE, ""))
    .replace(/\s+/g, "")
    .replace(/\*/g, "")
    .replace(/[:：]+$/, "");
}

/** Brackets and list punctuation, which header spellings add or drop freely. */
const LOOSE_DROP = /[()（）【】[\]〔〕<>《》、，,;；/／\\|·.。_\-—]/g;

/** For matching headers: labelKey without brackets or list punctuation (「牵头领导（牵头部门、参与部门）」 = 「牵头领导牵头部门参与部门」). */
export function looseKey(s: string): string {
  return labelKey(s).replace(LOOSE_DROP, "");
}

/**
 * The ways a header cell may name its column: the whole text; the text before a bracketed or
 * line-broken sub-label (「谈话时间（年月日）」, 「谈话时间\n格式2023-01-05」); the text before the
 * number Excel's tables add to a repeated header (「单位及职务2」); each as a looseKey.
 */
export function headerVariants(text: string): string[] {
  const out = [looseKey(text)];
  const firstLine = text.split(/\r?\n/)[0];
  const beforeBracket = text.split(/[（(【〔[]/)[0];
  // Excel's tables number a repeated header (单位及职务, 单位及职务2): the name without the number.
  const last = text.charCodeAt(text.length - 1);
  const numbered = last >= 48 && last <= 57 ? (/^(.*[^\d\s])\s*\d{1,2}$/.exec(text.trim())?.[1] ?? "") : "";
  for (const part of [firstLine, beforeBracket, numbered]) {
    // (Most labels are one line without brackets or number: nothing new to key.)
    if (part === text || part === "") continue;
    const k = looseKey(part);
    if (k && !out.includes(k)) out.push(k);
  }
  return out[0] ? out : [];
}
