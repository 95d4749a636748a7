import { STYLES, type StyleName, type StyleSpec } from "../../../core/workbook/model";
import { NS_MAIN, XML_HEAD, esc } from "./xml";

const FONT_NAME = "宋体";
const DATE_FMT_ID = 164;

/** styles.xml for the named styles; style index 0 is the default, then STYLES in order. */
export function stylesXml(): { xml: string; index: Readonly<Record<StyleName, number>> } {
  const names = Object.keys(STYLES) as StyleName[];
  const fonts = [fontXml({})];
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  const index = {} as Record<StyleName, number>;
  for (const name of names) {
    const spec: StyleSpec = STYLES[name];
    fonts.push(fontXml(spec));
    let fillId = 0;
    if (spec.fill) {
      fills.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${spec.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
      fillId = fills.length - 1;
    }
    const numFmtId = spec.numFmt ? DATE_FMT_ID : 0;
    const align =
      spec.align || spec.wrap
        ? `<alignment${spec.align ? ` horizontal="${spec.align}"` : ""} vertical="center"${spec.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fonts.length - 1}" fillId="${fillId}" borderId="${spec.border ? 1 : 0}" xfId="0"` +
        `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${spec.border ? ' applyBorder="1"' : ""}` +
        `${align ? ` applyAlignment="1">${align}</xf>` : "/>"}`,
    );
    index[name] = xfs.length - 1;
  }
  const thin =
    '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
  const xml =
    XML_HEAD +
    `<styleSheet xmlns="${NS_MAIN}">` +
    `<numFmts count="1"><numFmt numFmtId="${DATE_FMT_ID}" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    `<fills count="${fills.length}">${fills.join("")}</fills>` +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>";
  return { xml, index };
}

function fontXml(spec: StyleSpec): string {
  return `<font>${spec.bold ? "<b/>" : ""}<sz val="${spec.size ?? 11}"/>${spec.color ? `<color rgb="FF${spec.color}"/>` : '<color theme="1"/>'}<name val="${esc(FONT_NAME)}"/><family val="3"/><charset val="134"/></font>`;
}
