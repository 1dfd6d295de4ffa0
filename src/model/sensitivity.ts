import { Area } from './areas';
import { Assumptions, NumericAssumptionKey } from './assumptions';
import { computePlan } from './plan';

/**
 * "Which assumption moves the answer most?": each uncertain input at a low and a high value (each
 * with where it comes from), the others held at the scenario's values, and what the plan becomes.
 */
export type SensitivityInput = NumericAssumptionKey | 'smiContacts';

export interface SensitivityRange {
  /** The assumption's key as in Assumptions, or smiContacts (each area's contacts × low or high). */
  assumption: SensitivityInput;
  label: string;
  /** In the assumption's own units (fractions for percentages); for smiContacts a multiplier. */
  low: number;
  high: number;
  source: string;
}

export interface SensitivityRow extends SensitivityRange {
  specialistsLow: number;
  specialistsHigh: number;
  /** Per engagement, as the plan's costPerYear (implementation support excluded). */
  costPerYearLow: number;
  costPerYearHigh: number;
  /** Staff-based, as the plan's staffCostPerYear. */
  staffCostPerYearLow: number;
  staffCostPerYearHigh: number;
  jobOutcomesLow: number;
  jobOutcomesHigh: number;
}

const GROW_2018 = 'IPS Grow 2018, quoted in "Growing the availability of evidence based supported employment"';
const MIRROR = 'no published figure on this side: as far from the review’s figure as the published one';

/** The default ranges (../shared/data/README.md, "Ranges for sensitivity"). */
export const SENSITIVITY_RANGES: readonly SensitivityRange[] = [
  {
    assumption: 'inWork',
    label: 'Already in work',
    low: 0.08,
    high: 0.12,
    source: `8%: only 8% of people using secondary mental health services are in work (${GROW_2018}); 12%: ${MIRROR}`,
  },
  {
    assumption: 'interested',
    label: 'Interested in work',
    low: 0.2,
    high: 0.47,
    source:
      '20%: a cautious take-up, chosen (no published lower figure); 47%: of the 2018 Community Mental Health ' +
      'Survey’s respondents would have liked help to find or keep work and did not get it (CQC 2018), an upper bound',
  },
  {
    assumption: 'caseload',
    label: 'Clients per ES per year',
    low: 35,
    high: 45,
    source: `35: ES in a service’s first year (IPS Grow KPI framework); 45: ${MIRROR}`,
  },
  {
    assumption: 'costPerEngagement',
    label: 'Cost per engagement',
    low: 1300,
    high: 2050,
    source: '£1,300: average cost per engagement in SMI cohorts (review); £2,050: University of Sheffield estimate',
  },
  {
    assumption: 'intoWorkRate',
    label: 'Clients into paid work',
    low: 0.26,
    high: 0.4,
    source:
      '26%: NHS England 2016/17 stocktake (5,140 paid jobs for 19,709 people supported); ' +
      '40%: IPS Grow KPI framework, the floor for a good service and the review’s figure',
  },
  {
    assumption: 'smiContacts',
    label: 'SMI contacts (each area, ±20%)',
    low: 0.8,
    high: 1.2,
    source:
      'the 2018 figures are new General Psychiatry outpatient contacts, and Borders’ rate is about 5× the median: ' +
      '±20% stands for data age and recording differences',
  },
];

/** The plan's headline figures with one input changed. */
function replan(areas: readonly Area[], a: Assumptions, input: SensitivityInput, value: number) {
  const { totals } = computePlan(
    input === 'smiContacts' ? areas.map((area) => ({ ...area, smiContacts: area.smiContacts * value })) : areas,
    input === 'smiContacts' ? a : { ...a, [input]: value },
  );
  return totals;
}

/** Each range's low and high as a full re-plan, sorted by swing: ES, then cost per year, then job outcomes. */
export function sensitivity(
  areas: readonly Area[],
  a: Assumptions,
  ranges: readonly SensitivityRange[] = SENSITIVITY_RANGES,
): SensitivityRow[] {
  const rows = ranges.map((range): SensitivityRow => {
    const low = replan(areas, a, range.assumption, range.low);
    const high = replan(areas, a, range.assumption, range.high);
    return {
      ...range,
      specialistsLow: low.specialists,
      specialistsHigh: high.specialists,
      costPerYearLow: low.costPerYear,
      costPerYearHigh: high.costPerYear,
      staffCostPerYearLow: low.staffCostPerYear,
      staffCostPerYearHigh: high.staffCostPerYear,
      jobOutcomesLow: low.jobOutcomesPerYear,
      jobOutcomesHigh: high.jobOutcomesPerYear,
    };
  });
  const swing = (r: SensitivityRow) => [
    Math.abs(r.specialistsHigh - r.specialistsLow),
    Math.abs(r.costPerYearHigh - r.costPerYearLow),
    Math.abs(r.jobOutcomesHigh - r.jobOutcomesLow),
  ];
  return rows.sort((x, y) => {
    const [sx, sy] = [swing(x), swing(y)];
    return sy[0] - sx[0] || sy[1] - sx[1] || sy[2] - sx[2];
  });
}
