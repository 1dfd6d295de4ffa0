import { roundHalfAway, roundSpecialists, roundUpWhole } from '../../src/model/rounding';

describe('rounding as spreadsheets do', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [2.675, 2, 2.68], // Excel: 2.68; naive JS: 2.67
    [1.005, 2, 1.01],
    [0.05, 1, 0.1],
    [6.166125, 0, 6],
    [40.50000000000001, 0, 41],
    [0.49999999999, 0, 0],
  ])('ROUND(%p, %p) = %p', (x, d, expected) => expect(roundHalfAway(x, d)).toBe(expected));

  it('ROUNDUP ignores float noise', () => {
    expect(roundUpWhole(0.1 * 3 * 10)).toBe(3);
    expect(roundUpWhole(3.0000000000000004)).toBe(3);
    expect(roundUpWhole(3.01)).toBe(4);
  });

  it('applies each ES rule', () => {
    expect([0, 0.2, 1.5, 6.1].map((x) => roundSpecialists(x, 'nearest-min1'))).toEqual([0, 1, 2, 6]);
    expect([0, 0.2, 1.5, 6.1].map((x) => roundSpecialists(x, 'up'))).toEqual([0, 1, 2, 7]);
    expect([0, 0.04, 1.55, 6.125].map((x) => roundSpecialists(x, 'none'))).toEqual([0, 0, 1.6, 6.1]);
  });
});
