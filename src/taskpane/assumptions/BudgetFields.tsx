import * as React from 'react';
import { Input, Select } from '@fluentui/react-components';
import type { BudgetBasis } from '../../model/budget';
import type { FormState } from './assumptionsForm';
import { BASIS_CHOICES, BUDGET_LABEL } from './budgetForm';
import { SourcedField } from './SourcedField';
import { TEST_IDS } from '../shared/testIds';

const BUDGET_SOURCE =
  'Your own figure, £ a year at full rollout. It pays for implementation support first; the rest buys the same ' +
  'coverage in every area (the review’s equal-coverage principle), clamped to 0–100%';
const BASIS_SOURCE =
  'Per engagement: clients × £ per engagement. Staff-based: ES × staff cost per ES (with team leaders and ' +
  'managers, under Advanced) ÷ clients per ES; ES are rounded per area, so the planned cost can differ from the budget';

interface Props {
  form: FormState;
  error?: string;
  onChange: (update: (form: FormState) => FormState) => void;
}

/** "A budget": the £ field and the basis, shown when coverage is chosen by a budget. */
export function BudgetFields({ form, error, onChange }: Props): React.ReactElement {
  return (
    <>
      <SourcedField
        label={`${BUDGET_LABEL} (£)`}
        source={BUDGET_SOURCE}
        validationState={error ? 'error' : 'none'}
        validationMessage={error}
      >
        <Input
          value={form.budgetText}
          inputMode="decimal"
          autoComplete="off"
          placeholder="5,000,000"
          contentBefore={<span aria-hidden="true">£</span>}
          data-testid={TEST_IDS.budgetInput}
          onChange={(_, d) => onChange((f) => ({ ...f, budgetText: d.value }))}
        />
      </SourcedField>
      <SourcedField label="Budget basis" source={BASIS_SOURCE}>
        <Select
          value={form.budgetBasis}
          data-testid={TEST_IDS.budgetBasis}
          onChange={(_, d) => onChange((f) => ({ ...f, budgetBasis: d.value as BudgetBasis }))}
        >
          {BASIS_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </SourcedField>
    </>
  );
}
