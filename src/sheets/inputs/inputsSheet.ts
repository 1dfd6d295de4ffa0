import { Area, AreaWords, capitalised, phaseOf } from '../../model/areas';
import { Assumptions } from '../../model/assumptions';
import { Cell, DefinedName, SheetBlueprint, Validation, cellAddress } from '../shared/blueprint';
import { AreaColumn, InputsSheetIndex } from './cellIndex';
import { AssumptionCellKey, CellPos, columnsOf } from '../shared/cells';
import { SheetDraft, cells, fitText } from '../shared/draft';
import { assumptionRows } from './assumptionRows';
import { ROW_POINTS, printSetup, wrappedHeight } from '../shared/print';
import { FORMAT, STYLE, TAB_COLOR } from '../shared/styles';
import { AREA_VALIDATIONS, assumptionValidation, listValidation, promptTitle } from '../shared/validations';

export { ROUNDING_NAME, UNIT_LABEL, unitFormat } from './assumptionRows';

export const INPUTS_SHEET = 'Inputs';
export const AREAS_TABLE = 'IPS_Areas';

const AREA_KEYS: readonly AreaColumn[] = ['name', 'code', 'smiContacts', 'population', 'existingEs', 'phase'];
const AREA_HEADERS = ['Code', 'SMI contacts', 'Population', 'Existing ES', 'Phase'];
/** Assumptions above the areas, in the same columns: label, value, unit, default; the source in G. */
const SOURCE_COL = AREA_KEYS.length;
const WIDTHS = [34, 13, 14, 14, 11, 8, 58];
const ASSUMPTIONS_CAPTION = 3;

export interface InputsSheet {
  sheet: SheetBlueprint;
  names: DefinedName[];
  index: InputsSheetIndex;
}

function writeAssumptions(d: SheetDraft, base: Assumptions) {
  const rows = assumptionRows(base);
  const header = ASSUMPTIONS_CAPTION + 1;
  const first = header + 1;
  const index = {} as Record<AssumptionCellKey, CellPos>;
  const names: DefinedName[] = [];
  const validations: Validation[] = [];
  d.block(ASSUMPTIONS_CAPTION, 0, [['Assumptions (scenario sheets link to these unless they set their own)']]);
  d.block(header, 0, [['Assumption', 'Value', 'Unit', 'Default', null, null, 'Source']]);
  rows.forEach((row, k) => {
    const r = first + k;
    const [label, value, unit, byDefault, source] = row.cells;
    d.block(r, 0, [[label, value, unit, byDefault]]);
    d.block(r, SOURCE_COL, [[source]]);
    d.format(cells(r, 1), { numberFormat: row.numberFormat, style: row.style });
    d.format(cells(r, 3), { numberFormat: row.numberFormat });
    d.rowHeight(r, Math.max(wrappedHeight(label, WIDTHS[0]), wrappedHeight(source, WIDTHS[SOURCE_COL])));
    if (row.key) index[row.key] = { row: r, col: 1 };
    if (row.name) names.push({ name: row.name, sheet: INPUTS_SHEET, range: cells(r, 1), comment: label });
    if (row.list) validations.push(listValidation(cells(r, 1), promptTitle(label), row.list));
    if (row.info) validations.push(assumptionValidation(cells(r, 1), row.info));
  });
  d.format(cells(ASSUMPTIONS_CAPTION, 0), { style: STYLE.caption });
  d.format(cells(header, 0, 1, SOURCE_COL + 1), { style: STYLE.header });
  d.format(cells(first, 0, rows.length, 1), { style: STYLE.wrapped });
  d.format(cells(first, SOURCE_COL, rows.length, 1), { style: STYLE.wrapped });
  d.format(cells(first, 1, rows.length, SOURCE_COL - 1), { style: STYLE.top });
  return { index, names, validations, last: first + rows.length - 1 };
}

export function buildInputsSheet(
  areas: readonly Area[],
  base: Assumptions,
  heading: string,
  title: string,
  words: AreaWords,
): InputsSheet {
  const d = new SheetDraft(INPUTS_SHEET, 'inputs');
  WIDTHS.forEach((w, c) => d.widen(c, w));
  d.widen(
    0,
    fitText(
      areas.map((a) => a.name),
      WIDTHS[0],
      40,
    ),
  );
  d.block(0, 0, [['Inputs: assumptions and areas'], [heading]]);
  d.format(cells(0, 0), { style: STYLE.title });
  d.format(cells(1, 0), { style: STYLE.subtitle });
  const assumptions = writeAssumptions(d, base);

  const caption = assumptions.last + 2;
  const header = caption + 1;
  const first = header + 1;
  const n = areas.length;
  const columns = columnsOf(AREA_KEYS);
  d.block(caption, 0, [[`${capitalised(words.many)} (one row per ${words.one}; scenario sheets follow these rows)`]]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  // Names and codes are the user's text: plain strings, formatted as text so retyping keeps them text.
  const rows: Cell[][] = areas.map((a) => [
    a.name,
    a.code ?? null,
    a.smiContacts,
    a.population ?? null,
    a.existingEs ?? null,
    phaseOf(a),
  ]);
  d.block(header, 0, [[capitalised(words.one), ...AREA_HEADERS], ...rows]);
  d.format(cells(header, 0, 1, AREA_KEYS.length), { style: STYLE.header });
  d.format(cells(first, 0, n, 2), { numberFormat: FORMAT.text, style: STYLE.input });
  d.format(cells(first, columns.smiContacts, n, 2), { numberFormat: FORMAT.count, style: STYLE.input });
  d.format(cells(first, columns.existingEs, n, 1), { numberFormat: FORMAT.oneDecimal, style: STYLE.input });
  d.format(cells(first, columns.phase, n, 1), { numberFormat: FORMAT.whole, style: STYLE.input });
  d.rowHeight(header, 2 * ROW_POINTS);

  const sheet = d.sheet({
    tables: [{ name: AREAS_TABLE, range: cells(header, 0, n + 1, AREA_KEYS.length), style: 'TableStyleLight9' }],
    charts: [],
    validations: [
      ...assumptions.validations,
      ...(['smiContacts', 'population', 'existingEs', 'phase'] as const).map((key) =>
        AREA_VALIDATIONS[key](cells(first, columns[key], n, 1)),
      ),
    ],
    print: printSetup({
      area: cells(0, 0, first + n, SOURCE_COL + 1),
      orientation: 'landscape',
      widths: d.widths,
      heights: d.heights,
      sections: [
        { first: 0, last: assumptions.last },
        { first: caption, last: first + n - 1 },
      ],
      titleRows: { first: header, last: header },
      title,
      generated: heading,
    }),
    tabColor: TAB_COLOR.inputs,
  });
  return {
    sheet,
    names: assumptions.names,
    index: {
      sheet: INPUTS_SHEET,
      areas: { headerRow: header, firstRow: first, count: n, columns },
      assumptions: assumptions.index,
    },
  };
}

/** "Inputs!$I$5" for an Inputs cell. */
export function inputsCell(pos: CellPos, absolute = true): string {
  return `${INPUTS_SHEET}!${cellAddress(pos.row, pos.col, absolute)}`;
}
