import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SCOTLAND_2018 } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS, computePlan } from '../../src/model';

// The review's published table, typed independently of src/data.
const published = Papa.parse<Record<string, string>>(
  readFileSync(join(__dirname, '../fixtures/review-table.csv'), 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;

describe('the default scenario reproduces the Fair Start Scotland IPS review', () => {
  const plan = computePlan(SCOTLAND_2018, DEFAULT_ASSUMPTIONS);

  it('has the review’s 14 boards with the same contacts', () => {
    expect(plan.areas.map((a) => [a.name, a.smiContacts])).toEqual(published.map((r) => [r.board, Number(r.contacts)]));
  });

  it.each(published.map((r) => [r.board, Number(r.eligible), Number(r.es_at_25)] as const))(
    '%s: %d eligible, %d ES at 25%%',
    (board, eligible, es) => {
      const area = plan.areas.find((a) => a.name === board);
      expect(Math.round(area!.eligible)).toBe(eligible);
      expect(area!.specialists).toBe(es);
    },
  );

  it('totals 60,424 contacts, 16,314 eligible (rounded from the unrounded sum) and 104 ES', () => {
    expect(plan.totals.smiContacts).toBe(60424);
    expect(Math.round(plan.totals.eligible)).toBe(16314);
    expect(plan.totals.specialists).toBe(104);
    // the review rounds the total, not the rows: summing rounded rows gives 16,313
    expect(plan.areas.reduce((s, a) => s + Math.round(a.eligible), 0)).toBe(16313);
  });

  it('supports about 1,640 clients into work a year, as the review says', () => {
    expect(Math.abs(plan.totals.jobOutcomesPerYear - 1640) / 1640).toBeLessThan(0.01);
  });

  it('flags Borders, whose contact rate is about five times the others', () => {
    const flagged = plan.warnings.filter((w) => w.kind === 'data-quality').map((w) => w.board);
    expect(flagged).toEqual(['Borders']);
    expect(plan.areas.find((a) => a.name === 'Borders')!.dataQualityFlag).toMatch(/5,205 SMI contacts per 100,000/);
  });

  it('notes the island boards whose single ES has spare capacity', () => {
    const spare = plan.warnings.filter((w) => w.kind === 'spare-capacity').map((w) => w.board);
    expect(spare).toEqual(['Western Isles', 'Orkney', 'Shetland']);
  });

  it('puts Lothian, Greater Glasgow and Clyde and Fife in phase 1 and the others in phase 2', () => {
    const phaseOne = plan.areas.filter((a) => a.phase === 1).map((a) => a.name);
    expect(phaseOne.sort()).toEqual(['Fife', 'Greater Glasgow and Clyde', 'Lothian']);
    expect(plan.areas.filter((a) => a.phase === 2)).toHaveLength(11);
  });
});
