/**
 * The parts that put a blueprint's charts into an .xlsx, built once for both writers (writeXlsx in
 * memory, streamXlsx to a file): per sheet with charts a drawing part (xl/drawings/drawingN.xml, one
 * two-cell anchor per chart), its relationships to one chart part per chart (xl/charts/chartN.xml,
 * chartXml.ts), and what the sheet, its relationships and [Content_Types].xml must add to reach them.
 * ExcelJS writes everything else; it draws no charts itself. No ExcelJS code here.
 */
import type { Cell, ChartSpec, RangeRef, SheetBlueprint } from '../../sheets/shared/blueprint';
import { isFormula } from '../../sheets/shared/blueprint';
import { BODY_POINTS, ROW_POINTS, fitScale } from '../../sheets/shared/print';
import { type CachedValue, type ChartValues, chartXml, escapeXml } from './chartXml';

export const DRAWING_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A part of the package: its name from the package root (no leading "/") and its text. */
export interface Part {
  name: string;
  xml: string;
}

/** What one sheet's charts add: the parts, and the drawing's target as the sheet's relationship names it. */
export interface SheetCharts {
  parts: Part[];
  drawingTarget: string;
}

/**
 * Numbers the drawings and charts across the workbook as sheets are handed in (in writing order), and
 * remembers them for the content types. One per workbook written.
 */
export class ChartParts {
  private readonly drawings: string[] = [];
  private readonly charts: string[] = [];

  /** The parts for one sheet's charts, or null when it has none. */
  sheet(sheet: SheetBlueprint): SheetCharts | null {
    if (!sheet.charts.length) return null;
    const drawing = `drawing${this.drawings.length + 1}.xml`;
    this.drawings.push(drawing);
    const labels = labelPoints(sheet);
    const charts = sheet.charts.map((spec) => {
      const name = `chart${this.charts.length + 1}.xml`;
      this.charts.push(name);
      return { name, xml: chartXml(sheet.name, spec, chartValues(sheet, spec), labels) };
    });
    const rels = charts.map((c, i) => relationship(`rId${i + 1}`, CHART_RELATIONSHIP, `../charts/${c.name}`));
    return {
      drawingTarget: `../drawings/${drawing}`,
      parts: [
        { name: `xl/drawings/${drawing}`, xml: drawingXml(sheet) },
        { name: `xl/drawings/_rels/${drawing}.rels`, xml: relationshipsXml(rels) },
        ...charts.map((c) => ({ name: `xl/charts/${c.name}`, xml: c.xml })),
      ],
    };
  }

  /** [Content_Types].xml with an Override for every drawing and chart handed out so far. */
  contentTypes(xml: string): string {
    if (!xml.includes('</Types>')) throw new Error('[Content_Types].xml has no </Types> to add the charts before');
    const overrides = [
      ...this.drawings.map((d) => `<Override PartName="/xl/drawings/${d}" ContentType="${DRAWING_TYPE}"/>`),
      ...this.charts.map((c) => `<Override PartName="/xl/charts/${c}" ContentType="${CHART_TYPE}"/>`),
    ];
    return xml.replace('</Types>', `${overrides.join('')}</Types>`);
  }
}

const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;

function relationshipsXml(rels: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${rels.join('')}</Relationships>`;
}

/**
 * A sheet's relationships part with one more relationship, to its drawing: the given part (ExcelJS
 * wrote one for the sheet's tables) or a new one. The id is the next free rIdN.
 */
export function withDrawingRelationship(rels: string | undefined, target: string): { xml: string; id: string } {
  const used = [...(rels ?? '').matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const rel = relationship(id, DRAWING_RELATIONSHIP, target);
  if (rels === undefined) return { xml: relationshipsXml([rel]), id };
  if (!rels.includes('</Relationships>')) throw new Error('A sheet relationships part has no </Relationships>');
  return { xml: rels.replace('</Relationships>', `${rel}</Relationships>`), id };
}

// The worksheet elements that follow <drawing> in the schema's order (CT_Worksheet), first to last.
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The `<drawing r:id>` element a worksheet names its drawing with. */
export const drawingElement = (id: string) => `<drawing r:id="${id}"/>`;

/** A worksheet's XML with its drawing named where the schema puts it: before whatever follows it, or at the end. */
export function withDrawing(sheetXml: string, id: string): string {
  const at = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[ />]`))).filter((i) => i >= 0);
  const end = sheetXml.lastIndexOf('</worksheet>');
  if (end < 0) throw new Error('A worksheet part has no </worksheet> to add its drawing before');
  const i = Math.min(end, ...at);
  return `${sheetXml.slice(0, i)}${drawingElement(id)}${sheetXml.slice(i)}`;
}

/**
 * The type size of a sheet's chart labels: Excel's 10 pt, unless the sheet prints so far shrunk (to fit
 * A4's width) that they would come out under 8.2 pt; then larger, up to the cells' own size.
 */
export function labelPoints(sheet: SheetBlueprint): number {
  if (!sheet.print) return 10;
  const { area, orientation } = sheet.print;
  const scale = fitScale(sheet.columnWidths.slice(area.col, area.col + area.cols), orientation);
  return Math.min(BODY_POINTS, Math.max(10, Math.ceil((8.2 / scale) * 2) / 2));
}

/** English Metric Units: 12,700 a point, 9,525 a pixel. */
const EMU_POINT = 12700;
const EMU_PIXEL = 9525;
/** How far a chart keeps in from its anchor's edges, in points. */
const INSET_POINTS = 3;

/**
 * Each chart over its anchor's cells, kept a few points inside them: a chart whose edge lay on a page
 * break would be printed (clipped away, but its words still in the PDF) on the page before it too.
 */
function drawingXml(sheet: SheetBlueprint): string {
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const rowEmu = (row: number) => (heights.get(row) ?? ROW_POINTS) * EMU_POINT;
  // Excel's column: 7 px a character and 5 px of padding (sheets/shared/print.ts counts the same).
  const colEmu = (col: number) => ((sheet.columnWidths[col] ?? 10) * 7 + 5) * EMU_PIXEL;
  const inset = INSET_POINTS * EMU_POINT;
  const corner = (tag: string, row: number, rowOff: number, col: number, colOff: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${Math.round(colOff)}</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>${Math.round(rowOff)}</xdr:rowOff></xdr:${tag}>`;
  const anchors = sheet.charts.map((spec, i) => {
    const a = spec.anchor;
    const [lastRow, lastCol] = [a.row + a.rows - 1, a.col + a.cols - 1];
    const from = corner('from', a.row, Math.min(inset, rowEmu(a.row) / 2), a.col, Math.min(inset, colEmu(a.col) / 2));
    const to = corner(
      'to',
      lastRow,
      Math.max(rowEmu(lastRow) - inset, rowEmu(lastRow) / 2),
      lastCol,
      Math.max(colEmu(lastCol) - inset, colEmu(lastCol) / 2),
    );
    return (
      `<xdr:twoCellAnchor>${from}${to}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${escapeXml(spec.title)}"/>` +
      '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
      `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`
  );
}

/** The cells of a one-row or one-column range, in order. */
function cellsOf(r: RangeRef): { row: number; col: number }[] {
  return Array.from({ length: r.rows * r.cols }, (_, i) =>
    r.cols === 1 ? { row: r.row + i, col: r.col } : { row: r.row, col: r.col + i },
  );
}

/**
 * The values a chart's references hold as built: the spec's cached figures (the model's), else each
 * cell's constant from the blocks (the last block written there), else null for the reader to compute.
 */
export function chartValues(sheet: SheetBlueprint, spec: ChartSpec): ChartValues {
  const ranges = [spec.categories, ...spec.series.map((s) => s.values)];
  const wanted = new Map<string, Cell>();
  const key = (row: number, col: number) => `${row},${col}`;
  for (const b of sheet.blocks) {
    const width = b.cells[0]?.length ?? 0;
    for (const r of ranges) {
      const rows = [Math.max(r.row, b.row), Math.min(r.row + r.rows, b.row + b.cells.length)];
      const cols = [Math.max(r.col, b.col), Math.min(r.col + r.cols, b.col + width)];
      for (let row = rows[0]; row < rows[1]; row++)
        for (let col = cols[0]; col < cols[1]; col++) {
          const cell = b.cells[row - b.row][col - b.col];
          if (cell !== null) wanted.set(key(row, col), cell);
        }
    }
  }
  const constant = (row: number, col: number): CachedValue => {
    const cell = wanted.get(key(row, col));
    return cell === undefined || cell === null || isFormula(cell) || typeof cell === 'boolean' ? null : cell;
  };
  const read = (r: RangeRef, cached: readonly (CachedValue | undefined)[] | undefined) =>
    cellsOf(r).map(({ row, col }, i) => cached?.[i] ?? constant(row, col));
  return {
    categories: read(spec.categories, spec.cached?.categories),
    series: spec.series.map((s, i) => read(s.values, spec.cached?.series?.[i])),
    numberFormat: numberFormatAt(sheet, spec.series[0].values) ?? 'General',
  };
}

/** The number format the last format over a range's first cell gives it. */
function numberFormatAt(sheet: SheetBlueprint, r: RangeRef): string | undefined {
  let found: string | undefined;
  for (const f of sheet.formats) {
    const { row, col, rows, cols } = f.range;
    if (f.numberFormat && r.row >= row && r.row < row + rows && r.col >= col && r.col < col + cols)
      found = f.numberFormat;
  }
  return found;
}
