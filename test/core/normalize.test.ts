import { describe, expect, it } from "@jest/globals";
import { labelKey } from "../../src/core/text/normalize";

/** labelKey as it was written first, a regular expression deciding: the fast path must agree with it. */
const NEEDS = /[\s\uFF01-\uFF5E\u3000\u00A0\u200B-\u200D\u2060\uFEFF\u00AD*:：]/;
const reference = (s: string) =>
  !NEEDS.test(s)
    ? s
    : s
        .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
        .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/[\u3000\u00A0]/g, " ")
        .replace(/\s+/g, "")
        .replace(/\*/g, "")
        .replace(/[:：]+$/, "");

describe("labelKey", () => {
  const specials = [
    " ",
    "\t",
    "\n",
    "\r",
    "\v",
    "\f",
    "\u00a0",
    "\u1680",
    "\u2000",
    "\u200a",
    "\u2028",
    "\u2029",
    "\u202f",
    "\u205f",
    "\u3000",
    "\ufeff",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u00ad",
    "*",
    ":",
    "：",
    "Ａ",
    "（",
    "～",
    // The edges of the range the fast path skips (U+3400-U+FEFE) and what lies beside them.
    "\u33ff",
    "\u3400",
    "\ufefe",
    "\uff00",
    "\uff01",
    "\u2fff",
  ];
  it.each(specials.map((c) => [JSON.stringify(c), c]))("%s anywhere in a label is handled as before", (_, c) => {
    for (const s of [`${c}谈话人`, `谈话${c}人`, `谈话人${c}`, `${c}`, `张三${c}${c}`])
      expect(labelKey(s)).toBe(reference(s));
  });

  it("plain text comes back as it is, fast", () => {
    for (const s of ["谈心谈话", "办公室", "2023-01-05", "abc123", "é", "张三（副科长）"])
      expect(labelKey(s)).toBe(reference(s));
  });

  it("agrees with the reference on random strings", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = [...specials, "谈", "话", "a", "1", "-", "、"];
    for (let n = 0; n < 2000; n++) {
      // Short labels and long texts (a row's signature), which take another path.
      const length = 1 + Math.floor(rnd() * (n % 2 ? 6 : 60));
      const s = Array.from({ length }, () => pool[Math.floor(rnd() * pool.length)]).join("");
      expect(labelKey(s)).toBe(reference(s));
    }
  });
});
