import { figureLabel } from '../../model/figures';
import { ASSUMPTION_INFO, NumericAssumptionInfo } from '../../model/assumptions';
import { Cell, CellStyle } from '../shared/blueprint';
import { AssumptionCellKey } from '../shared/cells';
import { DERIVED, DerivedKey } from './cellIndex';
import { cells } from '../shared/draft';
import { figureFormat } from '../shared/figureFormats';
import * as f from '../shared/formulas';
import { ROUNDING_NAME, UNIT_LABEL, unitFormat } from '../inputs';
import { FORMAT, STYLE } from '../shared/styles';
import { A, ScenarioContext, abs, bodyRange } from './context';
import { ASSUMPTION_VALUE_COL, BOARD_COLS, COST, COVERAGE } from './layout';

const DERIVED_LABELS: Record<DerivedKey, string> = {
  esPostCost: 'Yearly cost of an ES post (salary, NI, pension, overheads)',
  teamLeaderPostCost: 'Yearly cost of a team leader post',
  managerPostCost: 'Yearly cost of a service manager post',
  staffCostPerEs: 'Staff cost per ES, with team leader and manager shares',
  firstYearShortfall: 'Share of a caseload new ES do not carry in their first year',
  medianContactsPer100k: 'Median SMI contacts per 100,000 (data-quality check)',
  managers: figureLabel('managers'),
  totalCostPerYear: figureLabel('totalCostPerYear'),
};
const DERIVED_FORMATS: Record<DerivedKey, string> = {
  esPostCost: FORMAT.gbp,
  teamLeaderPostCost: FORMAT.gbp,
  managerPostCost: FORMAT.gbp,
  staffCostPerEs: FORMAT.gbp,
  firstYearShortfall: FORMAT.percent,
  medianContactsPer100k: FORMAT.count,
  managers: figureFormat('managers'),
  totalCostPerYear: figureFormat('totalCostPerYear'),
};
const DERIVED_UNITS: Partial<Record<DerivedKey, string>> = {
  firstYearShortfall: '%',
  managers: 'WTE',
  medianContactsPer100k: 'per 100,000',
};

type Value = [Cell, string, CellStyle];

/** The assumption's cell: a link to its Inputs name where the scenario shares the base's value. */
function valueOf(ctx: ScenarioContext, info: NumericAssumptionInfo): Value {
  const { assumptions: a } = ctx.scenario;
  const linked: Value = [{ formula: `=${info.name}` }, `Inputs (${info.name})`, STYLE.linkedInput];
  if (info.key === 'years') return [a.years, 'fixed when generated', STYLE.fixed];
  if (info.key === 'firstYearCaseload') {
    if (a.firstYearCaseload === ctx.base.firstYearCaseload) return linked;
    if (a.firstYearCaseload === null)
      return [{ formula: `=${A(ctx, 'caseload')}` }, 'same as the caseload', STYLE.input];
    return [a.firstYearCaseload, 'this scenario', STYLE.input];
  }
  return a[info.key] === ctx.base[info.key] ? linked : [a[info.key], 'this scenario', STYLE.input];
}

/**
 * The scenario's other assumptions (coverage and £ per engagement sit under the title), then the
 * figures worked out from them once for every row to use. Fills ctx.assumptions and ctx.derived.
 */
export function writeAssumptions(ctx: ScenarioContext): void {
  const { d, layout, scenario } = ctx;
  const a = scenario.assumptions;
  const { caption, header, first } = layout.assumptions;
  const rows: Cell[][] = [];
  const add = (row: Cell[], numberFormat: string, style: CellStyle | undefined): { row: number; col: number } => {
    const r = first + rows.length;
    rows.push(row);
    d.format(cells(r, ASSUMPTION_VALUE_COL), { numberFormat, style });
    return { row: r, col: ASSUMPTION_VALUE_COL };
  };
  ctx.assumptions = { coverage: COVERAGE, costPerEngagement: COST } as Record<
    AssumptionCellKey,
    { row: number; col: number }
  >;
  for (const info of ASSUMPTION_INFO) {
    if (info.key === 'coverage' || info.key === 'costPerEngagement') continue;
    const [value, from, style] = valueOf(ctx, info);
    const label = info.key === 'years' ? `${info.label} (fixed when generated)` : info.label;
    ctx.assumptions[info.key] = add([label, value, UNIT_LABEL[info.unit], from], unitFormat(info.unit), style);
  }
  const rounding: Value =
    a.rounding === ctx.base.rounding
      ? [{ formula: `=${ROUNDING_NAME}` }, `Inputs (${ROUNDING_NAME})`, STYLE.linkedInput]
      : [a.rounding, 'this scenario', STYLE.input];
  ctx.assumptions.rounding = add(
    ['ES rounding rule (nearest-min1, up, none)', rounding[0], 'rule', rounding[1]],
    FORMAT.text,
    rounding[2],
  );

  const workedOut = first + rows.length;
  rows.push(['Worked out from the assumptions', null, null, null]);
  ctx.derived = {} as ScenarioContext['derived'];
  for (const key of DERIVED) {
    ctx.derived[key] = add(
      [DERIVED_LABELS[key], null, DERIVED_UNITS[key] ?? '£', 'formula'],
      DERIVED_FORMATS[key],
      undefined,
    );
  }
  const formulas = derivedFormulas(ctx);
  for (const key of DERIVED) rows[ctx.derived[key].row - first][1] = { formula: `=${formulas[key]}` };

  // Label in A, value in G, unit in H, source in I: B–F and J onwards stay empty for the text to run into.
  d.block(caption, 0, [['Assumptions of this scenario']]);
  d.block(header, 0, [['Assumption']]);
  d.block(header, ASSUMPTION_VALUE_COL, [['Value', 'Unit', 'From']]);
  d.block(
    first,
    0,
    rows.map((r) => [r[0]]),
  );
  d.block(
    first,
    ASSUMPTION_VALUE_COL,
    rows.map((r) => r.slice(1)),
  );
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.format(cells(header, 0, 1, ASSUMPTION_VALUE_COL + 3), { style: STYLE.header });
  d.format(cells(workedOut, 0), { style: STYLE.caption });
}

function derivedFormulas(ctx: ScenarioContext): Record<DerivedKey, string> {
  const { boards } = ctx.layout;
  const a = (key: AssumptionCellKey) => A(ctx, key);
  const post = (salary: AssumptionCellKey) =>
    f.postCost(a(salary), a('employerNiRate'), a('niThresholdMonthly'), a('pensionRate'), a('overheadRate'));
  const d = (key: DerivedKey) => abs(ctx.derived[key]);
  const total = (col: number) => abs({ row: boards.totals, col });
  return {
    esPostCost: post('esSalary'),
    teamLeaderPostCost: post('teamLeaderSalary'),
    managerPostCost: post('managerSalary'),
    staffCostPerEs:
      `${d('esPostCost')}+${d('teamLeaderPostCost')}/${a('esPerTeamLeader')}` +
      `+${d('managerPostCost')}/${a('esPerTeamLeader')}/${a('teamLeadersPerManager')}`,
    firstYearShortfall: `1-${a('firstYearCaseload')}/${a('caseload')}`,
    medianContactsPer100k: f.medianRate(bodyRange(boards, BOARD_COLS.contactsPer100k, true)),
    managers: `${total(BOARD_COLS.specialists)}/${a('esPerTeamLeader')}/${a('teamLeadersPerManager')}`,
    totalCostPerYear: `${total(BOARD_COLS.costPerYear)}+${a('implementationSupportPerYear')}`,
  };
}
