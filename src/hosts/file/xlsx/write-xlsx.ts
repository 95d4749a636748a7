import { ref, TextError } from "../../../core/i18n/text";
import { strToU8, zipSync } from "fflate";
import { absoluteRange, absoluteRows, quoteSheet } from "../../../core/sheet/address";
import { TAG_NAME, tagValue, type WorkbookModel } from "../../../core/workbook/model";
import { SharedStrings, sheetXml } from "./sheet-xml";
import { stylesXml } from "./styles";
import { NS_MAIN, NS_REL, XML_HEAD, esc } from "./xml";

/** A fixed time for every zip entry, so the same model always gives the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

/** Writes a workbook model as .xlsx bytes (Office Open XML, written directly: fast and deterministic). */
export function writeXlsx(model: WorkbookModel): Uint8Array {
  if (model.sheets.length === 0) throw new TextError(ref("host.no-sheets"));
  const strings = new SharedStrings();
  const { xml: styles, index } = stylesXml();
  const firstVisible = Math.max(
    0,
    model.sheets.findIndex((s) => !s.hidden),
  );
  const sheets = model.sheets.map((s, i) => sheetXml(s, strings, index, i === firstVisible));
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes(model.sheets.length)),
    "_rels/.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(workbookXml(model, firstVisible)),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels(model.sheets.length)),
    "xl/styles.xml": strToU8(styles),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  files["xl/sharedStrings.xml"] = strToU8(strings.xml());
  return zipSync(files, { level: 1, mtime: ZIP_TIME });
}

function workbookXml(model: WorkbookModel, active: number): string {
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
  names.sort((a, b) => nameOf(a).localeCompare(nameOf(b), "en") || 0);
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

function contentTypes(n: number): string {
  let overrides = "";
  for (let i = 1; i <= n; i++)
    overrides += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
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
