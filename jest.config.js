// Jest 30, TypeScript through @swc/jest (compiled to CommonJS; no type-check here: `npm run
// typecheck` does that). Three projects, so that each can run alone:
//   unit         the engine, the file host, the host fakes and contract suite, the panels (seconds)
//   integration  what needs a build or another program: the CLI as a process, LibreOffice, the
//                manifest schemas, dist/wps
//   e2e          the built page in Debian's Chromium
//   fuzz         mutated returns through reading, validation, merge and writing (a fixed seed in
//                `npm test`; `npm run fuzz` runs thousands with a new seed)
/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

const project = (displayName, roots) => ({
  displayName,
  testMatch: roots.map((r) => `<rootDir>/test/${r}/**/*.test.{ts,tsx}`),
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  testEnvironment: "node",
});

export default {
  projects: [
    project("unit", ["core", "file", "hosts", "taskpane", "tools"]),
    project("integration", ["cli", "lo", "manifest", "wps", "types"]),
    project("e2e", ["e2e"]),
    project("fuzz", ["fuzz"]),
  ],
  testTimeout: 120_000,
};
