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

/** A command: its arguments in, an exit code out (0 fine, 1 errors found, 2 unusable input). */
export type Command = (args: Args, context: CommandContext) => number;
