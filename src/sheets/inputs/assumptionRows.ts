import { ASSUMPTION_INFO, Assumptions, NumericAssumptionInfo, ROLLOUT_SOURCE, Unit } from '../../model/assumptions';
import { ROUNDING_RULES, ROUNDING_RULE_LABELS } from '../../model/rounding';
import type { Cell, CellStyle } from '../shared/blueprint';
import type { AssumptionCellKey } from '../shared/cells';
import { FORMAT, STYLE } from '../shared/styles';

export const ROUNDING_NAME = 'IPS_Rounding';

export const UNIT_LABEL: Record<Unit, string> = {
  percent: '%',
  gbp: '£',
  clients: 'clients a year',
  ratio: 'ratio',
  years: 'years',
};

export function unitFormat(unit: Unit): string {
  if (unit === 'percent') return FORMAT.percent;
  if (unit === 'gbp') return FORMAT.gbp;
  return unit === 'years' ? FORMAT.whole : FORMAT.count;
}

/** One row of the Inputs sheet's assumptions: label, value, unit, default, source. */
export interface AssumptionRow {
  key: AssumptionCellKey | null;
  /** The workbook name of its value cell. */
  name: string | null;
  cells: [string, Cell, string, Cell, string];
  numberFormat: string;
  style: CellStyle;
  /** Allowed values, for a drop-down... */
  list?: string[];
  /** ...or the assumption whose range the cell accepts. */
  info?: NumericAssumptionInfo;
}

const caseloadName = ASSUMPTION_INFO.find((i) => i.key === 'caseload')!.name;

/** The base assumptions, as the Inputs sheet lists them. */
export function assumptionRows(base: Assumptions): AssumptionRow[] {
  const rows: AssumptionRow[] = ASSUMPTION_INFO.map((info) => {
    const row: AssumptionRow = {
      key: info.key,
      name: info.name,
      cells: [info.label, base[info.key], UNIT_LABEL[info.unit], info.defaultValue, info.source],
      numberFormat: unitFormat(info.unit),
      style: STYLE.input,
      info,
    };
    if (info.key === 'firstYearCaseload') {
      // null means "the same as the caseload": a formula, so changing the caseload carries through.
      row.cells[1] = base.firstYearCaseload ?? { formula: `=${caseloadName}` };
      row.cells[3] = 'same as caseload';
    } else if (info.key === 'years') {
      // The rollout tables have one row or column per year, so the horizon is fixed at generation.
      row.cells[0] = `${info.label} (fixed when generated)`;
      row.cells[4] = `${info.source}. The rollout tables were generated for ${base.years} years: generate the workbook again to change this.`;
      row.style = STYLE.fixed;
      row.list = [String(base.years)];
      row.info = undefined;
    } else if (info.key === 'coverage' || info.key === 'costPerEngagement') {
      // They define a scenario: a sheet with the base's value follows this cell, the others keep their own.
      row.cells[0] = `${info.label} (scenario sheets with this value follow it)`;
    }
    return row;
  });
  const rules = ROUNDING_RULE_LABELS;
  rows.push(
    {
      key: 'rounding',
      name: ROUNDING_NAME,
      cells: [
        'ES rounding rule',
        base.rounding,
        'rule',
        'nearest-min1',
        `nearest-min1: ${rules['nearest-min1']}; up: ${rules.up}; none: ${rules.none}`,
      ],
      numberFormat: FORMAT.text,
      style: STYLE.input,
      list: [...ROUNDING_RULES],
    },
    {
      key: null,
      name: null,
      cells: [
        'First year of the rollout (fixed when generated)',
        base.firstYearLabel,
        'year',
        null,
        'Year labels of the rollout tables',
      ],
      numberFormat: FORMAT.text,
      style: STYLE.fixed,
    },
    {
      key: null,
      name: null,
      cells: [
        'Rollout (fixed when generated)',
        base.rollout,
        'mode',
        'phased',
        `${ROLLOUT_SOURCE}. phased: each area starts in the year of its phase; existing: from its existing ES`,
      ],
      numberFormat: FORMAT.text,
      style: STYLE.fixed,
    },
  );
  return rows;
}
