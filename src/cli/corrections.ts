import { windowsText } from "../core/text/windows-text";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { correctionWorkbook } from "../app/corrections";
import { correctionSheets } from "../app/follow-up";
import { corrections, correctionText } from "../core/corrections/corrections";
import type { MergeResult } from "../core/merge/merge";
import { fileHost } from "./host";
import { readEach, type FoundInput } from "./io";
import { correctionFileName } from "../core/request/file-names";
import { writeFileAtomic } from "./write-file";

/**
 * 退回修改: for each unit whose returns have errors, <单位>-退回修改.xlsx (its own sheets, the cells
 * marked, 修改说明 first) and one 退回修改清单.txt with every unit's list to paste into a chat.
 * The unit's files are read again (the merge keeps only their rows). Returns the units written.
 */
export async function writeCorrections(
  result: MergeResult,
  found: readonly FoundInput[],
  dir: string,
): Promise<string[]> {
  const list = corrections(result);
  if (!list.length) return [];
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(list.flatMap((c) => c.files));
  const files = found.filter((f) => wanted.has(f.name));
  const read = await readEach(files, (f) => ({ name: f.name, sheets: f.sheets ?? [] }));
  for (const c of list) {
    const sheets = correctionSheets(c.files, c.items, read);
    writeFileAtomic(join(dir, correctionFileName(c.unit)), fileHost.write(correctionWorkbook(c, sheets)));
  }
  const text = list.map((c) => correctionText(c)).join("\n\n");
  writeFileAtomic(join(dir, "退回修改清单.txt"), windowsText(text));
  return list.map((c) => c.unit);
}
