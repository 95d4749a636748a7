/**
 * The catalogs are checked by the compiler: a kind of issue without a message, a message that
 * uses a parameter the issue does not have, an English message whose placeholders differ, a key
 * used with the wrong parameters. Each case compiles a small file against the real sources and
 * must fail; the control case must pass.
 */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

const SRC = resolve("src");

function errorsOf(code: string): string[] {
  const dir = mkdtempSync(join(resolve("."), ".tmp-types-"));
  const file = join(dir, "case.ts");
  writeFileSync(file, code.replaceAll("@src", SRC));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    lib: ["lib.es2022.d.ts"],
  });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? d.file.fileName.replace(SRC, "src") : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
  rmSync(dir, { recursive: true, force: true });
  return errors;
}

describe("the catalogs, checked at compile time", () => {
  it("the sources as they are compile", () => {
    expect(
      errorsOf(
        `import { text } from "@src/core/i18n/text";\nexport const s: string = text("en", "date.day", { value: "x", year: 2023, month: 2, days: 28 });\n`,
      ),
    ).toEqual([]);
  }, 60_000);

  it("a new kind of issue without a message in the catalogs fails the build", () => {
    const errors = errorsOf(`import "@src/core/validate/issue";
declare module "@src/core/validate/issue" { interface IssueParams { "date.quarter": { column: string } } }
export {};
`);
    expect(errors.join("\n")).toMatch(/src\/core\/validate\/issue\.ts: .*date\.quarter/);
  }, 60_000);

  it("a message used with a parameter it does not have, or without one it needs, fails", () => {
    const errors = errorsOf(`import { text } from "@src/core/i18n/text";
export const a = text("zh-CN", "unit.unknown", { unit: "x", extra: 1 });
export const b = text("zh-CN", "date.day", { value: "x" });
export const c = text("zh-CN", "no.such.key");
`);
    expect(errors).toHaveLength(3);
  }, 60_000);

  it("an issue built with another kind's parameters fails", () => {
    const errors = errorsOf(`import { issue } from "@src/core/validate/issue";
export const i = issue("count.max", { column: "x" }, { severity: "error", cell: "A1", value: "" });
`);
    expect(errors.join("\n")).toMatch(/count/);
  }, 60_000);
});
