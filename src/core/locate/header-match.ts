import type { AnnexSchema } from "../schema/types";
import { cellText, isBlank, type Grid } from "../sheet/grid";
import { headerVariants, looseKey } from "../text/normalize";
import { isOtherChoice } from "./ticks";

/** One header cell (or a group header over its sub-header) as the units wrote it. */
export interface HeaderLabel {
  /** The text as shown (「谈话人 / 单位及职务」 for a two-row header). */
  readonly text: string;
  /** Ways it may name a column, best first (see headerVariants); the first is the whole label. */
  readonly keys: readonly string[];
  /** The cell itself holds text (not only a merge over it): unmatched, it is an extra column. */
  readonly own: boolean;
  /** The first column of the header cell merged across this one (谈话时间 over 年 | 月 | 日), or its own. */
  readonly group: number;
}

/** How a schema column was found under a header. */
export interface ColumnMatch {
  /** Sheet column, or -1 when the header lacks it. */
  readonly col: number;
  /** Further sheet columns whose values join this one's (a column split in two). */
  readonly joined: readonly number[];
  /** The header text, when it is not the form's own (an alias, a sub-label, a two-row or split header). */
  readonly mapped?: string;
}

export interface HeaderMatch {
  readonly columns: readonly ColumnMatch[];
  readonly extras: readonly { readonly header: string; readonly col: number }[];
  readonly matched: number;
  readonly nonIndexMatched: number;
}

interface Names {
  /** looseKey of the header, then of each alias. */
  readonly names: readonly string[];
  /** looseKey of each of its short names, taken under the form's title only (titledAliases). */
  readonly short: readonly string[];
  /** looseKey of each part of a column units split in two, in order. */
  readonly parts: readonly string[];
  /** looseKey of each header that, right after this column, belongs to it (`joins`). */
  readonly joins: ReadonlySet<string>;
  /** looseKey of each allowed value of a listed column (headers of a column per choice). */
  readonly choices: ReadonlySet<string>;
  /** The index of the column this one stands beside (its `follows`), else -1. */
  readonly lead: number;
}

const NAMES = new WeakMap<AnnexSchema, readonly Names[]>();

export function namesOf(schema: AnnexSchema): readonly Names[] {
  let n = NAMES.get(schema);
  if (!n) {
    n = schema.columns.map((col) => ({
      names: [col.header, ...(col.aliases ?? [])].map(looseKey),
      short: (col.titledAliases ?? []).map(looseKey),
      parts: (col.parts ?? []).map(looseKey),
      joins: new Set((col.joins ?? []).map(looseKey)),
      choices: new Set(col.type === "enum" ? (col.enumeration ?? []).map(looseKey) : []),
      lead: col.follows === undefined ? -1 : schema.columns.findIndex((c) => c.key === col.follows),
    }));
    NAMES.set(schema, n);
  }
  return n;
}

/** Every key any column of the schemas answers to (for the cheap "could this row be a header" test). */
export function allNames(schemas: readonly AnnexSchema[], titled = false): Set<string> {
  return new Set(
    schemas.flatMap((s) => namesOf(s).flatMap((n) => [...n.names, ...n.parts, ...(titled ? n.short : [])])),
  );
}

/**
 * The labels of header row r, one per column. With depth 2 the row below holds sub-headers: a
 * cell merged down over both rows keeps its own label; a group header (谈话人, merged across
 * 姓名 | 单位及职务 below it) combines with each sub-header (谈话人姓名, 谈话人单位及职务).
 */
export function headerLabels(grid: Grid, r: number, depth: 1 | 2): HeaderLabel[] {
  // Computed once per grid, row and depth: every form is matched against the same rows.
  let cache = LABELS.get(grid);
  if (!cache) LABELS.set(grid, (cache = new Map()));
  const key = r * 2 + depth - 1;
  let labels = cache.get(key);
  if (!labels) cache.set(key, (labels = computeLabels(grid, r, depth)));
  return labels;
}

const LABELS = new WeakMap<Grid, Map<number, HeaderLabel[]>>();

function computeLabels(grid: Grid, r: number, depth: 1 | 2): HeaderLabel[] {
  const width = Math.max(grid.width(r), depth === 2 ? grid.width(r + 1) : 0, spanEnd(grid, r));
  const out: HeaderLabel[] = [];
  let group = 0;
  let groupEnd = -1;
  for (let c = 0; c < width; c++) {
    if (c > groupEnd) {
      group = c;
      groupEnd = grid.mergeEnd(r, c);
    }
    const top = cellText(grid.header(r, c)).trim();
    const own = !isBlank(grid.raw(r, c));
    if (depth === 1) {
      out.push({ text: top, keys: top ? headerVariants(top) : [], own, group });
      continue;
    }
    const sub = grid.coveredFromAbove(r + 1, c) ? "" : cellText(grid.raw(r + 1, c)).trim();
    if (!sub) out.push({ text: top, keys: top ? headerVariants(top) : [], own, group });
    else if (!top) out.push({ text: sub, keys: headerVariants(sub), own: true, group });
    else
      out.push({
        text: `${top} / ${sub}`,
        keys: unique([looseKey(top + sub), ...headerVariants(sub), ...headerVariants(top)]),
        own: true,
        group,
      });
  }
  return out;
}

/** Where merged areas starting in row r end (a header cell merged across columns beyond the row's values). */
function spanEnd(grid: Grid, r: number): number {
  const w = grid.width(r);
  let end = w;
  for (let c = 0; c < w; c++) {
    const last = grid.mergeEnd(r, c);
    if (last + 1 > end) end = last + 1;
  }
  return end;
}

/**
 * Maps the schema's columns onto header labels. A column is found by its header or an alias
 * (whole label first, then the text before a sub-label), by its parts in adjacent cells, and
 * columns with equal headers map by position. Unmatched labels are extras (kept, never dropped).
 * `titled`: the header stands under the form's own title, and its short names count too.
 */
export function matchLabels(labels: readonly HeaderLabel[], schema: AnnexSchema, titled = false): HeaderMatch {
  const names = namesOf(schema);
  const used = new Set<number>();
  const found: (ColumnMatch | null)[] = schema.columns.map(() => null);
  // Split columns first: 「牵头领导」|「牵头部门、参与部门」 side by side make one column.
  names.forEach((n, i) => {
    if (n.parts.length < 2) return;
    for (let c = 0; c + n.parts.length <= labels.length; c++) {
      if (n.parts.every((p, k) => !used.has(c + k) && labels[c + k].keys[0] === p)) {
        const cols = n.parts.map((_, k) => c + k);
        cols.forEach((x) => used.add(x));
        found[i] = { col: c, joined: cols.slice(1), mapped: cols.map((x) => labels[x].text).join(" | ") };
        return;
      }
    }
  });
  // Then whole labels, then the text before a sub-label: the first unused cell, so equal headers
  // map by position; under the title, last, the short names (题目 only where 课题名称 is not).
  for (const pass of titled ? PASSES_TITLED : PASSES)
    names.forEach((n, i) => {
      if (found[i]) return;
      for (let c = 0; c < labels.length; c++) {
        if (used.has(c)) continue;
        const keys =
          pass === "whole" ? labels[c].keys.slice(0, 1) : pass === "variant" ? labels[c].keys.slice(1) : labels[c].keys;
        const hit = keys.find((k) => (pass === "short" ? n.short : n.names).includes(k));
        if (hit === undefined) continue;
        used.add(c);
        const own = hit === n.names[0] && labels[c].keys[0] === hit && !labels[c].text.includes(" / ");
        found[i] = { col: c, joined: [], mapped: own ? undefined : labels[c].text };
        return;
      }
    });
  // A listed column drawn as a column per choice under no header of its own (谈心谈话 | 任前谈话 |
  // 提醒谈话 | 廉政谈话 side by side, a tick under one): the run of them is the column (ticks.ts reads it).
  names.forEach(({ choices }, i) => {
    if (found[i] || !choices.size) return;
    const fits = (c: number) =>
      !used.has(c) && labels[c].own && (choices.has(labels[c].keys[0]) || isOtherChoice(labels[c].text));
    for (let c = 0; c < labels.length; c++) {
      let end = c;
      while (end < labels.length && fits(end)) end++;
      const cols = Array.from({ length: end - c }, (_, k) => c + k);
      if (cols.filter((x) => choices.has(labels[x].keys[0])).length < 2) continue;
      cols.forEach((x) => used.add(x));
      found[i] = { col: c, joined: cols.slice(1), mapped: cols.map((x) => labels[x].text).join(" | ") };
      return;
    }
  });
  // A header merged across columns (谈话时间 over 年 | 月 | 日, 地点 over two cells) holds the
  // values of every column it spans: those the form has no other use for join the one found.
  found.forEach((f, i) => {
    if (!f || f.joined.length || labels[f.col].group !== f.col) return;
    const more: number[] = [];
    for (let c = f.col + 1; c < labels.length && labels[c].group === f.col && !used.has(c); c++) more.push(c);
    if (!more.length) return;
    more.forEach((c) => used.add(c));
    const texts = [f.col, ...more].map((c) => labels[c].text);
    const text = texts.every((t) => t === texts[0]) ? `${texts[0]}（跨 ${texts.length} 列）` : texts.join(" | ");
    found[i] = { col: f.col, joined: more, mapped: text };
  });
  // Columns right after one that belong to it (牵头领导 | 牵头部门 | 参与部门): joined to it.
  found.forEach((f, i) => {
    if (!f || !names[i].joins.size) return;
    const more: number[] = [];
    for (let c = f.col + 1 + f.joined.length; c < labels.length; c++) {
      if (used.has(c) || !labels[c].own || !labels[c].keys.some((k) => names[i].joins.has(k))) break;
      more.push(c);
    }
    if (!more.length) return;
    more.forEach((c) => used.add(c));
    const cols = [f.col, ...f.joined, ...more];
    found[i] = { col: f.col, joined: cols.slice(1), mapped: cols.map((c) => labels[c].text).join(" | ") };
  });
  besideTheirOwn(found, labels, names);
  const columns = found.map((f) => f ?? { col: -1, joined: [] });
  const extras: { header: string; col: number }[] = [];
  labels.forEach((l, c) => {
    if (used.has(c) || !l.text) return;
    // A column under an extra header merged across it (备注 over two cells) is kept too.
    if (l.own || (l.group !== c && extras.some((x) => x.col === l.group))) extras.push({ header: l.text, col: c });
  });
  return {
    columns,
    extras,
    matched: columns.filter((m) => m.col >= 0).length,
    nonIndexMatched: columns.filter((m, i) => m.col >= 0 && schema.columns[i].type !== "index").length,
  };
}

/**
 * Equal headers taken by position (单位及职务 twice) go to the columns they stand beside when both
 * do: after 谈话对象 the talkee's post, after 谈话人 the talker's, where a unit put 谈话对象 and its
 * post first. Where they do not both stand beside their own (谈话人 | 谈话对象 | 单位及职务 |
 * 单位及职务), position decides.
 */
function besideTheirOwn(found: (ColumnMatch | null)[], labels: readonly HeaderLabel[], names: readonly Names[]): void {
  // A cell one column may take by its name (单位及职务, or 单位及职务2 as an Excel table numbers it).
  const fits = (i: number, c: number) => labels[c].keys.some((k) => names[i].names.includes(k));
  const beside = (i: number) => {
    const lead = names[i].lead < 0 ? null : found[names[i].lead];
    return lead ? lead.col + 1 + lead.joined.length : -1;
  };
  for (let i = 0; i < names.length; i++) {
    const f = found[i];
    if (names[i].lead < 0 || !f) continue;
    const want = beside(i);
    if (want < 0 || want === f.col) continue;
    const j = found.findIndex((g) => g?.col === want);
    if (j < 0 || beside(j) !== f.col || !fits(i, want) || !fits(j, f.col)) continue;
    [found[i], found[j]] = [found[j], found[i]];
  }
}

const PASSES = ["whole", "variant"] as const;
const PASSES_TITLED = ["whole", "variant", "short"] as const;

function unique(keys: readonly string[]): string[] {
  return keys.filter((k, i) => k && keys.indexOf(k) === i);
}
