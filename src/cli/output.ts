import type { AnnexRegistry } from "../core/schema/registry";
import type { Args } from "./args";

/** Where a command writes: lines for the user (stdout) and one-line errors (stderr). */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** What every command gets: where to write, and the forms (the plan's five and any given with --forms). */
export interface CommandContext {
  readonly out: Output;
  readonly forms: AnnexRegistry;
}

/** A command: its arguments in, an exit code out (0 fine, 1 errors found or nothing merged, 2 unusable input). */
export type Command = (args: Args, context: CommandContext) => number | Promise<number>;

/**
 * Text from a file (a name, a cell, a header) made safe for one line of terminal output: line
 * breaks and tabs become spaces; other control characters, and the bidirectional overrides that
 * can make a name read backwards, become U+FFFD.
 */
export function oneLine(s: string): string {
  let out = "";
  let space = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const lineBreak = c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
    if (lineBreak) {
      if (!space) out += " ";
      space = true;
      continue;
    }
    space = false;
    const control = c < 32 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    out += control ? "\ufffd" : ch;
  }
  return out;
}
