import { AreasOrigin, capitalised } from '../../model/areas';
import { ASSUMPTION_INFO, ROLLOUT_SOURCE } from '../../model/assumptions';
import { ECONOMIC_INPUT_INFO } from '../../model/economics';
import { ROUNDING_RULE_LABELS } from '../../model/rounding';
import type { ScenarioPlan } from '../../model/scenarios';
import { DATA_QUALITY_FACTOR, DATA_QUALITY_MIN_AREAS } from '../../model/warnings';
import { Cell, SheetBlueprint } from '../shared/blueprint';
import { SheetDraft, cells } from '../shared/draft';
import { warningRows } from './warningRows';
import { printSetup, wrappedHeight } from '../shared/print';
import { STYLE, TAB_COLOR } from '../shared/styles';

export const NOTES_SHEET = 'Notes';
/** Portrait A4 at full size: a label column and a text column that wraps. */
const WIDTHS = [30, 72];

const METHOD = [
  ['Eligible clients', 'SMI contacts × (1 − already in work) × interested in work.'],
  ['Clients per year', 'Eligible × coverage: the people the service supports, and the engagements that are costed.'],
  [
    'ES needed',
    'Clients per year ÷ clients per ES per year, rounded by the rule on the Inputs sheet. The default reproduces the review: nearest whole ES, at least 1 where an area has clients. Totals are the sum of the rounded areas, as the review does.',
  ],
  ['Job outcomes', 'Clients × into-work rate; in work after 13 weeks = job outcomes × sustainment rate.'],
  [
    'Cost per year',
    'Clients × £ per engagement. £ per job outcome = cost ÷ job outcomes. Implementation support (if any) is added to the total only.',
  ],
  [
    'Staff-based cost',
    'Prices the same workforce as the IPS Grow workforce calculator: each post costs (salary + employer NI on pay above 12 × the monthly threshold + pension) × (1 + overheads); 1 team leader per so many ES and 1 service manager per so many team leaders, as whole-time equivalents.',
  ],
  [
    'Rollout (phased)',
    'An area in phase p (2 where the phase is blank) has no ES before year p (capped at the horizon), then ramps in a straight line to its target in the final year; each year’s ES are rounded by the same rule. New ES = the rise on the year before. Clients follow the ES in post as a share of the target, new ES carrying the first-year caseload.',
  ],
  ['Rollout (existing)', 'From each area’s existing ES in a straight line to the target in the final year.'],
  [
    'Data quality',
    `An area whose SMI contacts per 100,000 people are more than ${DATA_QUALITY_FACTOR}× or less than 1/${DATA_QUALITY_FACTOR} of the median of all areas with a population (at least ${DATA_QUALITY_MIN_AREAS}) is flagged: check the figure before relying on that area’s plan.`,
  ],
];

const ECONOMIC_METHOD = [
  [
    'Method',
    'HM Treasury Green Book discounting, t = 0 for the first plan year, real prices (the review’s, no uplift). cost_t and job outcomes_t: the followed scenario’s year (implementation support included), its final rollout year repeated after the rollout. benefits_t = job outcomes_t × (NHS saving + other benefit) + cost_t × tax & benefit saving per £1.',
  ],
  [
    'Results',
    'd_t = 1/(1+r)^t; PC = Σ d_t × cost_t; PB = Σ d_t × benefits_t; NPV = PB − PC; BCR = PB ÷ PC; cost per job outcome = Σ cost_t ÷ Σ job outcomes_t; break-even value per job outcome = (1 − tax & benefit saving per £1) × PC ÷ Σ d_t × job outcomes_t.',
  ],
];

const RULE_SOURCES = [
  [
    'ES rounding rule',
    Object.entries(ROUNDING_RULE_LABELS)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  ],
  ['Rollout', ROLLOUT_SOURCE],
];

const ABOUT = [
  [
    'Live formulas',
    'Every figure on the scenario and summary sheets is a formula over the Inputs sheet and the scenario’s own assumption cells (blue): change one and the workbook recalculates. Formulas use classic functions only, for Excel 2016+, Excel on the web and LibreOffice.',
  ],
  [
    'Fixed when generated',
    'The list of areas, the rollout mode, the number of years and the year labels shape the tables: generate the workbook again to change them. Sorting the Inputs table is safe.',
  ],
  [
    'Charts',
    'The Summary, each scenario sheet (ES by area while its table fits a page; rollout by year), Sensitivity, Monitoring and the Economic case have charts, in the workbook the add-in writes, the pane downloads and the command line writes alike. They point at the sheet’s cells: change a figure and they follow.',
  ],
];

export function buildNotesSheet(
  plans: readonly ScenarioPlan[],
  origin: AreasOrigin,
  generated: string,
  version: string,
  heading: string,
  title: string,
  /** The workbook has the Economic case sheet: its method and its inputs' sources too. */
  economics = false,
): SheetBlueprint {
  const d = new SheetDraft(NOTES_SHEET, 'notes');
  const rows: Cell[][] = [];
  const sections: number[] = [];
  const section = (title: string) => {
    if (rows.length) rows.push([null, null]);
    sections.push(rows.length);
    rows.push([title, null]);
  };
  rows.push(['Notes: method, sources and warnings', null]);
  rows.push(['Generated', generated]);
  rows.push(['Tool', `IPS planner ${version}`]);

  section('Method, in plain words');
  rows.push(...METHOD);

  section('Where each assumption comes from');
  for (const info of ASSUMPTION_INFO) rows.push([info.label, info.source]);
  rows.push(...RULE_SOURCES);
  // The data set names itself and its sources; the planner's own figures are the planner's.
  const n = plans[0]?.plan.areas.length ?? 0;
  const areaCount = `${n} ${n === 1 ? origin.words.one : origin.words.many}`;
  rows.push([
    capitalised(origin.words.many),
    origin.id ? `${origin.title}: ${areaCount} (built-in data set ${origin.id})` : origin.title,
  ]);
  for (const { label, text } of origin.sources) rows.push([label, text]);
  if (economics) {
    section('The economic case (the Economic case sheet)');
    rows.push(...ECONOMIC_METHOD, ...ECONOMIC_INPUT_INFO.map((i) => [i.label, i.source]));
  }

  section('Warnings and notes, as generated (the Data quality column recalculates)');
  const warnings = warningRows(plans);
  rows.push(...(warnings.length ? warnings : [['None', null]]));

  section('About this workbook');
  rows.push(...ABOUT);

  d.block(0, 0, rows);
  d.format(cells(0, 0), { style: STYLE.title });
  d.format(cells(1, 0, rows.length - 1, 1), { style: STYLE.wrapped });
  // Captions run over the empty cell beside them rather than wrap.
  for (const r of sections) d.format(cells(r, 0), { style: { ...STYLE.caption, wrap: false } });
  d.format(cells(1, 1, rows.length - 1, 1), { numberFormat: '@', style: STYLE.wrapped });
  d.widen(0, WIDTHS[0]);
  d.widen(1, WIDTHS[1]);
  rows.forEach(([label, text], r) => {
    if (r > 0 && (label || text))
      d.rowHeight(
        r,
        Math.max(wrappedHeight(String(label ?? ''), WIDTHS[0]), wrappedHeight(String(text ?? ''), WIDTHS[1])),
      );
  });
  const bounds = [...sections, rows.length];
  return d.sheet({
    tables: [],
    charts: [],
    validations: [],
    print: printSetup({
      area: cells(0, 0, rows.length, 2),
      orientation: 'portrait',
      widths: d.widths,
      heights: d.heights,
      sections: [
        { first: 0, last: sections[0] - 1 },
        ...sections.map((first, k) => ({ first, last: bounds[k + 1] - 1 })),
      ],
      title,
      generated: heading,
    }),
    tabColor: TAB_COLOR.notes,
  });
}
