import { ref, type MessageRef } from "../i18n/text";
import { BUILTIN_ANNEXES } from "./annexes";
import { checkSchema } from "./validate-schema";
import type { AnnexSchema } from "./types";

/**
 * The forms Huibiao knows: the plan's five plus any given as data. One registry is made where a
 * program starts (the CLI, the pane, the WPS add-in, the Office function file) and handed to
 * everything that needs the forms, so a form added as data reaches templates, validation, the
 * merge and the pane alike.
 */
export class AnnexRegistry {
  private readonly list: AnnexSchema[] = [];

  constructor(schemas: readonly AnnexSchema[] = BUILTIN_ANNEXES) {
    for (const s of schemas) this.add(s);
  }

  /** Adds a schema given as data; returns the problems and adds nothing when there are any. */
  add(input: unknown): MessageRef[] {
    const problems = checkSchema(input);
    const s = input as AnnexSchema;
    if (problems.length === 0 && this.list.some((x) => x.id === s.id || x.number === s.number))
      problems.push(ref("schema.taken", { form: s.id }));
    if (problems.length === 0) this.list.push(s);
    return problems;
  }

  /** All forms, in the plan's order (by annex number). */
  all(): readonly AnnexSchema[] {
    return [...this.list].sort((a, b) => a.number - b.number);
  }

  /** The forms units return (附件1, the coordinator's own list, is not one of them). */
  collected(): readonly AnnexSchema[] {
    return this.all().filter((s) => s.collected);
  }

  /** Finds an annex by id (`talks`), number (`2`) or 附件 label (`附件2`). */
  find(ref: string): AnnexSchema | undefined {
    const r = ref.trim().replace(/^附件/, "");
    return this.list.find((s) => s.id === r || String(s.number) === r);
  }
}
