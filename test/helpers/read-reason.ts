import { ReadError } from "../../src/hosts/file/read-workbook";

/** What reading gave: "read", or the catalog key of the reason a ReadError gave; anything else is thrown on. */
export function readOutcome(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    if (e instanceof ReadError) return e.ref.key;
    throw e;
  }
  return "read";
}
