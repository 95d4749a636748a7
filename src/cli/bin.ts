import { run } from "./main";
import { READ_WORKER_ENV } from "./read/protocol";
import { serveReads } from "./read/worker";

// Output piped into `head` or a closed pager: stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

if (process.env[READ_WORKER_ENV] === "1") serveReads();
else
  void run(process.argv.slice(2), {
    log: (line) => process.stdout.write(line + "\n"),
    error: (line) => process.stderr.write(`huibiao: ${line}\n`),
  }).then((code) => (process.exitCode = code));
