import { a1 } from "../../sheet/address";
import type { RuleContext } from "../context";
import { issue, type RawIssue } from "../issue";

/** 序号 of a template's sample row: 示例, 例, 样例, 填写示例… */
const EXAMPLE_MARK = /^(?:填写|填表|参考)?(?:示例|样例|范例|举例|示范|例)(?:[一二三123])?[:：.．]?$/;
/** A name or place left as the template wrote it: 张XX, XX科, 某某, ××, ＊＊, ○○. */
const STAND_IN = /[XxＸｘ]{2}|××|\*\*|＊＊|○○|某某/;
/** A character a stand-in needs: most cells have none, and one class is quicker to look for. */
const STAND_IN_CHAR = /[XxＸｘ×*＊○某]/;

/**
 * A template's sample row left in (示例 | 张XX | XX科科长 …): marked as a sample in 序号, or two
 * of its cells or more written with stand-ins (张XX, XX科, 某某). A warning on the row, which is
 * kept and merged (a unit may have written over the sample and left the mark): the coordinator
 * looks, and the unit deletes or rewrites it.
 */
export function exampleRule({ table, rows }: RuleContext): RawIssue[] {
  const issues: RawIssue[] = [];
  const cols = table.schema.columns;
  const index = cols.findIndex((c) => c.type === "index");
  // Names and units are written in text columns (a listed type or a date holds no stand-in).
  const texts = cols.flatMap((c, i) => (c.type === "text" ? [i] : []));
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const mark = index >= 0 ? row.values[cols[index].key] : null;
    let at = typeof mark === "string" && EXAMPLE_MARK.test(mark.trim()) ? index : -1;
    if (at < 0) {
      let standIns = 0;
      for (let j = 0; j < texts.length; j++) {
        const i = texts[j];
        const v = row.values[cols[i].key];
        if (typeof v !== "string" || !STAND_IN_CHAR.test(v) || !STAND_IN.test(v)) continue;
        if (++standIns === 1) at = i;
      }
      if (standIns < 2) continue;
    }
    const c = table.columns[at];
    issues.push(
      issue(
        "row.example",
        {},
        {
          severity: "warning",
          cell: a1(row.row, c),
          value: String(row.values[cols[at].key]),
          field: cols[at].key,
          row: row.row,
        },
      ),
    );
  }
  return issues;
}
