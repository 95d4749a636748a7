import { readFileSync } from "node:fs";
import { decodeText } from "../hosts/file/csv";
import { UsageError } from "./args";

/**
 * A JSON file the coordinator wrote or edited by hand (收集任务.json in Notepad, a form definition):
 * its value, or a UsageError saying which file, where (line and column) and what to mend. Typed with
 * a Chinese input method, JSON gets 「“」 for 「"」, 「：」 for 「:」, a comma after the last item:
 * "不是有效的 JSON" alone would leave the coordinator searching.
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = decodeText(readFileSync(path));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "找不到这个文件" : "无法打开这个文件";
    throw new UsageError(`无法读取${what} ${path}：${why}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`无法读取${what} ${path}：${jsonProblem(text, e instanceof Error ? e.message : "")}`);
  }
}

/** Where JSON.parse stopped in `text` (its message gives the position), in words, with what to mend. */
export function jsonProblem(text: string, message: string): string {
  if (!text.trim()) return "文件是空的";
  const at = stoppedAt(text, message);
  if (at >= text.length) return `文件不完整（${lineColumn(text, text.length)}）：缺少结尾的 } 或 ]，或有引号没有配对`;
  const ch = text[at];
  const before = text.slice(0, at).trimEnd().slice(-1);
  return `${lineColumn(text, at)}不是有效的 JSON：${hint(ch, before, message)}`;
}

function hint(ch: string, before: string, message: string): string {
  if ("“”‘’".includes(ch)) return `这里用了中文引号「${ch}」，请改为英文半角引号 "`;
  if (FULL_WIDTH[ch]) return `这里用了中文标点「${ch}」，请改为英文半角的「${FULL_WIDTH[ch]}」`;
  if (ch === "'") return `这里用了单引号，请改为英文双引号 "`;
  if (before === "," && (ch === "}" || ch === "]")) return "最后一项后面多了逗号，请删去";
  if (/Expected ',' or/.test(message)) return "上一项后面缺少逗号";
  if (/after JSON/.test(message)) return "前面的内容已经完整，这里多出了内容（多了一个 } 或 ]？）";
  return `这里的「${ch}」不符合 JSON 格式（名称和文字都要用英文双引号括起来，各项之间用英文逗号分隔）`;
}

const FULL_WIDTH: Readonly<Record<string, string>> = {
  "：": ":",
  "，": ",",
  "｛": "{",
  "｝": "}",
  "［": "[",
  "］": "]",
};

/**
 * The position JSON.parse stopped at: its message says it ("… in JSON at position 7"), except for
 * an unexpected token ("Unexpected token ']', … is not valid JSON", V8's words for [2, 3,]), which
 * is then found outside strings: a comma before it first (the usual slip), else its first use.
 */
function stoppedAt(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  if (!token) return text.length;
  let first = -1;
  let comma = -1;
  for (let i = 0, inString = false; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ",") comma = i;
    else if (ch === token) {
      if (comma >= 0 && !text.slice(comma + 1, i).trim()) return i;
      if (first < 0) first = i;
    } else if (ch.trim()) comma = -1;
  }
  return first < 0 ? text.length : first;
}

/** 第 3 行第 5 列 of a position in the text (lines and columns from 1, as Notepad counts them). */
function lineColumn(text: string, at: number): string {
  const lines = text
    .slice(0, at)
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/);
  return `第 ${lines.length} 行第 ${lines[lines.length - 1].length + 1} 列`;
}
