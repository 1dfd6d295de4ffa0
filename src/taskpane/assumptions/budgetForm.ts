import { Budget, BudgetBasis, MAX_BUDGET } from '../../model/budget';
import { readNumberText } from '../shared/numberText';

/** The coverage choice that plans at the coverage a budget buys (beside the presets and Custom). */
export const BUDGET = 'budget';

export const BUDGET_LABEL = 'Budget a year at full rollout';

/** Short names for the basis select; the model's BUDGET_BASIS_LABELS say the same at length. */
export const BASIS_CHOICES: readonly { value: BudgetBasis; label: string }[] = [
  { value: 'engagement', label: 'Per engagement' },
  { value: 'staff', label: 'Staff-based (ES × staff cost)' },
];

const GBP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const RANGE = `Enter an amount in £ from 0 to ${GBP.format(MAX_BUDGET)}.`;

/** The £ field as a Budget, or the message to show under it ("5,000,000" reads as 5000000). */
export function readBudget(text: string, basis: BudgetBasis): { budget: Budget | null; error?: string } {
  const { value, error } = readNumberText(text);
  if (value === null)
    return {
      budget: null,
      error:
        text.trim() === '' ? `${BUDGET_LABEL} is needed. ${RANGE}` : (error ?? `“${text}” is not a number. ${RANGE}`),
    };
  if (value < 0 || value > MAX_BUDGET) return { budget: null, error: RANGE };
  return { budget: { amount: value, basis } };
}
