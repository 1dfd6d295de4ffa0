import { Assumptions } from './assumptions';
import type { AreaPlan, Warning } from './planTypes';

export type { Warning } from './planTypes';

/** An area's contact rate more than this many times the median (or less than 1/this) is flagged. */
export const DATA_QUALITY_FACTOR = 2;
/** Rates are compared only when at least this many areas have a population. */
export const DATA_QUALITY_MIN_AREAS = 3;
/**
 * SMI contacts above this share of an area's population are implausible (about 1 in 100 people
 * has a severe mental illness) and flagged, whatever the other areas say; above 100% they are refused.
 */
export const IMPLAUSIBLE_CONTACT_SHARE = 0.05;

export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort(); // typed arrays sort numerically, and fast
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// One formatter each: toLocaleString builds a new one per call, which dominates large plans.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const whole = (v: number) => WHOLE.format(Math.round(v));
const oneDp = (v: number) => ONE_DP.format(v);

/** Contact-rate flag text for an area, or null: shared by the model and the workbook's notes. */
export function dataQualityFlag(rate: number | null, medianRate: number | null): string | null {
  if (rate === null || medianRate === null || medianRate <= 0) return null;
  const ratio = rate / medianRate;
  if (ratio <= DATA_QUALITY_FACTOR && ratio >= 1 / DATA_QUALITY_FACTOR) return null;
  return (
    `${whole(rate)} SMI contacts per 100,000 people is ${oneDp(ratio)}× the median of all areas ` +
    `(${whole(medianRate)}): check this figure before relying on the area's plan`
  );
}

/**
 * Data-quality flags per area (a contact rate far from the median of all areas with a population)
 * and notes: spare capacity where rounding gives more than half an ES more than the clients need,
 * and existing ES above the target.
 */
export function planWarnings(
  areas: readonly AreaPlan[],
  a: Assumptions,
): { flags: (string | null)[]; warnings: Warning[] } {
  const rates = areas.map((p) => p.contactsPer100k).filter((r): r is number => r !== null);
  const medianRate = rates.length >= DATA_QUALITY_MIN_AREAS ? median(rates) : null;
  const warnings: Warning[] = [];
  const flags = areas.map((p) => {
    const flag = dataQualityFlag(p.contactsPer100k, medianRate);
    if (flag) warnings.push({ board: p.name, kind: 'data-quality', message: flag });
    return flag;
  });
  for (const p of areas) {
    const share = p.population ? p.smiContacts / p.population : 0;
    if (share > IMPLAUSIBLE_CONTACT_SHARE) {
      warnings.push({
        board: p.name,
        kind: 'implausible-contacts',
        message:
          `${whole(p.smiContacts)} SMI contacts are ${oneDp(share * 100)}% of the population (${whole(p.population ?? 0)}), ` +
          `more than ${IMPLAUSIBLE_CONTACT_SHARE * 100}%: check both figures`,
      });
    }
    const capacity = p.specialists * a.caseload;
    const spare = capacity - p.clientsPerYear;
    if (p.clientsPerYear > 0 && spare > a.caseload / 2) {
      warnings.push({
        board: p.name,
        kind: 'spare-capacity',
        message:
          `${oneDp(p.specialists)} ES can support ${oneDp(capacity)} clients a year but ${oneDp(p.clientsPerYear)} are planned: ` +
          `rounding leaves ${oneDp(spare)} places spare`,
      });
    }
    if (a.rollout === 'existing' && (p.existingEs ?? 0) > p.specialists) {
      warnings.push({
        board: p.name,
        kind: 'existing-above-target',
        message: `${oneDp(p.existingEs ?? 0)} existing ES are more than the ${oneDp(p.specialists)} this coverage needs`,
      });
    }
  }
  return { flags, warnings };
}
