import { ref, TextError } from "../../../core/i18n/text";
import { strToU8 } from "fflate";
import { absoluteRange, absoluteRows, quoteSheet } from "../../../core/sheet/address";
import { TAG_NAME, tagValue, type FileWorkbookModel, type WorkbookModel } from "../../../core/workbook/model";
import { SharedStrings, sheetXml } from "./sheet-xml";
import { stylesXml } from "./styles";
import { CHART_TYPE, chartXml, DRAWING_TYPE, drawingXml, relsXml } from "./chart-xml";
import {
  fflateCompressor,
  writeZip,
  writeZipAsync,
  type Compressor,
  type PartPacker,
  type ZipPart,
} from "./zip-writer";
import { NS_MAIN, NS_REL, XML_HEAD, esc } from "./xml";

/**
 * Writes a workbook model as .xlsx bytes (Office Open XML, written directly: fast and
 * deterministic, the same model always gives the same bytes with the same compressor). Each
 * sheet's XML is built as byte chunks and compressed before the next sheet is built.
 */
export function writeXlsx(
  model: WorkbookModel | FileWorkbookModel,
  compressor: Compressor = fflateCompressor,
): Uint8Array {
  if (model.sheets.length === 0) throw new TextError(ref("host.no-sheets"));
  return writeZip(parts(model), compressor);
}

/** writeXlsx with each part compressed by `pack` (the browser's own deflate: see native-packer.ts). */
export async function writeXlsxAsync(model: WorkbookModel | FileWorkbookModel, pack: PartPacker): Promise<Uint8Array> {
  if (model.sheets.length === 0) throw new TextError(ref("host.no-sheets"));
  return writeZipAsync(parts(model), pack);
}

function* parts(model: WorkbookModel | FileWorkbookModel): Generator<ZipPart> {
  const strings = new SharedStrings();
  const { xml: styles, index } = stylesXml();
  const firstVisible = Math.max(
    0,
    model.sheets.findIndex((s) => !s.hidden),
  );
  const text = (name: string, xml: string): ZipPart => ({ name, chunks: [strToU8(xml)] });
  // Sheets with charts: drawing k for the k-th such sheet, charts numbered across the workbook.
  const drawings: { sheet: number; first: number; count: number }[] = [];
  let chartCount = 0;
  model.sheets.forEach((s, i) => {
    if (!s.charts?.length) return;
    drawings.push({ sheet: i, first: chartCount + 1, count: s.charts.length });
    chartCount += s.charts.length;
  });
  yield text("[Content_Types].xml", contentTypes(model.sheets.length, drawings.length, chartCount));
  yield text(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  yield text("xl/workbook.xml", workbookXml(model, firstVisible));
  yield text("xl/_rels/workbook.xml.rels", workbookRels(model.sheets.length));
  yield text("xl/styles.xml", styles);
  for (const [i, s] of model.sheets.entries())
    yield { name: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheetXml(s, strings, index, i === firstVisible) };
  for (const [k, d] of drawings.entries()) {
    const sheet = model.sheets[d.sheet];
    const charts = sheet.charts ?? [];
    yield text(
      `xl/worksheets/_rels/sheet${d.sheet + 1}.xml.rels`,
      relsXml("drawing", [`../drawings/drawing${k + 1}.xml`]),
    );
    yield text(`xl/drawings/drawing${k + 1}.xml`, drawingXml(charts));
    yield text(
      `xl/drawings/_rels/drawing${k + 1}.xml.rels`,
      relsXml(
        "chart",
        charts.map((_, j) => `../charts/chart${d.first + j}.xml`),
      ),
    );
    for (const [j, chart] of charts.entries())
      yield text(`xl/charts/chart${d.first + j}.xml`, chartXml(chart, sheet.name));
  }
  yield { name: "xl/sharedStrings.xml", chunks: strings.xml() };
}

function workbookXml(model: WorkbookModel | FileWorkbookModel, active: number): string {
  const sheets = model.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const names: string[] = [];
  for (const n of model.names) {
    const r = n.range;
    names.push(`<definedName name="${esc(n.name)}">${esc(absoluteRange(n.sheet, r))}</definedName>`);
  }
  model.sheets.forEach((s, i) => {
    if (s.printTitleRows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${quoteSheet(s.name)}!${absoluteRows(...s.printTitleRows)}`)}</definedName>`,
      );
    if (s.autoFilter) {
      const r = s.autoFilter;
      names.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(absoluteRange(s.name, r))}</definedName>`,
      );
    }
    if (s.tag)
      names.push(
        `<definedName name="${TAG_NAME}" localSheetId="${i}" hidden="1">${esc(`"${tagValue(s.tag)}"`)}</definedName>`,
      );
  });
  // Excel wants defined names sorted by name, then by sheet.
  names.sort((a, b) => nameOrder(nameOf(a), nameOf(b)));
  return (
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="191029"/></workbook>'
  );
}

function nameOf(xml: string): string {
  return /name="([^"]+)"/.exec(xml)![1];
}

function workbookRels(n: number): string {
  let rels = "";
  for (let i = 1; i <= n; i++)
    rels += `<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`;
  rels += `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

function contentTypes(n: number, drawings = 0, charts = 0): string {
  let overrides = "";
  for (let i = 1; i <= n; i++)
    overrides += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  for (let i = 1; i <= drawings; i++)
    overrides += `<Override PartName="/xl/drawings/drawing${i}.xml" ContentType="${DRAWING_TYPE}"/>`;
  for (let i = 1; i <= charts; i++)
    overrides += `<Override PartName="/xl/charts/chart${i}.xml" ContentType="${CHART_TYPE}"/>`;
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    overrides +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    "</Types>"
  );
}

const PLAIN_NAME = /^[A-Za-z0-9_.]*$/;

/** A character's place in the English collation: _ . digits letters (case aside). */
const weight = (c: number) => (c === 95 ? 1 : c === 46 ? 2 : c <= 57 ? 10 + c : 100 + (c | 32));

/**
 * Defined names in the order of localeCompare(…, "en"), without loading a collator (~5 ms of
 * every run) for the names a workbook of ours holds (letters, digits, _ and .): letters compared
 * without case first, then lower case before upper. Any other name goes to localeCompare.
 */
export function nameOrder(a: string, b: string): number {
  if (!PLAIN_NAME.test(a) || !PLAIN_NAME.test(b)) return a.localeCompare(b, "en") || 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = weight(a.charCodeAt(i)) - weight(b.charCodeAt(i));
    if (d) return d;
  }
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a.charCodeAt(i) > b.charCodeAt(i) ? -1 : 1;
  return 0;
}
