/**
 * Rounding that agrees with spreadsheet engines. Excel's ROUND is half away from zero and
 * works on the decimal value (ROUND(2.675, 2) = 2.68); JS floats would give 2.67, so the value
 * is first snapped to 15 significant digits, as Excel does.
 */
export function roundHalfAway(x: number, digits = 0): number {
  const scale = 10 ** digits;
  let scaled = Math.abs(x) * scale;
  // Snapping only matters next to a half; skipping it elsewhere keeps large plans fast.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / scale || 0;
}

/** ROUNDUP(ROUND(x, 9), 0): the inner ROUND stops 3.0000000000000004 from becoming 4. */
export function roundUpWhole(x: number): number {
  return Math.ceil(roundHalfAway(x, 9)) || 0;
}

export type RoundingRule = 'nearest-min1' | 'up' | 'none';

export const ROUNDING_RULES: readonly RoundingRule[] = ['nearest-min1', 'up', 'none'];

export const ROUNDING_RULE_LABELS: Record<RoundingRule, string> = {
  'nearest-min1': 'Nearest whole ES, at least 1 where there are clients (the review)',
  up: 'Round up to whole ES',
  none: 'No rounding (WTE to 1 decimal)',
};

/** ES (whole-time equivalent) from an exact figure, by the chosen rule. */
export function roundSpecialists(exact: number, rule: RoundingRule): number {
  switch (rule) {
    case 'nearest-min1':
      return exact > 0 ? Math.max(1, roundHalfAway(exact)) : 0;
    case 'up':
      return roundUpWhole(exact);
    case 'none':
      return roundHalfAway(exact, 1);
  }
}
