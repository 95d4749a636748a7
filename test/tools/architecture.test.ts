import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findCycles, importGraph, sourceFiles } = require("../../scripts/check-cycles.cjs");

/**
 * The boundary errors ESLint reports for each snippet as if it stood at its path. ESLint loads its
 * config with a dynamic import, which Jest's module sandbox does not allow: one Node process lints
 * all snippets through ESLint's API and prints the messages.
 */
function boundaryErrors(snippets: readonly (readonly [string, string])[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const input = JSON.parse(process.argv[1]);
    const eslint = new ESLint();
    const out = [];
    for (const [file, code] of input) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.fatal).map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const json = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(snippets.map(([f, c]) => [resolve(f), c]))],
    { encoding: "utf8" },
  );
  return JSON.parse(json) as string[][];
}

const FORBIDDEN: [string, string, string][] = [
  ["core imports a host", "src/core/merge/x.ts", 'import { ExcelHost } from "../../hosts/excel/excel-host";'],
  ["core imports the use cases", "src/core/x.ts", 'import { mergeFiles } from "../app/merge-returns";'],
  ["core imports a package", "src/core/dates/x.ts", 'import * as XLSX from "@e965/xlsx";'],
  ["core imports React", "src/core/x.ts", 'import { useState } from "react";'],
  ["a host imports another host", "src/hosts/excel/x.ts", 'import { WpsHost } from "../wps/wps-host";'],
  ["a host imports the file host", "src/hosts/wps/x.ts", 'import { readWorkbook } from "../file/read-workbook";'],
  ["a host imports the use cases", "src/hosts/wps/x.ts", 'import type { InputFile } from "../../app/files";'],
  ["a host imports the pane", "src/hosts/file/x.ts", 'import { App } from "../../taskpane/App";'],
  ["shared host code imports a host", "src/hosts/shared/x.ts", 'import { XL } from "../wps/api";'],
  [
    "the use cases import a host implementation",
    "src/app/x.ts",
    'import { readWorkbook } from "../hosts/file/read-workbook";',
  ],
  ["the use cases import the UI", "src/app/workbook/x.ts", 'import { Button } from "@fluentui/react-components";'],
  [
    "a panel imports the Excel host",
    "src/taskpane/panels/merge/x.ts",
    'import { ExcelHost } from "../../../hosts/excel/excel-host";',
  ],
  [
    "a panel imports the file host",
    "src/taskpane/panels/shared/x.ts",
    'import { WORKBOOK_EXTENSIONS } from "../../../hosts/file/read-workbook";',
  ],
  ["the CLI imports the pane", "src/cli/x.ts", 'import { App } from "../taskpane/App";'],
];

const ALLOWED: [string, string, string][] = [
  ["core within core", "src/core/merge/x.ts", 'import { parseDate } from "../dates/parse-date";'],
  [
    "a host uses the host interface and shared code",
    "src/hosts/excel/x.ts",
    'import type { SpreadsheetHost } from "../host";\nimport { planMarks } from "../shared/marks";',
  ],
  ["a host uses the shared file types", "src/hosts/wps/x.ts", 'import type { InputFile } from "../files";'],
  [
    "the use cases use core and the host interface",
    "src/app/x.ts",
    'import { merge } from "../core/merge/merge";\nimport type { SpreadsheetHost } from "../hosts/host";',
  ],
  [
    "a panel uses the host interface",
    "src/taskpane/panels/x.ts",
    'import type { SpreadsheetHost } from "../../hosts/host";',
  ],
  [
    "the pane's composition root picks the hosts",
    "src/taskpane/boot.ts",
    'import { ExcelHost } from "../hosts/excel/excel-host";',
  ],
  ["the CLI's own commands folder", "src/cli/main.ts", 'import { demoCommand } from "./commands/demo";'],
];

describe("the architecture's boundaries (eslint.config.js, scripts/boundaries.js)", () => {
  const found = boundaryErrors([...FORBIDDEN, ...ALLOWED].map(([, file, code]) => [file, code] as const));

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))("%s: an error", (_name, _file, _code, i) => {
    expect(found[i]).toHaveLength(1);
  });

  it.each(ALLOWED.map((c, i) => [...c, FORBIDDEN.length + i] as const))("%s: allowed", (_name, _file, _code, i) => {
    expect(found[i]).toEqual([]);
  });
});

describe("the import cycle check (scripts/check-cycles.cjs, run by npm run lint)", () => {
  it("finds a cycle, type-only imports included", () => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-cycles-"));
    mkdirSync(join(dir, "app"));
    mkdirSync(join(dir, "hosts"));
    writeFileSync(
      join(dir, "app", "files.ts"),
      'import type { R } from "../hosts/read";\nexport interface F { r: R }\n',
    );
    writeFileSync(
      join(dir, "hosts", "read.ts"),
      'import type { F } from "../app/files";\nexport interface R { f?: F }\n',
    );
    writeFileSync(join(dir, "hosts", "other.ts"), 'import type { R } from "./read";\nexport type O = R;\n');
    const cycles: string[][] = findCycles(importGraph(sourceFiles(dir)));
    expect(cycles.map((c) => c.map((f) => f.slice(dir.length + 1)))).toEqual([["app/files.ts", "hosts/read.ts"]]);
  });

  it("finds none in src/", () => {
    expect(findCycles(importGraph(sourceFiles(resolve("src"))))).toEqual([]);
  });
});
