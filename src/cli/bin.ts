import { run } from "./main";

process.exitCode = run(process.argv.slice(2), {
  log: (line) => process.stdout.write(line + "\n"),
  error: (line) => process.stderr.write(`huibiao: ${line}\n`),
});
