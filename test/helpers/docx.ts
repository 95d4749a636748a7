/**
 * Word documents built part by part as Word writes them (WordprocessingML, ECMA-376 Part 1 §17):
 * paragraphs, tables (w:tbl, w:tr, w:tc with w:gridSpan and w:vMerge), the package around them.
 */
import { strToU8, zipSync } from "fflate";
import type { SheetData } from "../../src/core/sheet/types";
import { shown } from "../../src/core/validate/context";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const p = (text: string) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A cell: its paragraphs, and its properties (w:gridSpan, w:vMerge). */
export const tc = (text: string | string[], props = "") =>
  `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${(Array.isArray(text) ? text : [text]).map(p).join("")}</w:tc>`;
export const tr = (...cells: string[]) => `<w:tr><w:trPr><w:trHeight w:val="400"/></w:trPr>${cells.join("")}</w:tr>`;
export const tbl = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>${rows.join("")}</w:tbl>`;
export const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

export function docx(body: string, modified = "2023-03-01T08:00:00Z"): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(documentXml(body)),
    "docProps/core.xml": strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`,
    ),
  });
}

/**
 * A return's sheets as a unit would fill them in Word, one form below another: the lines above
 * each table (附件2, the title, 填报单位) as paragraphs, the rest as a table; values as shown.
 */
export function sheetsAsDocx(sheets: readonly SheetData[]): Uint8Array {
  return docx(sheets.map(formXml).join(p("")));
}

function formXml(sheet: SheetData): string {
  const header = sheet.rows.findIndex((r) => r.filter((v) => v !== null && v !== "").length > 1);
  const text = (v: SheetData["rows"][number][number] | undefined) => escape(shown(v));
  const above = sheet.rows.slice(0, header).map((r) => p(r.map(text).join("")));
  const width = Math.max(...sheet.rows.slice(header).map((r) => r.length));
  const rows = sheet.rows.slice(header).map((r) => tr(...Array.from({ length: width }, (_, c) => tc(text(r[c])))));
  return above.join("") + tbl(...rows);
}

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A cell of runs: text, or a symbol inserted from a font as [font, char] (F0xx for a symbol font, as Word writes it). */
export const symbolCell = (...runs: (string | [string, string])[]) =>
  `<w:tc><w:p>${runs
    .map((r) =>
      typeof r === "string"
        ? `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`
        : `<w:r><w:sym w:font="${r[0]}" w:char="${r[1]}"/></w:r>`,
    )
    .join("")}</w:p></w:tc>`;
