import * as React from 'react';
import { computePlan, Plan } from '../model/plan';
import { FormRead, FormState, fixMessage, readForm } from './assumptionsForm';
import { describeError } from './errors';
import type { FiguresState } from './figures';

export interface PlanState extends FormRead {
  plan: Plan | null;
  /** Why there is no plan, naming what to fix; undefined when there is one. */
  planError?: string;
}

/** The assumptions read from the form, and the plan they give with the figures (or why not). */
export function usePlan(form: FormState, figures: FiguresState): PlanState {
  const read = React.useMemo(() => readForm(form), [form]);
  const { assumptions, errors } = read;
  const { plan, planError } = React.useMemo((): { plan: Plan | null; planError?: string } => {
    if (!assumptions) return { plan: null, planError: fixMessage(errors) };
    if (!figures.areas)
      return {
        plan: null,
        planError: figures.problems.length
          ? 'Fix the problems in the figures to see the plan.'
          : 'Read some figures to see the plan.',
      };
    try {
      return { plan: computePlan(figures.areas, assumptions) };
    } catch (err) {
      return { plan: null, planError: describeError(err) };
    }
  }, [assumptions, errors, figures]);
  return { ...read, plan, planError };
}
