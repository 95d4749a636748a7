/** A small argument parser: positionals, `-o X`, `--flag`, `--key value`, `--key=value`. */
export interface Args {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

const VALUED = new Set([
  "-o",
  "--output",
  "--roster",
  "--talk-types",
  "--expect",
  "--lang",
  "--forms",
  "--request",
  "--as-of",
  "--per-unit",
  "--corrections",
]);

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const key = eq > 0 ? a.slice(0, eq) : a;
    const name = key === "-o" ? "--output" : key;
    if (eq > 0) flags.set(name, a.slice(eq + 1));
    else if (VALUED.has(key)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${key} 后面需要一个值`);
      flags.set(name, v);
      i++;
    } else flags.set(name, true);
  }
  return { positionals, flags };
}

export function stringFlag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

/** Flags every command takes. */
const COMMON = ["--forms"];

export function checkFlags(args: Args, allowed: readonly string[]): void {
  for (const k of args.flags.keys())
    if (!allowed.includes(k) && !COMMON.includes(k)) throw new UsageError(`不认识的选项 ${k}`);
}
