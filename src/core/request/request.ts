import { parseDate } from "../dates/parse-date";
import { ref, type MessageRef } from "../i18n/text";
import type { AnnexRegistry } from "../schema/registry";
import type { Roster } from "../roster/roster";

/**
 * What a coordinator collects in one round (征集任务): stated once, used by the merge (what counts
 * as missing, late), the reminders and the per-unit templates.
 */
export interface CollectionRequest {
  /** The round, as the units will read it: 「学习宣传贯彻党的二十大精神 第一季度报送」. */
  readonly title: string;
  /** Annex ids every unit is to return. */
  readonly annexes: readonly string[];
  readonly units: Roster;
  /** The last day (1900 date serial): a return saved after it is 逾期报送 (reported, never dropped). */
  readonly deadline?: number;
  /** How to send the returns, for the reminders (「发送至办公室邮箱 bgs@…」). */
  readonly howToSend?: string;
}

/** A request given as data (a JSON file): annexes by number or id, the deadline as people write it. */
export interface RequestInput {
  readonly title?: unknown;
  readonly annexes?: unknown;
  readonly units?: unknown;
  readonly deadline?: unknown;
  readonly howToSend?: unknown;
}

/**
 * Checks a request given as data; the problems say what is wrong with it (none: it can be used).
 * `units` may be given apart (a roster file named in the request, read by the caller).
 */
export function readRequest(
  input: RequestInput,
  forms: AnnexRegistry,
  units?: Roster,
): { request?: CollectionRequest; problems: MessageRef[] } {
  const problems: MessageRef[] = [];
  const title = typeof input.title === "string" ? input.title.trim() : "";
  if (!title) problems.push(ref("request.title"));
  const annexes: string[] = [];
  if (!Array.isArray(input.annexes) || input.annexes.length === 0) problems.push(ref("request.annexes"));
  else
    for (const a of input.annexes) {
      const s = forms.find(String(a));
      if (s) annexes.push(s.id);
      else problems.push(ref("request.annex-unknown", { annex: String(a) }));
    }
  const list = units ?? (Array.isArray(input.units) ? input.units.map((u) => String(u).trim()).filter(Boolean) : []);
  if (list.length === 0) problems.push(ref("request.units"));
  let deadline: number | undefined;
  if (input.deadline !== undefined && input.deadline !== null && input.deadline !== "") {
    const d = parseDate(String(input.deadline));
    if (d && d.ok) deadline = d.serial;
    else problems.push(ref("request.deadline", { value: String(input.deadline) }));
  }
  const howToSend = typeof input.howToSend === "string" && input.howToSend.trim() ? input.howToSend.trim() : undefined;
  if (problems.length) return { problems };
  return { request: { title, annexes, units: list, deadline, howToSend }, problems };
}

/** A moment (ms since epoch) as a 1900 date serial, in the coordinator's local calendar. */
export function serialOf(ms: number): number {
  const d = new Date(ms);
  return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
