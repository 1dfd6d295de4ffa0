import * as React from 'react';
import { Field, FieldProps, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { NumericAssumptionInfo } from '../../model/assumptions';
import { CUSTOM } from './assumptionsForm';
import { SourcedField } from './SourcedField';
import { TEST_IDS } from '../shared/testIds';

function unitSlots(info: NumericAssumptionInfo) {
  if (info.unit === 'percent') return { contentAfter: <span aria-hidden="true">%</span> };
  if (info.unit === 'gbp') return { contentBefore: <span aria-hidden="true">£</span> };
  return {};
}

function unitWord(info: NumericAssumptionInfo): string {
  return info.unit === 'percent' ? ' (%)' : info.unit === 'gbp' ? ' (£)' : '';
}

/** An error under the field, else how its text was read ("12,5" as 12.5), else nothing. */
function validation(error?: string, note?: string): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  if (error) return { validationState: 'error', validationMessage: error };
  if (note) return { validationState: 'warning', validationMessage: note };
  return { validationState: 'none' };
}

interface TextProps {
  text: string;
  error?: string;
  note?: string;
  onText: (t: string) => void;
}

export function NumberField(
  props: TextProps & { info: NumericAssumptionInfo; placeholder?: string },
): React.ReactElement {
  const { info, text, onText } = props;
  return (
    <SourcedField
      label={`${info.label}${unitWord(info)}`}
      source={info.source}
      {...validation(props.error, props.note)}
    >
      <Input
        value={text}
        inputMode="decimal"
        autoComplete="off"
        placeholder={props.placeholder}
        data-testid={TEST_IDS.field(info.key)}
        onChange={(_, d) => onText(d.value)}
        {...unitSlots(info)}
      />
    </SourcedField>
  );
}

/** Presets as radio buttons ("25% (review)" …) and "Custom", which shows an input. */
export function PresetField(
  props: TextProps & {
    info: NumericAssumptionInfo;
    choice: string;
    testId: string;
    onChoice: (c: string) => void;
    /** Choices after "Custom" (coverage: "A budget"). */
    moreChoices?: readonly { value: string; label: string; testId: string }[];
  },
): React.ReactElement {
  const { info, choice, text, testId } = props;
  const customLabel = info.unit === 'percent' ? 'Custom coverage (%)' : 'Custom cost per engagement (£)';
  return (
    <>
      <SourcedField label={`${info.label}${unitWord(info)}`} source={info.source}>
        <RadioGroup value={choice} onChange={(_, d) => props.onChoice(d.value)} data-testid={testId}>
          {(info.presets ?? []).map((p) => (
            <Radio
              key={p.value}
              value={String(p.value)}
              label={p.label}
              data-testid={`${testId}-${info.unit === 'percent' ? Math.round(p.value * 100) : p.value}`}
            />
          ))}
          <Radio value={CUSTOM} label="Custom" data-testid={`${testId}-custom`} />
          {(props.moreChoices ?? []).map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} data-testid={c.testId} />
          ))}
        </RadioGroup>
      </SourcedField>
      {choice === CUSTOM && (
        <Field label={customLabel} {...validation(props.error, props.note)}>
          <Input
            value={text}
            inputMode="decimal"
            autoComplete="off"
            data-testid={`${testId}-custom-input`}
            onChange={(_, d) => props.onText(d.value)}
            {...unitSlots(info)}
          />
        </Field>
      )}
    </>
  );
}
