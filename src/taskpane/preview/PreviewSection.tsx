import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { BudgetCheck } from '../../model/budget';
import type { Plan } from '../../model/plan';
import { AreaTable } from './AreaTable';
import { BudgetPreview } from './BudgetPreview';
import { PreviewTotals } from './PreviewTotals';
import { SensitivityList } from './SensitivityList';
import { PaneSection } from '../shared/PaneSection';
import { usePaneStyles } from '../shared/styles';
import { previewKeyFigure } from '../keyFigures';
import { TEST_IDS } from '../shared/testIds';
import type { SensitivityState } from '../usePlan';
import type { EconomicCaseState } from '../economics/useEconomics';

interface Props {
  plan: Plan | null;
  /** Why there is no plan ("Fix ES salary (Band 5) …"), when there is none. */
  unavailable?: string;
  /** With a budget: the coverage it bought and the planned cost beside it. */
  budgetCheck?: BudgetCheck;
  sensitivity: SensitivityState;
  /** The economic case, when on: "What moves the answer" gains its NPV rows. */
  economic?: EconomicCaseState;
}

function PlanWarnings({ warnings }: { warnings: Plan['warnings'] }) {
  const styles = usePaneStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={TEST_IDS.planWarnings}>
      <MessageBarBody>
        <ul className={styles.problems}>
          {warnings.map((w, i) => (
            <li key={i}>
              <strong>{w.board}</strong>: {w.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The totals, then the areas (a page of them past AREAS_PER_PAGE): recomputed on every keystroke.
 * Memoised: progress and the list of sheets re-render the pane without changing the plan.
 */
export const PreviewSection = React.memo(function PreviewSection(props: Props): React.ReactElement {
  const { plan, unavailable, budgetCheck } = props;
  return (
    <PaneSection
      id="preview-heading"
      title="3. Preview"
      keyFigure={previewKeyFigure(plan, unavailable)}
      testId={TEST_IDS.foldPreview}
    >
      {plan && budgetCheck && <BudgetPreview check={budgetCheck} />}
      <PreviewTotals plan={plan} unavailable={unavailable} />
      {plan && plan.warnings.length > 0 && <PlanWarnings warnings={plan.warnings} />}
      {plan && <AreaTable plan={plan} />}
      {plan && <SensitivityList state={props.sensitivity} economic={props.economic} />}
    </PaneSection>
  );
});
