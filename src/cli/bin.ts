import { run } from "./main";
import { READ_WORKER_ENV } from "./read/protocol";
import { serveReads } from "./read/worker";

// Output piped into `head` or a closed pager: nothing more is printed (no stack trace), and the
// command still finishes its work (`huibiao demo | head` still writes the summary and the rest).
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    stream.write = (() => true) as typeof stream.write;
  });

if (process.env[READ_WORKER_ENV] === "1") serveReads();
else
  void run(process.argv.slice(2), {
    log: (line) => process.stdout.write(line + "\n"),
    error: (line) => process.stderr.write(`huibiao: ${line}\n`),
  }).then((code) => (process.exitCode = code));
