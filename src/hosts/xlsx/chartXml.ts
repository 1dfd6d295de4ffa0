/**
 * One ChartSpec as a DrawingML chart part (xl/charts/chartN.xml), for both .xlsx writers (chartParts.ts).
 * The categories and every series point at the sheet's own cells as formulas, so the chart moves with
 * them; each reference also carries the values the workbook was built with (strCache, numCache), so a
 * reader that does not recalculate still draws the bars. Type-only imports: no ExcelJS here.
 */
import { ChartSpec, RangeRef, rangeAddress, sheetRef } from '../../sheets/shared/blueprint';

/** A cached point: text, a number, or null where the reader is to compute it (the point is left out). */
export type CachedValue = string | number | null;

/** The values a chart's references hold as the workbook was built: categories, then each series'. */
export interface ChartValues {
  categories: CachedValue[];
  series: CachedValue[][];
  /** The number format of the series' cells ("General" when none), for the value axis and the cache. */
  numberFormat: string;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** Office's default series colours (Office theme accents 1–6), distinct in print too. */
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;
/** The title's type size in hundredths of a point: Excel's default. The labels' is the caller's (chartParts.ts). */
const TITLE_SIZE = 1400;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The formula a chart reference holds: the sheet's own cells, absolute ('Sheet name'!$A$5:$A$18). */
export function chartFormula(sheet: string, range: RangeRef): string {
  return `${sheetRef(sheet)}!${rangeAddress(range, true)}`;
}

function checkSpec(sheet: string, spec: ChartSpec, values: ChartValues): void {
  const where = `Chart "${spec.title}" on sheet "${sheet}"`;
  const line = (r: RangeRef) => r.rows > 0 && r.cols > 0 && (r.rows === 1 || r.cols === 1);
  if (!spec.series.length) throw new Error(`${where} has no series`);
  if (!line(spec.categories)) throw new Error(`${where}: its categories must be one row or one column of cells`);
  const count = spec.categories.rows * spec.categories.cols;
  spec.series.forEach((s, i) => {
    if (!line(s.values)) throw new Error(`${where}: series "${s.name}" must be one row or one column of cells`);
    if (s.values.rows * s.values.cols !== count)
      throw new Error(
        `${where}: series "${s.name}" has ${s.values.rows * s.values.cols} cells for ${count} categories`,
      );
    if (values.series[i]?.length !== count) throw new Error(`${where}: series "${s.name}" has no cached values`);
  });
  if (values.categories.length !== count) throw new Error(`${where}: its categories have no cached values`);
}

const rich = (text: string, size: number, bold: boolean) =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;

/** Text properties: every label of an axis or the legend at one size, in black (grey is faint on paper). */
const textProperties = (size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">` +
  `<a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;

const line = (colour: string) =>
  `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>`;

function points(values: CachedValue[], text: boolean): string {
  return values
    .map((v, idx) =>
      v === null || (!text && typeof v !== 'number')
        ? ''
        : `<c:pt idx="${idx}"><c:v>${escapeXml(typeof v === 'number' ? String(v) : v)}</c:v></c:pt>`,
    )
    .join('');
}

/** Category labels as text (an area's name, a year "2027/28"): a string reference with its cache. */
function categoryRef(formula: string, values: CachedValue[]): string {
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>` +
    `${points(
      values.map((v) => (v === null ? null : String(v))),
      true,
    )}</c:strCache></c:strRef></c:cat>`
  );
}

function valueRef(formula: string, values: CachedValue[], numberFormat: string): string {
  return (
    `<c:val><c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(numberFormat)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points(values, false)}</c:numCache></c:numRef></c:val>`
  );
}

function seriesXml(sheet: string, spec: ChartSpec, values: ChartValues): string {
  const lines = spec.type === 'line';
  const categories = chartFormula(sheet, spec.categories);
  return spec.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const fill = lines
        ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
          `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
        : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}` +
        categoryRef(categories, values.categories) +
        valueRef(chartFormula(sheet, s.values), values.series[i], values.numberFormat) +
        (lines ? '<c:smooth val="0"/>' : '') +
        '</c:ser>'
      );
    })
    .join('');
}

function plotXml(sheet: string, spec: ChartSpec, values: ChartValues): string {
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const series = seriesXml(sheet, spec, values);
  if (spec.type === 'line')
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  const stacked = spec.type === 'columnStacked';
  return (
    `<c:barChart><c:barDir val="${spec.type === 'barClustered' ? 'bar' : 'col'}"/>` +
    `<c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}${axes}</c:barChart>`
  );
}

function axesXml(spec: ChartSpec, numberFormat: string, labelSize: number): string {
  // A bar chart lays its categories up the left side and its values along the bottom.
  const [catPos, valPos] = spec.type === 'barClustered' ? ['l', 'b'] : ['b', 'l'];
  const common = (pos: string) =>
    `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>`;
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>${common(catPos)}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${line('BFBFBF')}` +
    `${textProperties(labelSize)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>${common(valPos)}` +
    `<c:majorGridlines>${line('D9D9D9')}</c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(numberFormat)}" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line('BFBFBF')}${textProperties(labelSize)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * The chart part for `spec` on sheet `sheet`, with the values its references held when the workbook was
 * built, its axis and legend labels at `labelPoints`.
 */
export function chartXml(sheet: string, spec: ChartSpec, values: ChartValues, labelPoints = 10): string {
  checkSpec(sheet, spec, values);
  const labelSize = Math.round(labelPoints * 100);
  // A bar chart's legend goes beside it: below, it would take the height each category needs for its label.
  const legend = spec.type === 'barClustered' ? 'r' : 'b';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${rich(spec.title, TITLE_SIZE, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(sheet, spec, values)}` +
    `${axesXml(spec, values.numberFormat, labelSize)}</c:plotArea>` +
    `<c:legend><c:legendPos val="${legend}"/><c:overlay val="0"/>${textProperties(labelSize)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    `${textProperties(labelSize)}</c:chartSpace>`
  );
}
