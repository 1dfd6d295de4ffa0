import { Area, phaseOf } from '../model/areas';
import { ASSUMPTION_INFO, Assumptions, NumericAssumptionInfo, ROLLOUT_SOURCE, Unit } from '../model/assumptions';
import { ROUNDING_RULES, ROUNDING_RULE_LABELS } from '../model/rounding';
import { Cell, CellStyle, DefinedName, SheetBlueprint, cellAddress } from './blueprint';
import { AreaColumn, AssumptionCellKey, CellPos, InputsSheetIndex, columnsOf } from './cellIndex';
import { SheetDraft, fitText } from './draft';
import { FORMAT, STYLE, TAB_COLOR } from './styles';

export const INPUTS_SHEET = 'Inputs';
export const ROUNDING_NAME = 'IPS_Rounding';
export const AREAS_TABLE = 'IPS_Areas';

const HEADER_ROW = 3;
const AREA_KEYS: readonly AreaColumn[] = ['name', 'code', 'smiContacts', 'population', 'existingEs', 'phase'];
const AREA_HEADERS = ['Board', 'Code', 'SMI contacts', 'Population', 'Existing ES', 'Phase'];
/** Assumptions sit beside the areas (not below them), so they stay in view however many areas there are. */
const ASSUMPTION_COL = AREA_KEYS.length + 1;

export const UNIT_LABEL: Record<Unit, string> = {
  percent: '%',
  gbp: '£',
  clients: 'clients a year',
  ratio: 'ratio',
  years: 'years',
};

export function unitFormat(unit: Unit): string {
  return unit === 'percent'
    ? FORMAT.percent
    : unit === 'gbp'
      ? FORMAT.gbp
      : unit === 'years'
        ? FORMAT.whole
        : FORMAT.count;
}

/** The base assumptions' value for an assumption key, as the sheet shows it. */
export function assumptionValue(info: NumericAssumptionInfo, a: Assumptions): number | null {
  return a[info.key];
}

export interface InputsSheet {
  sheet: SheetBlueprint;
  names: DefinedName[];
  index: InputsSheetIndex;
}

export function buildInputsSheet(areas: readonly Area[], base: Assumptions, heading: string): InputsSheet {
  const d = new SheetDraft(INPUTS_SHEET, 'inputs');
  const first = HEADER_ROW + 1;
  const columns = columnsOf(AREA_KEYS);

  d.block(0, 0, [
    ['Inputs: areas and assumptions'],
    [heading],
    ['Areas (one row per board; scenario sheets follow these rows)'],
  ]);
  d.format(0, 0, 1, 1, undefined, STYLE.title);
  d.format(1, 0, 1, 1, undefined, STYLE.subtitle);
  d.format(2, 0, 1, 1, undefined, STYLE.caption);

  // Names and codes are the user's text: plain strings, formatted as text so retyping keeps them text.
  const rows: Cell[][] = areas.map((a) => [
    a.name,
    a.code ?? null,
    a.smiContacts,
    a.population ?? null,
    a.existingEs ?? null,
    phaseOf(a),
  ]);
  d.block(HEADER_ROW, 0, [AREA_HEADERS, ...rows]);
  d.format(HEADER_ROW, 0, 1, AREA_KEYS.length, undefined, STYLE.header);
  d.format(first, 0, areas.length, 2, FORMAT.text);
  d.format(first, columns.smiContacts, areas.length, 2, FORMAT.count, STYLE.input);
  d.format(first, columns.existingEs, areas.length, 1, FORMAT.oneDecimal, STYLE.input);
  d.format(first, columns.phase, areas.length, 1, FORMAT.whole, STYLE.input);
  d.format(first, 0, areas.length, 2, undefined, STYLE.input);

  const { cells, index: assumptionCells, names, validations } = assumptionBlock(base, first, d);
  d.block(2, ASSUMPTION_COL, [['Assumptions (scenario sheets link to these unless they set their own)']]);
  d.format(2, ASSUMPTION_COL, 1, 1, undefined, STYLE.caption);
  d.block(HEADER_ROW, ASSUMPTION_COL, [['Assumption', 'Value', 'Unit', 'Default', 'Source'], ...cells]);
  d.format(HEADER_ROW, ASSUMPTION_COL, 1, 5, undefined, STYLE.header);

  d.widen(0, fitText(['Board', ...areas.map((a) => a.name)], 14, 40));
  d.widen(1, fitText(['Code', ...areas.map((a) => a.code)], 11, 20));
  for (const c of [2, 3]) d.widen(c, 13);
  d.widen(4, 11);
  d.widen(5, 8);
  d.widen(6, 3);
  d.widen(
    ASSUMPTION_COL,
    fitText(
      cells.map((r) => r[0] as string),
      20,
      50,
    ),
  );
  d.widen(ASSUMPTION_COL + 1, 14);
  d.widen(ASSUMPTION_COL + 2, 15);
  d.widen(ASSUMPTION_COL + 3, 16);
  d.widen(ASSUMPTION_COL + 4, 100);

  const lastRow = Math.max(first + areas.length, first + cells.length) - 1;
  const sheet = d.sheet({
    freeze: { rows: HEADER_ROW + 1, cols: 1 },
    tables: [
      {
        name: AREAS_TABLE,
        range: { row: HEADER_ROW, col: 0, rows: areas.length + 1, cols: AREA_KEYS.length },
        style: 'TableStyleLight9',
      },
    ],
    charts: [],
    validations,
    print: {
      area: { row: 0, col: 0, rows: lastRow + 1, cols: ASSUMPTION_COL + 5 },
      landscape: true,
      fitToWidth: true,
      titleRows: { first: 0, last: HEADER_ROW },
    },
    tabColor: TAB_COLOR.inputs,
  });
  return {
    sheet,
    names,
    index: {
      sheet: INPUTS_SHEET,
      areas: { headerRow: HEADER_ROW, firstRow: first, count: areas.length, columns },
      assumptions: assumptionCells,
    },
  };
}

function assumptionBlock(base: Assumptions, first: number, d: SheetDraft) {
  const cells: Cell[][] = [];
  const index = {} as Record<AssumptionCellKey, CellPos>;
  const names: DefinedName[] = [];
  const validations: SheetBlueprint['validations'] = [];
  const valueCol = ASSUMPTION_COL + 1;
  const add = (
    key: AssumptionCellKey | null,
    row: Cell[],
    name: string | null,
    numberFormat: string | undefined,
    style: CellStyle = STYLE.input,
  ) => {
    const r = first + cells.length;
    cells.push(row);
    d.format(r, valueCol, 1, 1, numberFormat, style);
    if (numberFormat) d.format(r, valueCol + 2, 1, 1, numberFormat);
    if (key) index[key] = { row: r, col: valueCol };
    if (name)
      names.push({
        name,
        sheet: INPUTS_SHEET,
        range: { row: r, col: valueCol, rows: 1, cols: 1 },
        comment: String(row[0]),
      });
    return r;
  };

  for (const info of ASSUMPTION_INFO) {
    const format = unitFormat(info.unit);
    if (info.key === 'firstYearCaseload') {
      // null means "the same as the caseload": a formula, so changing the caseload carries through.
      const value: Cell = base.firstYearCaseload ?? { formula: `=${assumptionInfoName('caseload')}` };
      add(info.key, [info.label, value, UNIT_LABEL[info.unit], 'same as caseload', info.source], info.name, format);
    } else if (info.key === 'years') {
      // The rollout tables have one row or column per year, so the horizon is fixed at generation.
      const r = add(
        info.key,
        [
          `${info.label} (fixed when generated)`,
          base.years,
          UNIT_LABEL[info.unit],
          info.defaultValue,
          `${info.source}. The workbook's rollout tables were generated for ${base.years} years: generate it again to change this.`,
        ],
        info.name,
        format,
        STYLE.fixed,
      );
      validations.push({ range: { row: r, col: valueCol, rows: 1, cols: 1 }, values: [String(base.years)] });
    } else if (info.key === 'coverage' || info.key === 'costPerEngagement') {
      // They define a scenario: a sheet with the base's value follows this cell, the others keep their own.
      add(
        info.key,
        [
          `${info.label} (scenario sheets with this value follow it)`,
          assumptionValue(info, base),
          UNIT_LABEL[info.unit],
          info.defaultValue,
          info.source,
        ],
        info.name,
        format,
      );
    } else {
      add(
        info.key,
        [info.label, assumptionValue(info, base), UNIT_LABEL[info.unit], info.defaultValue, info.source],
        info.name,
        format,
      );
    }
  }
  const r = add(
    'rounding',
    [
      'ES rounding rule',
      base.rounding,
      'rule',
      'nearest-min1',
      `nearest-min1: ${ROUNDING_RULE_LABELS['nearest-min1']}; up: ${ROUNDING_RULE_LABELS.up}; none: ${ROUNDING_RULE_LABELS.none}`,
    ],
    ROUNDING_NAME,
    FORMAT.text,
  );
  validations.push({ range: { row: r, col: valueCol, rows: 1, cols: 1 }, values: [...ROUNDING_RULES] });
  add(
    null,
    [
      'First year of the rollout (fixed when generated)',
      base.firstYearLabel,
      'year',
      null,
      'Year labels of the rollout tables',
    ],
    null,
    FORMAT.text,
    STYLE.fixed,
  );
  add(
    null,
    [
      'Rollout (fixed when generated)',
      base.rollout,
      'mode',
      'phased',
      `${ROLLOUT_SOURCE}. phased: each area starts in the year of its phase; existing: from its existing ES`,
    ],
    null,
    FORMAT.text,
    STYLE.fixed,
  );
  return { cells, index, names, validations };
}

function assumptionInfoName(key: NumericAssumptionInfo['key']): string {
  return ASSUMPTION_INFO.find((i) => i.key === key)!.name;
}

/** "Inputs!$I$5" for an Inputs cell. */
export function inputsCell(pos: CellPos, absolute = true): string {
  return `${INPUTS_SHEET}!${cellAddress(pos.row, pos.col, absolute)}`;
}
