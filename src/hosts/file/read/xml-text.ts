/** The few XML helpers the spreadsheet scanner needs: attributes of a tag, text with entities decoded once. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character references and the five entities, decoded once (`&amp;lt;` stays `&lt;`). */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name];
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** OOXML's own escape for characters XML cannot hold: _x000D_ is a carriage return (ECMA-376 §22.9.2.19). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The value of attribute `name` in an opening tag's text (`<c r="A1" t="s">`), decoded; null when absent. */
export function attr(tag: string, name: string): string | null {
  const key = ` ${name}="`;
  let i = tag.indexOf(key);
  if (i < 0) {
    const single = tag.indexOf(` ${name}='`);
    if (single < 0) return null;
    const end = tag.indexOf("'", single + name.length + 3);
    return unescapeXml(tag.slice(single + name.length + 3, end));
  }
  i += key.length;
  return unescapeXml(tag.slice(i, tag.indexOf('"', i)));
}

const TAG_PATTERNS = new Map<string, RegExp>();

/**
 * Every element `<name …>` (or `<name …/>`, or with any namespace prefix: `<ns0:name …>`) in `xml`,
 * as its opening tag's text. For the small parts (relationships, workbook, styles).
 */
export function* tags(xml: string, name: string): Generator<string> {
  let pattern = TAG_PATTERNS.get(name);
  if (!pattern) TAG_PATTERNS.set(name, (pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])`, "g")));
  for (const m of xml.matchAll(pattern)) yield xml.slice(m.index, xml.indexOf(">", m.index) + 1);
}

/** An attribute by its local name, whatever namespace prefix it carries (`r:id`, `ns2:id`). */
export function attrAnyPrefix(tag: string, local: string): string | null {
  const m = new RegExp(`\\s(?:[A-Za-z_][\\w.-]*:)?${local}=(["'])(.*?)\\1`).exec(tag);
  return m ? unescapeXml(m[2]) : null;
}

/** Whether a part's root element carries a namespace prefix (`<x:worksheet`): the scanner then leaves it to SheetJS. */
export function prefixedRoot(xml: string): boolean {
  for (let i = xml.indexOf("<"); i >= 0; i = xml.indexOf("<", i + 1)) {
    const c = xml[i + 1];
    if (c === "?" || c === "!") continue;
    const end = xml.slice(i + 1, i + 64).search(/[\s/>]/);
    return xml.slice(i + 1, i + 1 + (end < 0 ? 63 : end)).includes(":");
  }
  return false;
}

/** XML's end-of-line handling (XML 1.0 §2.11): CR LF and a lone CR are LF; `&#13;` stays a CR. */
export function xmlLines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Element text as the document means it: lines normalised, entities decoded once, OOXML's _xHHHH_ escapes. */
export function xmlText(raw: string): string {
  return unescapeOoxml(charData(xmlLines(raw)));
}

/**
 * Character data: entities decoded, and a CDATA section's text taken as it is (XML 1.0 §2.7), as
 * some generators write strings (`<t><![CDATA[a & b]]></t>`; calamine's inlineStr_cdata.xlsx).
 */
export function charData(raw: string): string {
  let at = raw.indexOf("<![CDATA[");
  if (at < 0) return unescapeXml(raw);
  let out = "";
  let i = 0;
  for (; at >= 0; at = raw.indexOf("<![CDATA[", i)) {
    const end = raw.indexOf("]]>", at + 9);
    out += unescapeXml(raw.slice(i, at)) + raw.slice(at + 9, end < 0 ? raw.length : end);
    i = end < 0 ? raw.length : end + 3;
  }
  return out + unescapeXml(raw.slice(i));
}

/** The text of every `<t>` (or `<t …>`) inside `xml`, joined, skipping phonetic runs (`<rPh>`). */
export function textRuns(xml: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const t = xml.indexOf("<t", i);
    if (t < 0) return out;
    const ph = xml.indexOf("<rPh", i);
    if (ph >= 0 && ph < t) {
      i = xml.indexOf("</rPh>", ph);
      if (i < 0) return out;
      continue;
    }
    const c = xml.charCodeAt(t + 2);
    if (c !== 62 && c !== 32) {
      i = t + 2;
      continue;
    }
    const gt = xml.indexOf(">", t);
    // A run cut off inside its tag: nothing more to read (from -1, "</t>" would be found behind it).
    if (gt < 0) return out;
    if (xml.charCodeAt(gt - 1) === 47) {
      i = gt + 1; // <t/>
      continue;
    }
    const end = xml.indexOf("</t>", gt);
    if (end < 0) return out;
    out += xmlText(xml.slice(gt + 1, end));
    i = end + 4;
  }
}

/**
 * Where `needle` first is between `from` and `to` (a cell's content), -1 when it is not. Searched in
 * that stretch alone (a substring is a view in V8, not a copy): a cell without a value or a formula
 * must not send indexOf through the rest of the sheet. Apache POI's no_drawing_patriarch.xlsx,
 * 7,577 rows of styled empty cells written <c r="B5" s="2"></c>, took 6 s, each cell looking for a
 * formula to the end; 80,000 such cells after the last value, 40 s.
 */
export function indexWithin(xml: string, needle: string, from: number, to: number): number {
  const last = to - needle.length;
  if (last < from) return -1;
  // A tag or a cell's content is a few dozen characters: looked through in place, no string made.
  if (last - from < 128) {
    for (let i = xml.indexOf(needle[0], from); i >= 0 && i <= last; i = xml.indexOf(needle[0], i + 1))
      if (xml.startsWith(needle, i)) return i;
    return -1;
  }
  const at = xml.substring(from, to).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** The decimal number at `at` (NaN when there is none). */
export function digitsAt(xml: string, at: number): number {
  let n = 0;
  let k = at;
  for (let ch = xml.charCodeAt(k); ch >= 48 && ch <= 57 && k < at + 10; ch = xml.charCodeAt(++k))
    n = n * 10 + (ch - 48);
  return k === at ? NaN : n;
}
