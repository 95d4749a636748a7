import { BUILTIN_ANNEXES } from "./annexes";
import { checkSchema } from "./validate-schema";
import type { AnnexSchema } from "./types";

/** The annexes Huibiao knows: the built-in five plus any loaded from data. */
export class AnnexRegistry {
  private readonly list: AnnexSchema[] = [];

  constructor(schemas: readonly AnnexSchema[] = BUILTIN_ANNEXES) {
    for (const s of schemas) this.add(s);
  }

  /** Adds a schema given as data; returns the problems and adds nothing when there are any. */
  add(input: unknown): string[] {
    const problems = checkSchema(input);
    const s = input as AnnexSchema;
    if (problems.length === 0 && this.list.some((x) => x.id === s.id || x.number === s.number))
      problems.push(`表格定义 ${s.id}：id 或附件序号与已有表格重复`);
    if (problems.length === 0) this.list.push(s);
    return problems;
  }

  all(): readonly AnnexSchema[] {
    return this.list;
  }

  /** Finds an annex by id (`talks`), number (`2`) or 附件 label (`附件2`). */
  find(ref: string): AnnexSchema | undefined {
    const r = ref.trim().replace(/^附件/, "");
    return this.list.find((s) => s.id === r || String(s.number) === r);
  }
}

export const builtinRegistry = new AnnexRegistry();
