import {
  DEFAULT_ASSUMPTIONS,
  carryActuals,
  computePlan,
  kpiStatus,
  monitoringRows,
  progressLines,
} from '../../src/model';

const areas = [
  { name: 'Alpha', smiContacts: 4000, phase: 1 },
  { name: 'Beta', smiContacts: 1000, phase: 2 },
];
const plan = computePlan(areas, { ...DEFAULT_ASSUMPTIONS, years: 3, firstYearLabel: '2027/28' });

describe('plan against actuals', () => {
  it('has one row per area per year, year by year, with the plan figures', () => {
    const rows = monitoringRows(plan);
    expect(rows.map((r) => `${r.label} ${r.area}`)).toEqual([
      '2027/28 Alpha',
      '2027/28 Beta',
      '2028/29 Alpha',
      '2028/29 Beta',
      '2029/30 Alpha',
      '2029/30 Beta',
    ]);
    // Alpha: 4,000 × 0.9 × 0.3 × 25% = 270 clients, 7 ES (270 / 40 = 6.75), ramped over 3 years from year 1.
    expect(rows[4].planned.specialists).toBe(7);
    expect(rows[4].planned.sustained).toBeCloseTo(rows[4].planned.jobOutcomes * 0.65, 9);
    expect(rows.every((r) => Object.values(r.actual).every((v) => v === null))).toBe(true);
    expect(rows.every((r) => Object.values(r.status).every((s) => s === 'not reported'))).toBe(true);
  });

  it('works out differences, rates and statuses against IPS Grow thresholds; blanks stay not reported', () => {
    const [row] = monitoringRows(plan, [
      { area: ' alpha ', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: 19 },
    ]);
    expect(row.difference.specialists).toBe(2 - row.planned.specialists);
    expect(row.percentOfPlan.clients).toBeCloseTo(60 / row.planned.clients, 12);
    expect(row.jobOutcomeRate).toBe(0.5);
    expect(row.clientsPerEs).toBe(30);
    // Year 1: every ES is new, so the threshold is 35 clients: 30 is below; 50% ≥ 40% met; 19/30 < 65% below.
    expect(row.clientsPerEsTarget).toBe(35);
    expect(row.status).toEqual({ clientsPerEs: 'below', jobOutcomeRate: 'met', sustainedRate: 'below' });
    const [blank] = monitoringRows(plan, [
      { area: 'Alpha', year: 1, specialists: 0, clients: null, jobOutcomes: 4, sustained: null },
    ]);
    expect(blank.status).toEqual({
      clientsPerEs: 'not reported',
      jobOutcomeRate: 'not reported',
      sustainedRate: 'not reported',
    });
    expect(blank.difference.clients).toBeNull();
  });

  it('judges a KPI at its threshold as met', () => {
    expect(kpiStatus(40, 100, 0.4)).toBe('met');
    expect(kpiStatus(39.99, 100, 0.4)).toBe('below');
    expect(kpiStatus(65, 100, 0.65)).toBe('met');
    expect(kpiStatus(null, 100, 0.65)).toBe('not reported');
  });

  it('carries actuals onto a new plan by area and year label, keeping the rows that no longer match', () => {
    const row = (area: string, label: string, es: number | null) => ({
      area,
      label,
      specialists: es,
      clients: null,
      jobOutcomes: null,
      sustained: null,
    });
    const carried = carryActuals(
      [row('ALPHA', '2028/29', 3), row('Gamma', '2027/28', 1), row('Beta', '2031/32', 2), row('Beta', '2027/28', null)],
      { areas, firstYearLabel: '2027/28', years: 3 },
    );
    expect(carried.matched).toEqual([
      { area: 'Alpha', year: 2, specialists: 3, clients: null, jobOutcomes: null, sustained: null },
    ]);
    expect(carried.unmatched.map((r) => r.area)).toEqual(['Gamma', 'Beta']);
  });
});

describe('progress lines for the pane', () => {
  it('says per reported year how many planned ES are in post and the job outcome rate against the KPI', () => {
    const rows = monitoringRows(plan, [
      { area: 'Alpha', year: 1, specialists: 2, clients: 60, jobOutcomes: 30, sustained: null },
      { area: 'Beta', year: 1, specialists: null, clients: 40, jobOutcomes: 5, sustained: null },
    ]);
    const es = rows.find((r) => r.area === 'Alpha' && r.year === 1)!.planned.specialists;
    // 35 jobs of 100 clients = 35%, below IPS Grow's 40%.
    expect(progressLines(rows)).toEqual([
      `2027/28: 2 of ${es} planned ES in post; job outcome rate 35%, KPI below; 2 of 2 areas reporting`,
    ]);
  });
});
