// What each folded section comes to, in a few words (see PaneSection): the same figures the open section shows.
import type { Plan } from '../model/plan';
import { type FiguresState, areasRead } from './figures/figures';
import { FormErrors, fieldLabel, listOfNames } from './assumptions/assumptionsForm';
import { formatEs, formatPounds, problemCount } from './shared/format';

export function figuresKeyFigure({ areas, label }: FiguresState, reading: boolean): string {
  if (reading) return 'Reading…';
  if (!areas) return 'No figures read yet';
  return `${areasRead(areas)} (${label})`;
}

export function figuresAlert({ problems, label }: FiguresState): string | undefined {
  if (!problems.length) return undefined;
  return `${problemCount(problems.length)} in ${label} to fix`;
}

export function assumptionsKeyFigure(plan: Plan | null): string {
  if (!plan) return 'No plan yet';
  const { coverage, costPerEngagement } = plan.assumptions;
  return `${+(coverage * 100).toFixed(4)}% coverage, ${formatPounds(costPerEngagement)} per engagement`;
}

export function assumptionsAlert(errors: FormErrors): string | undefined {
  const keys = Object.keys(errors) as (keyof FormErrors)[];
  return keys.length ? `To fix: ${listOfNames(keys.map(fieldLabel))}` : undefined;
}

export function previewKeyFigure(plan: Plan | null, unavailable?: string): string {
  if (!plan) return unavailable ?? 'No plan yet';
  const { specialists, totalCostPerYear } = plan.totals;
  return `${formatEs(specialists)} ES, ${formatPounds(totalCostPerYear)} a year at full rollout`;
}
