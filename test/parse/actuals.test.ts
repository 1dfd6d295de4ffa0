import { describeProblem } from '../../src/parse/areasTable';
import { readActualsCsv } from '../../src/parse/actuals';

const plan = { areas: ['Fife', 'Lothian'], labels: ['2027/28', '2028/29', '2029/30'] };
const HEADER = 'area,year,es_in_post,clients,job_outcomes,sustained_13_weeks';

describe('reading actuals from CSV', () => {
  it('reads year labels and numbers; a blank figure is not reported (null), never 0', () => {
    const read = readActualsCsv(`${HEADER}\nfife,2027/28,3,"1,200",40,\nLothian,2,0,,,\n`, plan);
    expect(read.problems).toEqual([]);
    expect(read.actuals).toEqual([
      { area: 'Fife', year: 1, specialists: 3, clients: 1200, jobOutcomes: 40, sustained: null },
      { area: 'Lothian', year: 2, specialists: 0, clients: null, jobOutcomes: null, sustained: null },
    ]);
  });

  it('refuses unknown areas, years outside the plan, negative or non-numeric values and duplicates, with row and column', () => {
    const csv = [
      HEADER,
      'Fife,2027/28,3,100,40,20',
      'Atlantis,2027/28,1,,,',
      'Fife,2031/32,1,,,',
      'Lothian,4,1,,,',
      'Lothian,1,-2,abc,,',
      'FIFE,1,2,,,',
    ].join('\n');
    const read = readActualsCsv(csv, plan);
    expect(read.actuals).toEqual([]);
    expect(read.problems.map(describeProblem)).toEqual([
      'row 3, column area: "Atlantis" is not an area of the plan',
      'row 4, column year: "2031/32" is not a year of the plan (2027/28 to 2029/30, or 1 to 3)',
      'row 5, column year: "4" is not a year of the plan (2027/28 to 2029/30, or 1 to 3)',
      'row 6, column es_in_post: "-2" is negative: a count is 0 or more (leave it blank if not reported)',
      'row 6, column clients: "abc" is not a number',
      'row 7, column year: "1" repeats Fife in year 2027/28 (first on row 2)',
    ]);
  });

  it('names a missing header column', () => {
    const read = readActualsCsv('area,year,es_in_post,clients\nFife,1,2,3\n', plan);
    expect(read.problems.map(describeProblem)).toEqual([
      'row 1, column job_outcomes: not found in the header row (found "area", "year", "es_in_post", "clients")',
      'row 1, column sustained_13_weeks: not found in the header row (found "area", "year", "es_in_post", "clients")',
    ]);
  });
});
