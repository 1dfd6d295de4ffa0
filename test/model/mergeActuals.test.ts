import { mergeActuals } from '../../src/model/mergeActuals';

const blank = { specialists: null, clients: null, jobOutcomes: null, sustained: null };

test('a file’s figures win, its blanks keep what the workbook has, and replaced figures are counted', () => {
  const typed = [
    { area: 'North', year: 1, ...blank, specialists: 2, clients: 50 },
    { area: 'South', year: 2, ...blank, jobOutcomes: 7 },
  ];
  const file = [
    // Same figure again (not a replacement), a different one (a replacement), a blank (keeps 50).
    { area: ' north ', year: 1, ...blank, specialists: 2, jobOutcomes: 20 },
    { area: 'South', year: 2, ...blank, jobOutcomes: 9 },
    { area: 'East', year: 1, ...blank, sustained: 4 },
  ];
  const { actuals, brought, replaced } = mergeActuals(typed, file);
  expect(brought).toBe(4);
  expect(replaced).toBe(1);
  const find = (area: string, year: number) => actuals.find((a) => a.area === area && a.year === year);
  expect(find('North', 1)).toEqual({ area: 'North', year: 1, ...blank, specialists: 2, clients: 50, jobOutcomes: 20 });
  expect(find('South', 2)).toEqual({ area: 'South', year: 2, ...blank, jobOutcomes: 9 });
  expect(find('East', 1)).toEqual({ area: 'East', year: 1, ...blank, sustained: 4 });
  expect(actuals).toHaveLength(3);
});
