import { ASSUMPTION_INFO, Assumptions } from './assumptions';
import { Area } from './areas';
import { ROUNDING_RULES } from './rounding';
import { isValidYearLabel } from './years';

/** Problems with a set of assumptions, in plain words; empty when they can be planned with. */
export function assumptionProblems(a: Assumptions): string[] {
  const problems: string[] = [];
  for (const info of ASSUMPTION_INFO) {
    const value = a[info.key];
    if (value === null && info.key === 'firstYearCaseload') continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${info.label}: ${String(value)} is not a number`);
    } else if (value < info.min || value > info.max) {
      const show = (v: number) => (info.unit === 'percent' ? `${+(v * 100).toFixed(6)}%` : String(v));
      problems.push(`${info.label}: ${show(value)} is outside ${show(info.min)}–${show(info.max)}`);
    } else if (info.integer && !Number.isInteger(value)) {
      problems.push(`${info.label}: ${value} must be a whole number`);
    }
  }
  if (!ROUNDING_RULES.includes(a.rounding))
    problems.push(`Rounding rule: "${a.rounding}" is not one of ${ROUNDING_RULES.join(', ')}`);
  if (a.rollout !== 'phased' && a.rollout !== 'existing')
    problems.push(`Rollout: "${a.rollout}" is not phased or existing`);
  if (!isValidYearLabel(a.firstYearLabel))
    problems.push(`First year: "${a.firstYearLabel}" is not a year like 2027/28`);
  return problems;
}

/** Problems with the areas themselves (parsers report located problems before this point). */
export function areaProblems(areas: readonly Area[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const where = (i: number) => `Area ${i + 1} (${areas[i].name || 'no name'})`;
  const check = (i: number, label: string, v: number | undefined, positive = false) => {
    if (v === undefined) return;
    if (!Number.isFinite(v)) problems.push(`${where(i)}: ${label} ${v} is not a number`);
    else if (v < 0 || (positive && v === 0))
      problems.push(`${where(i)}: ${label} ${v} must be ${positive ? 'above 0' : '0 or more'}`);
  };
  for (let i = 0; i < areas.length; i++) {
    const area = areas[i];
    const key = area.name.trim().toLowerCase();
    if (!key) problems.push(`${where(i)}: the name is blank`);
    if (seen.has(key)) problems.push(`${where(i)}: the name appears twice`);
    seen.add(key);
    if (typeof area.smiContacts !== 'number') problems.push(`${where(i)}: SMI contacts are missing`);
    check(i, 'SMI contacts', area.smiContacts);
    check(i, 'population', area.population, true);
    check(i, 'existing ES', area.existingEs);
    const { smiContacts, population } = area;
    if (population !== undefined && population > 0 && smiContacts > population) {
      problems.push(`${where(i)}: SMI contacts ${smiContacts} are more than the population ${population}`);
    }
    if (area.phase !== undefined && area.phase !== 1 && area.phase !== 2 && area.phase !== 3) {
      problems.push(`${where(i)}: phase ${area.phase} must be 1, 2 or 3`);
    }
  }
  return problems;
}

export class PlanInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PlanInputError';
  }
}
