import { REVIEW_CONTACTS } from '../support/reviewContacts';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import {
  Area,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  SENSITIVITY_RANGES,
  budgetScenarios,
  computePlan,
  sensitivity,
} from '../../src/model';

// The review's contacts, typed independently of src/data.
const CONTACTS = REVIEW_CONTACTS;

const with_ = (over: Partial<Assumptions>): Assumptions => ({ ...DEFAULT_ASSUMPTIONS, ...over });

/** ES by the review's rule, from the contacts alone. */
function reviewEs({ inWork = 0.1, interested = 0.3, coverage = 0.25, caseload = 40, scale = 1 } = {}): number {
  return CONTACTS.reduce(
    (sum, c) => sum + Math.max(1, Math.round((c * scale * (1 - inWork) * interested * coverage) / caseload)),
    0,
  );
}

/** The plan with one input changed, by the model itself. */
function replanned(areas: readonly Area[], a: Assumptions, input: string, value: number) {
  if (input === 'smiContacts')
    return computePlan(
      areas.map((x) => ({ ...x, smiContacts: x.smiContacts * value })),
      a,
    ).totals;
  return computePlan(areas, { ...a, [input]: value }).totals;
}

describe('sensitivity', () => {
  const rows = sensitivity(SCOTLAND_2018, DEFAULT_ASSUMPTIONS);

  it('has the sourced ranges of the reference data ("Ranges for sensitivity")', () => {
    const byKey = Object.fromEntries(rows.map((r) => [r.assumption, [r.low, r.high]]));
    expect(byKey).toEqual({
      inWork: [0.08, 0.12],
      interested: [0.2, 0.47],
      caseload: [35, 45],
      costPerEngagement: [1300, 2050],
      intoWorkRate: [0.26, 0.4],
      smiContacts: [0.8, 1.2],
    });
    expect(rows.find((r) => r.assumption === 'inWork')!.source).toMatch(/8%.*IPS Grow 2018/);
    expect(rows.find((r) => r.assumption === 'interested')!.source).toMatch(/47%.*CQC 2018/);
    expect(rows.find((r) => r.assumption === 'caseload')!.source).toMatch(/35.*first year.*IPS Grow KPI/);
    expect(rows.find((r) => r.assumption === 'intoWorkRate')!.source).toMatch(/26%.*NHS England 2016\/17 stocktake/);
    for (const r of rows) expect(r.label).not.toBe('');
  });

  it.each([
    ['the review’s defaults', SCOTLAND_2018, DEFAULT_ASSUMPTIONS],
    [
      '50% coverage, rounding up, from existing ES',
      SCOTLAND_2018,
      with_({ coverage: 0.5, rounding: 'up', rollout: 'existing' }),
    ],
    [
      'a budget scenario (its coverage held)',
      SCOTLAND_2018,
      budgetScenarios(SCOTLAND_2018, DEFAULT_ASSUMPTIONS, [{ amount: 5e6, basis: 'staff' }])[0].assumptions,
    ],
  ])('every row equals a full re-plan with that one input changed: %s', (_, areas, a) => {
    for (const r of sensitivity(areas, a)) {
      const low = replanned(areas, a, r.assumption, r.low);
      const high = replanned(areas, a, r.assumption, r.high);
      expect([r.assumption, r.specialistsLow, r.specialistsHigh]).toEqual([
        r.assumption,
        low.specialists,
        high.specialists,
      ]);
      expect(r.costPerYearLow).toBe(low.costPerYear);
      expect(r.costPerYearHigh).toBe(high.costPerYear);
      expect(r.staffCostPerYearLow).toBe(low.staffCostPerYear);
      expect(r.staffCostPerYearHigh).toBe(high.staffCostPerYear);
      expect(r.jobOutcomesLow).toBe(low.jobOutcomesPerYear);
      expect(r.jobOutcomesHigh).toBe(high.jobOutcomesPerYear);
    }
  });

  it('agrees with arithmetic done by hand from the review’s contacts', () => {
    const row = (key: string) => rows.find((r) => r.assumption === key)!;
    expect([row('caseload').specialistsLow, row('caseload').specialistsHigh]).toEqual([
      reviewEs({ caseload: 35 }),
      reviewEs({ caseload: 45 }),
    ]);
    expect([row('interested').specialistsLow, row('interested').specialistsHigh]).toEqual([
      reviewEs({ interested: 0.2 }),
      reviewEs({ interested: 0.47 }),
    ]);
    expect([row('inWork').specialistsLow, row('inWork').specialistsHigh]).toEqual([
      reviewEs({ inWork: 0.08 }),
      reviewEs({ inWork: 0.12 }),
    ]);
    expect([row('smiContacts').specialistsLow, row('smiContacts').specialistsHigh]).toEqual([
      reviewEs({ scale: 0.8 }),
      reviewEs({ scale: 1.2 }),
    ]);
    const clients = 60424 * 0.9 * 0.3 * 0.25;
    expect(row('costPerEngagement').costPerYearLow).toBeCloseTo(clients * 1300, 6);
    expect(row('costPerEngagement').costPerYearHigh).toBeCloseTo(clients * 2050, 6);
    expect(row('intoWorkRate').jobOutcomesLow).toBeCloseTo(clients * 0.26, 9);
    expect(row('intoWorkRate').specialistsLow).toBe(104);
    expect(row('smiContacts').costPerYearHigh).toBeCloseTo(clients * 1.2 * 2000, 6);
  });

  it('is sorted by swing: ES first, then cost per year, then job outcomes', () => {
    const swing = (r: (typeof rows)[number]) => [
      Math.abs(r.specialistsHigh - r.specialistsLow),
      Math.abs(r.costPerYearHigh - r.costPerYearLow),
      Math.abs(r.jobOutcomesHigh - r.jobOutcomesLow),
    ];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [swing(rows[i - 1]), swing(rows[i])];
      const ordered = a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2])));
      expect([rows[i - 1].assumption, rows[i].assumption, ordered]).toEqual([
        rows[i - 1].assumption,
        rows[i].assumption,
        true,
      ]);
    }
    // by hand: interested moves the ES most; £ per engagement and into-work move none, £ per engagement the cost
    expect(rows[0].assumption).toBe('interested');
    expect(rows.slice(-2).map((r) => r.assumption)).toEqual(['costPerEngagement', 'intoWorkRate']);
  });

  it('takes other ranges, and does not change the areas or assumptions it is given', () => {
    const areas = SCOTLAND_2018.map((a) => ({ ...a }));
    const a = with_({});
    const [row] = sensitivity(areas, a, [{ ...SENSITIVITY_RANGES[0], low: 0, high: 0.5 }]);
    expect([row.specialistsLow, row.specialistsHigh]).toEqual([reviewEs({ inWork: 0 }), reviewEs({ inWork: 0.5 })]);
    expect(areas).toEqual(SCOTLAND_2018);
    expect(a).toEqual(DEFAULT_ASSUMPTIONS);
  });
});
