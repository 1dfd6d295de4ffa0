import * as React from 'react';
import type { Area } from '../model/areas';
import type { Plan } from '../model/plan';
import { BudgetCheck } from '../model/budget';
import { Scenario, budgetScenarios, coverageScenarios, planScenarios } from '../model/scenarios';
import { SensitivityRow, sensitivity } from '../model/sensitivity';
import { FormRead, FormState, fixMessage, readForm } from './assumptions/assumptionsForm';
import { describeError } from './shared/errors';
import type { FiguresState } from './figures/figures';

interface Planned {
  plan: Plan | null;
  /** The scenario the plan is: at the chosen coverage, or budget-led (its `budget` set). */
  scenario: Scenario | null;
  /** A budget-led plan's planned cost beside its budget. */
  budgetCheck?: BudgetCheck;
  /** Why there is no plan, naming what to fix; undefined when there is one. */
  planError?: string;
}

export interface PlanState extends FormRead, Planned {}

function planFor(read: FormRead, figures: FiguresState): Planned {
  const { assumptions, budget, errors } = read;
  if (!assumptions) return { plan: null, scenario: null, planError: fixMessage(errors) };
  if (!figures.areas)
    return {
      plan: null,
      scenario: null,
      planError: figures.problems.length
        ? 'Fix the problems in the figures to see the plan.'
        : 'Read some figures to see the plan.',
    };
  try {
    const [scenario] = budget
      ? budgetScenarios(figures.areas, assumptions, [budget])
      : coverageScenarios(assumptions, [assumptions.coverage]);
    const [planned] = planScenarios(figures.areas, [scenario]);
    return { plan: planned.plan, scenario, budgetCheck: planned.budgetCheck };
  } catch (err) {
    return { plan: null, scenario: null, planError: describeError(err) };
  }
}

/** The assumptions read from the form, and the plan they give with the figures (or why not). */
export function usePlan(form: FormState, figures: FiguresState): PlanState {
  const read = React.useMemo(() => readForm(form), [form]);
  const planned = React.useMemo(() => planFor(read, figures), [read, figures]);
  return { ...read, ...planned };
}

export type SensitivityState = { rows: SensitivityRow[] } | { error: string } | null;

/**
 * What moves the answer: 12 re-plans of the current scenario, one input at its low or high each.
 * Deferred, so typing updates the totals first and the list follows when the pane is idle.
 */
export function useSensitivity(areas: readonly Area[] | null, plan: Plan | null): SensitivityState {
  const input = React.useMemo(() => (areas && plan ? { areas, assumptions: plan.assumptions } : null), [areas, plan]);
  const deferred = React.useDeferredValue(input);
  return React.useMemo(() => {
    if (!deferred) return null;
    try {
      return { rows: sensitivity(deferred.areas, deferred.assumptions) };
    } catch (err) {
      // A range's end can be refused where the plan itself is fine: say so in the list's place.
      return { error: describeError(err) };
    }
  }, [deferred]);
}
