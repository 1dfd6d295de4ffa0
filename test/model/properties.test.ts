import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import {
  Area,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  PlanInputError,
  RoundingRule,
  computePlan,
  postCost,
} from '../../src/model';

// A small deterministic generator, so failures can be replayed.
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function randomAreas(seed: number, count: number): Area[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    name: `Area ${i + 1}`,
    smiContacts: next() < 0.1 ? 0 : Math.floor(next() * 12000),
    population: 10000 + Math.floor(next() * 1e6),
    existingEs: Math.floor(next() * 8),
    phase: 1 + Math.floor(next() * 3),
  }));
}

const RULES: RoundingRule[] = ['nearest-min1', 'up', 'none'];
const with_ = (over: Partial<Assumptions>): Assumptions => ({ ...DEFAULT_ASSUMPTIONS, ...over });
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('plan properties', () => {
  it.each(RULES)('totals equal the sums of the areas (%s)', (rounding) => {
    const plan = computePlan(randomAreas(7, 40), with_({ rounding, coverage: 0.37 }));
    for (const key of [
      'smiContacts',
      'eligible',
      'clientsPerYear',
      'specialists',
      'jobOutcomesPerYear',
      'costPerYear',
      'staffCostPerYear',
    ] as const) {
      expect(plan.totals[key]).toBeCloseTo(sum(plan.areas.map((a) => a[key])), 6);
    }
    plan.totals.years.forEach((y, i) => {
      expect(y.specialists).toBeCloseTo(sum(plan.areas.map((a) => a.years[i].specialists)), 6);
      expect(y.cost).toBeCloseTo(sum(plan.areas.map((a) => a.years[i].cost)), 6);
    });
  });

  it.each(RULES)('ES never decrease as coverage rises (%s)', (rounding) => {
    const areas = randomAreas(11, 30);
    let previous = computePlan(areas, with_({ rounding, coverage: 0 }));
    for (let pct = 1; pct <= 100; pct++) {
      const plan = computePlan(areas, with_({ rounding, coverage: pct / 100 }));
      plan.areas.forEach((a, i) => expect(a.specialists).toBeGreaterThanOrEqual(previous.areas[i].specialists));
      previous = plan;
    }
  });

  it.each(RULES)('zero contacts give zero eligible, zero ES and zero cost (%s)', (rounding) => {
    const plan = computePlan([{ name: 'Empty', smiContacts: 0, population: 1000 }], with_({ rounding, coverage: 1 }));
    const [area] = plan.areas;
    expect([area.eligible, area.specialists, area.costPerYear, area.staffCostPerYear]).toEqual([0, 0, 0, 0]);
    expect(area.years.every((y) => y.specialists === 0 && y.clients === 0)).toBe(true);
  });

  it.each([3, 5, 7])('a phase-3 area has no ES before year 3 (horizon %d years)', (years) => {
    const plan = computePlan([{ name: 'Late', smiContacts: 5000, phase: 3 }], with_({ years }));
    const [area] = plan.areas;
    expect(area.years.slice(0, 2).map((y) => y.specialists)).toEqual([0, 0]);
    expect(area.years[2].specialists).toBeGreaterThan(0);
  });

  it.each(RULES.flatMap((r) => (['phased', 'existing'] as const).map((m) => [r, m] as const)))(
    'the final year equals the steady state (%s, %s)',
    (rounding, rollout) => {
      const plan = computePlan(randomAreas(3, 50), with_({ rounding, rollout, coverage: 0.5 }));
      for (const a of plan.areas) {
        const last = a.years[a.years.length - 1];
        expect(last.specialists).toBe(a.specialists);
        expect(last.clients).toBeCloseTo(a.clientsPerYear, 9);
        expect(last.cost).toBeCloseTo(a.costPerYear, 6);
        expect(last.jobOutcomes).toBeCloseTo(a.jobOutcomesPerYear, 9);
      }
    },
  );

  it('ES in post never fall during a phased rollout, and new ES add up to the target', () => {
    const plan = computePlan(randomAreas(5, 50), DEFAULT_ASSUMPTIONS);
    for (const a of plan.areas) {
      a.years.forEach((y, i) => i && expect(y.specialists).toBeGreaterThanOrEqual(a.years[i - 1].specialists));
      expect(sum(a.years.map((y) => y.newSpecialists))).toBe(a.specialists);
    }
  });

  it('a lower first-year caseload lowers clients in the years ES are recruited', () => {
    const areas = [{ name: 'A', smiContacts: 9000, phase: 1 }];
    const base = computePlan(areas, DEFAULT_ASSUMPTIONS).areas[0];
    const lower = computePlan(areas, with_({ firstYearCaseload: 35 })).areas[0];
    expect(lower.years[0].clients).toBeLessThan(base.years[0].clients);
    // share of target = (ES in post − new ES × (1 − 35/40)) ÷ target ES
    const y1 = base.years[0];
    expect(lower.years[0].clients).toBeCloseTo(
      base.clientsPerYear * ((y1.specialists - y1.newSpecialists * (5 / 40)) / base.specialists),
      9,
    );
  });

  it('ramps from existing ES: year 0 is the existing service, the final year the target', () => {
    const plan = computePlan([{ name: 'A', smiContacts: 9312, existingEs: 4 }], with_({ rollout: 'existing' }));
    const years = plan.areas[0].years.map((y) => y.specialists);
    expect(years).toEqual([6, 9, 11, 14, 16]); // 4 + (16 − 4) × y/5, rounded
    expect(plan.areas[0].years[0].newSpecialists).toBe(2);
  });

  it('prices staff as the IPS Grow calculator does', () => {
    // Band 5 £33,437: NI 15% × (33,437 − 12 × 417) + pension 14.3% × 33,437, then +20% overheads
    expect(postCost(33437, DEFAULT_ASSUMPTIONS)).toBeCloseTo((33437 + 0.15 * (33437 - 5004) + 0.143 * 33437) * 1.2, 6);
    const plan = computePlan([{ name: 'A', smiContacts: 5000 }], with_({ rounding: 'none', coverage: 1 }));
    const a = plan.areas[0];
    expect(a.teamLeaders).toBeCloseTo(a.specialists / 6, 9);
    expect(a.managers).toBeCloseTo(a.specialists / 30, 9);
  });

  it('rates per 100,000 population only where the population is known', () => {
    const plan = computePlan(
      [
        { name: 'A', smiContacts: 1000, population: 50000 },
        { name: 'B', smiContacts: 10 },
      ],
      DEFAULT_ASSUMPTIONS,
    );
    expect(plan.areas[0].contactsPer100k).toBe(2000);
    expect(plan.areas[1].contactsPer100k).toBeNull();
    expect(plan.totals.population).toBeNull();
  });

  it('refuses bad assumptions and areas, naming each problem', () => {
    const bad = () =>
      computePlan(
        [
          { name: 'A', smiContacts: -1 },
          { name: 'a', smiContacts: 1 },
        ],
        with_({ coverage: 1.5, years: 11 }),
      );
    expect(bad).toThrow(PlanInputError);
    try {
      bad();
    } catch (e) {
      expect((e as PlanInputError).problems).toEqual([
        'Coverage of eligible clients: 150% is outside 0%–100%',
        'Rollout horizon: 11 is outside 1–10',
        'Area 1 (A): SMI contacts -1 must be 0 or more',
        'Area 2 (a): the name appears twice',
      ]);
    }
  });

  it('refuses more SMI contacts than population, and flags more than 5% of it (issue #9)', () => {
    expect(() => computePlan([{ name: 'A', smiContacts: 900, population: 80 }], DEFAULT_ASSUMPTIONS)).toThrow(
      'Area 1 (A): SMI contacts 900 are more than the population 80',
    );
    const missing = { name: 'B' } as unknown as Area; // as a reader that lost a cell would pass it
    expect(() => computePlan([missing], DEFAULT_ASSUMPTIONS)).toThrow('Area 1 (B): SMI contacts are missing');
    const plan = computePlan(
      [
        { name: 'Usual', smiContacts: 1000, population: 100000 },
        { name: 'At 5%', smiContacts: 5000, population: 100000 },
        { name: 'High', smiContacts: 5200, population: 100000 },
        { name: 'Unknown', smiContacts: 5001 },
      ],
      DEFAULT_ASSUMPTIONS,
    );
    const flagged = plan.warnings.filter((w) => w.kind === 'implausible-contacts');
    expect(flagged.map((w) => [w.board, w.message])).toEqual([
      ['High', '5,200 SMI contacts are 5.2% of the population (100,000), more than 5%: check both figures'],
    ]);
  });

  it('does not change the built-in data', () => {
    const before = JSON.stringify(SCOTLAND_2018);
    computePlan(SCOTLAND_2018, with_({ coverage: 1 }));
    expect(JSON.stringify(SCOTLAND_2018)).toBe(before);
  });
});
