import { ref, render, type Locale } from "../i18n/text";
import { resolveUnit } from "../roster/resolve-unit";
import type { Roster } from "../roster/roster";
import { extensionOf } from "../text/extension";
import type { Rejected } from "./returns";

/**
 * Whole files that could not be merged, each with the unit its name (or its folder) says sent it:
 * a unit that sent only 核与辐射安全科.pdf is 未报, and its row says which file came instead.
 *
 * Units often send the stamped copy (盖章件, a scan or a photo of the printed form) beside the
 * spreadsheet. Such a file, from a unit that has returned everything asked of it (`complete`: its
 * forms came in other files), is a companion: kept in the list with a reason that asks nothing
 * (merge.companion), and not counted among the files to chase. A scan from a unit that lacks a form
 * is not one: it may be that form (附件3 sent as a PDF), and the unit is asked for it.
 */
export function withSenders(
  rejected: readonly Rejected[],
  roster: Roster,
  complete: ReadonlySet<string>,
  locale: Locale = "zh-CN",
): Rejected[] {
  return rejected.map((r) => {
    if (r.unit !== undefined) return r; // a sheet of a file merged otherwise: its unit is known
    // A lock file (~$办公室.xlsx) names its workbook's unit after the ~$.
    const sender = resolveUnit("", r.file.replace(/(^|[\\/])~\$/, "$1"), roster).name;
    if (!sender) return r;
    if (!complete.has(sender) || !isScan(r)) return { ...r, sender };
    const why = ref("merge.companion", { unit: sender, ext: extensionOf(r.file) });
    return { ...r, sender, companion: true, why, reason: render(why, locale) };
  });
}

/** What a scan or a photo is refused for: a picture, a PDF or OFD, a document of pictures only. */
const SCAN_REASONS = new Set(["read.kind-image", "read.kind-scan", "read.word-pictures", "merge.no-annex-pictures"]);
const isScan = (r: Rejected) => SCAN_REASONS.has(r.why.key);
