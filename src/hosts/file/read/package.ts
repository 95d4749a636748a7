/**
 * The package around an Office Open XML document (ECMA-376 Part 2, Open Packaging Conventions):
 * its main part, each part's relationships, and when it was last saved.
 */
import { attr, tags } from "./xml-text";
import type { Zip } from "./zip";

/** The workbook part, from the package's own relationships (usually xl/workbook.xml). */
export function officeDocument(zip: Zip): string | null {
  const rels = zip.text("_rels/.rels");
  if (!rels) return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  for (const tag of tags(rels, "Relationship"))
    if (/\/officeDocument$/.test(attr(tag, "Type") ?? "")) return resolve("", attr(tag, "Target") ?? "");
  return null;
}

/** A part's relationships: id → package path. */
export function relationships(zip: Zip, part: string): Map<string, string> {
  const dir = part.slice(0, part.lastIndexOf("/") + 1);
  const xml = zip.text(`${dir}_rels/${part.slice(dir.length)}.rels`) ?? "";
  const out = new Map<string, string>();
  for (const tag of tags(xml, "Relationship")) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target && attr(tag, "TargetMode") !== "External") out.set(id, resolve(dir, target));
    const type = attr(tag, "Type") ?? "";
    if (target && /\/(sharedStrings|styles)$/.test(type))
      out.set(`#${type.slice(type.lastIndexOf("/") + 1)}`, resolve(dir, target));
  }
  return out;
}

/** A relationship's target as a path in the package, from the folder of the part that names it. */
function resolve(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p && p !== ".") out.push(p);
  }
  return out.join("/");
}

/** When the package says it was last saved (docProps/core.xml, dcterms:modified), ms since the epoch. */
export function packageSavedAt(zip: Zip): number | undefined {
  const core = zip.text("docProps/core.xml");
  const m = core && /<dcterms:modified[^>]*>([^<]+)</.exec(core);
  const t = m ? Date.parse(m[1]) : NaN;
  return Number.isFinite(t) && new Date(t).getUTCFullYear() > 1990 ? t : undefined;
}
