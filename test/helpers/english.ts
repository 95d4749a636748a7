import { addCatalog } from "../../src/core/i18n/text";
import { EN } from "../../src/core/i18n/en";

/** English messages for tests that read them (the CLI and the pane add them as they need them). */
export function withEnglish(): void {
  addCatalog("en", EN);
}
