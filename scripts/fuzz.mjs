// A long fuzz run: thousands of mutated returns with a new seed each time (or the one given), so
// that every run explores new damage. A failure prints the seed; run again with it to reproduce:
//   npm run fuzz                     3,000 mutants, random seed
//   npm run fuzz -- 20000 12345      20,000 mutants, seed 12345
// The mutant being read is kept in the system's temporary folder (HUIBIAO_FUZZ_TRACE): a read that
// never returns cannot be timed out from inside, so after stopping a run that hangs, that file is it.
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

const runs = process.argv[2] ?? "3000";
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
const trace = join(tmpdir(), `huibiao-fuzz-${seed}.bin`);
process.stdout.write(
  `fuzz: ${runs} mutants, seed ${seed}; if it hangs, the mutant being read is ${trace} (${trace}.txt says which)\n`,
);
const jest = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "--selectProjects", "fuzz"], {
  stdio: "inherit",
  env: { ...process.env, HUIBIAO_FUZZ_RUNS: runs, HUIBIAO_FUZZ_SEED: seed, HUIBIAO_FUZZ_TRACE: trace },
});
if (jest.status !== 0) process.stdout.write(`fuzz failed; reproduce with: npm run fuzz -- ${runs} ${seed}\n`);
process.exit(jest.status ?? 1);
