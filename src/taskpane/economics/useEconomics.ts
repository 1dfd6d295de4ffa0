import * as React from 'react';
import { EconomicSensitivityRow, economicSensitivity } from '../../model/economicSensitivity';
import { EconomicCase, economicCase } from '../../model/economics';
import type { Plan } from '../../model/plan';
import type { Scenario } from '../../model/scenarios';
import { describeError } from '../shared/errors';
import { EconomicChoice, EconomicRead, economicFixMessage, initialEconomics, readEconomics } from './economicForm';

/** The case, and what moves its NPV (the rows "What moves the answer" gains). */
export type EconomicCaseState = { case: EconomicCase; rows: EconomicSensitivityRow[] } | { error: string } | null;

export interface EconomicsState extends EconomicRead {
  /** The current scenario's economic case at the typed inputs; null while the sheet is not wanted or there is no plan. */
  state: EconomicCaseState;
}

/**
 * The fields read, and the case they give for the scenario shown above: a handful of years of
 * arithmetic (five times, with the savings' lows and highs), so worked out on every keystroke (not
 * deferred like the sensitivity re-plans).
 */
export function useEconomics(choice: EconomicChoice, scenario: Scenario | null, plan: Plan | null): EconomicsState {
  const read = React.useMemo(() => readEconomics(choice.texts), [choice.texts]);
  const state = React.useMemo((): EconomicCaseState => {
    if (!choice.wanted || !scenario || !plan || !read.inputs) return null;
    try {
      const followed = { ...scenario, plan };
      return { case: economicCase(followed, read.inputs), rows: economicSensitivity(followed, read.inputs) };
    } catch (err) {
      return { error: describeError(err) };
    }
  }, [choice.wanted, scenario, plan, read.inputs]);
  return { ...read, state };
}

/**
 * The Economic case choice as the pane holds it: the fields, what they read, and whether they stop
 * the write (a bad input: the case would be written at inputs nobody typed), with why.
 */
export function useEconomicChoice(scenario: Scenario | null, plan: Plan | null) {
  const [choice, setChoice] = React.useState<EconomicChoice>(initialEconomics);
  const economics = useEconomics(choice, scenario, plan);
  const blocked = choice.wanted && !economics.inputs ? economicFixMessage(economics.errors) : undefined;
  return { choice, setChoice, economics, blocked, inputs: choice.wanted ? economics.inputs : undefined };
}
