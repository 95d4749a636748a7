import { attr } from "./xml-text";
/**
 * When an OpenDocument spreadsheet was last saved: meta.xml's <dc:date> (OpenDocument 1.3 part 3
 * §4.3.2.9, "the date and time when the document was last modified"), else <meta:creation-date>.
 * Both are xsd:dateTime; LibreOffice and WPS write them without a zone, in the saver's local time,
 * which is read here as local time (the coordinator and the units share a time zone). SheetJS does
 * not read them, so without this an .ods would be judged by the file's time, which for an e-mailed
 * attachment is when it was saved to disk, not when the unit saved it.
 */
export function odsSavedAt(metaXml: string | null | undefined): number | undefined {
  if (!metaXml) return undefined;
  for (const tag of ["dc:date", "meta:creation-date"]) {
    const m = new RegExp(`<${tag}>\\s*([^<]{10,40})\\s*</${tag}>`).exec(metaXml);
    const t = m ? parseDateTime(m[1]) : undefined;
    if (t !== undefined) return t;
  }
  return undefined;
}

function parseDateTime(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((x) => Number(x ?? 0));
  if (y < 1990 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  if (!m[7]) return new Date(y, mo - 1, d, h, mi, sec).getTime();
  const offset =
    m[7] === "Z" ? 0 : (m[7][0] === "-" ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(4)));
  return Date.UTC(y, mo - 1, d, h, mi, sec) - offset * 60_000;
}

/**
 * Pictures on each sheet of an OpenDocument spreadsheet, by sheet name: the <draw:image> of the
 * frames a <table:table> holds (OpenDocument 1.3 part 3, §10.4.2 draw:image; anchored to a cell or
 * to the sheet, both inside the table's element). SheetJS does not read them.
 */
export function odsPictures(contentXml: string | null | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!contentXml || !contentXml.includes("<draw:image")) return out;
  const starts = [...contentXml.matchAll(/<table:table(\s[^>]*)>/g)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : contentXml.length;
    const n = contentXml.slice(m.index, end).match(/<draw:image[\s>/]/g)?.length ?? 0;
    if (n) out.set(attr(m[1], "table:name") ?? "", n);
  });
  return out;
}

/**
 * The names of the sheets an OpenDocument spreadsheet hides: a <table:table> whose table style has
 * table:display="false" in its <style:table-properties> (OpenDocument 1.3 part 3, §19.725
 * table:display; LibreOffice's 隐藏工作表 writes exactly this). SheetJS does not read it.
 */
export function odsHiddenSheets(contentXml: string | null | undefined): Set<string> {
  const hidden = new Set<string>();
  if (!contentXml || !contentXml.includes('table:display="false"')) return hidden;
  const hiddenStyles = new Set<string>();
  for (const m of contentXml.matchAll(/<style:style\b([^>]*)>([\s\S]*?)<\/style:style>/g))
    if (attr(m[1], "style:family") === "table" && /<style:table-properties\b[^>]*table:display="false"/.test(m[2]))
      hiddenStyles.add(attr(m[1], "style:name") ?? "");
  for (const m of contentXml.matchAll(/<table:table(\s[^>]*)>/g)) {
    const style = attr(m[1], "table:style-name");
    if (style && hiddenStyles.has(style)) hidden.add(attr(m[1], "table:name") ?? "");
  }
  return hidden;
}

/**
 * The rows each sheet of an OpenDocument spreadsheet hides, by sheet name, zero-based and only
 * below the sheet's `rowsOf` (the rows read): a <table:table-row> with table:visibility "collapse"
 * (hidden by hand or folded) or "filter" (filtered out), counted with its
 * table:number-rows-repeated (OpenDocument 1.3 part 3, §19.751 table:visibility, §19.677
 * table:number-rows-repeated); rows in <table:table-header-rows> and row groups count in
 * document order. SheetJS does not read it.
 */
export function odsHiddenRows(
  contentXml: string | null | undefined,
  rowsOf: (sheet: string) => number,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!contentXml || !contentXml.includes("table:visibility=")) return out;
  const starts = [...contentXml.matchAll(/<table:table(\s[^>]*)>/g)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : contentXml.length;
    const body = contentXml.slice(m.index, end);
    if (!body.includes("table:visibility=")) return;
    const name = attr(m[1], "table:name") ?? "";
    const limit = rowsOf(name);
    const hidden: number[] = [];
    let row = 0;
    // Not <table:table-row-group> (a folded group is <table:table-row-group table:display="false">,
    // each of its rows marked collapse as well).
    for (const r of body.matchAll(/<table:table-row([\s/>][^>]*)?>/g)) {
      if (row >= limit) break;
      const tag = r[1] ?? "";
      const repeated = Math.max(1, Number(attr(tag, "table:number-rows-repeated") ?? 1) || 1);
      const visibility = attr(tag, "table:visibility");
      if (visibility === "collapse" || visibility === "filter")
        for (let k = row; k < Math.min(row + repeated, limit); k++) hidden.push(k);
      row += repeated;
    }
    if (hidden.length) out.set(name, hidden);
  });
  return out;
}
