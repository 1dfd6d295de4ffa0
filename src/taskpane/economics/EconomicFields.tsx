import * as React from 'react';
import { Checkbox, Input } from '@fluentui/react-components';
import { ECONOMIC_INPUT_INFO, EconomicInputInfo } from '../../model/economics';
import { SourcedField } from '../assumptions/SourcedField';
import { EconomicPreview } from '../preview/EconomicPreview';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';
import type { EconomicChoice } from './economicForm';
import type { EconomicsState } from './useEconomics';

const UNIT_LABEL: Record<EconomicInputInfo['unit'], string> = {
  percent: ' (% a year)',
  years: '',
  gbp: ' (£)',
  pence: ' (pence)',
};

function unitSlots(info: EconomicInputInfo) {
  if (info.unit === 'percent') return { contentAfter: <span aria-hidden="true">%</span> };
  if (info.unit === 'pence') return { contentAfter: <span aria-hidden="true">p</span> };
  if (info.unit === 'gbp') return { contentBefore: <span aria-hidden="true">£</span> };
  return {};
}

interface Props {
  choice: EconomicChoice;
  onChoice: (update: (choice: EconomicChoice) => EconomicChoice) => void;
  economics: EconomicsState;
}

/** "Add the Economic case sheet", and when ticked its five sourced inputs and the case they give. */
export function EconomicFields({ choice, onChoice, economics }: Props): React.ReactElement {
  const styles = usePaneStyles();
  return (
    <>
      <Checkbox
        checked={choice.wanted}
        onChange={(_, d) => onChoice((c) => ({ ...c, wanted: d.checked === true }))}
        label="Add the Economic case sheet"
        data-testid={TEST_IDS.economicSheet}
      />
      {choice.wanted && (
        <div className={styles.section} role="group" aria-label="Economic case">
          {ECONOMIC_INPUT_INFO.map((info) => {
            const error = economics.errors[info.key];
            return (
              <SourcedField
                key={info.key}
                label={`${info.label}${UNIT_LABEL[info.unit]}`}
                source={info.source}
                validationState={error ? 'error' : 'none'}
                validationMessage={error}
              >
                <Input
                  value={choice.texts[info.key]}
                  inputMode="decimal"
                  autoComplete="off"
                  data-testid={TEST_IDS.economicField(info.key)}
                  onChange={(_, d) => onChoice((c) => ({ ...c, texts: { ...c.texts, [info.key]: d.value } }))}
                  {...unitSlots(info)}
                />
              </SourcedField>
            );
          })}
          <EconomicPreview state={economics.state} />
        </div>
      )}
    </>
  );
}
