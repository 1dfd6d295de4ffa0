import * as React from 'react';
import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import {
  ASSUMPTION_INFO,
  NumericAssumptionInfo,
  ROLLOUT_SOURCE,
  RolloutMode,
  assumptionInfo,
} from '../model/assumptions';
import { ROUNDING_RULES, ROUNDING_RULE_LABELS, RoundingRule } from '../model/rounding';
import { CUSTOM, FieldKey, FormErrors, FormState } from './assumptionsForm';
import { SourcedField } from './SourcedField';
import { usePaneStyles } from './styles';

const REVIEW = 'Fair Start Scotland IPS review (Social Finance for the Scottish Government, 2020)';
const ROUNDING_SOURCE = `${REVIEW}: the nearest whole ES, at least 1 per board, reproduces the review's table (104 ES at 25%)`;
const FIRST_YEAR_SOURCE = 'The first financial year of the rollout; later years count on from it';

/** Shown with presets as radio buttons, not as plain inputs. */
const PRESET_KEYS: readonly FieldKey[] = ['coverage', 'costPerEngagement'];
const BASIC = ASSUMPTION_INFO.filter((i) => !i.advanced && !PRESET_KEYS.includes(i.key));
const ADVANCED = ASSUMPTION_INFO.filter((i) => i.advanced);

interface Props {
  form: FormState;
  errors: FormErrors;
  onChange: (update: (form: FormState) => FormState) => void;
}

function unitSlots(info: NumericAssumptionInfo) {
  if (info.unit === 'percent') return { contentAfter: <span aria-hidden="true">%</span> };
  if (info.unit === 'gbp') return { contentBefore: <span aria-hidden="true">£</span> };
  return {};
}

function unitWord(info: NumericAssumptionInfo): string {
  return info.unit === 'percent' ? ' (%)' : info.unit === 'gbp' ? ' (£)' : '';
}

function NumberField(props: {
  info: NumericAssumptionInfo;
  label?: string;
  text: string;
  error?: string;
  placeholder?: string;
  onText: (t: string) => void;
}) {
  const { info, text, error, onText } = props;
  return (
    <SourcedField
      label={props.label ?? `${info.label}${unitWord(info)}`}
      source={info.source}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        value={text}
        inputMode="decimal"
        autoComplete="off"
        placeholder={props.placeholder}
        data-testid={`field-${info.key}`}
        onChange={(_, d) => onText(d.value)}
        {...unitSlots(info)}
      />
    </SourcedField>
  );
}

function PresetField(props: {
  info: NumericAssumptionInfo;
  choice: string;
  text: string;
  error?: string;
  testId: string;
  onChoice: (c: string) => void;
  onText: (t: string) => void;
}) {
  const { info, choice, text, error, testId } = props;
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
        </RadioGroup>
      </SourcedField>
      {choice === CUSTOM && (
        <Field label={customLabel} validationState={error ? 'error' : 'none'} validationMessage={error}>
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

export function AssumptionsSection({ form, errors, onChange }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const setText = (key: FieldKey) => (t: string) => onChange((f) => ({ ...f, text: { ...f.text, [key]: t } }));
  const numberField = (info: NumericAssumptionInfo) =>
    info.key === 'firstYearCaseload' ? (
      <NumberField
        key={info.key}
        info={info}
        text={form.text[info.key]}
        error={errors[info.key]}
        placeholder="Same as clients per ES"
        onText={setText(info.key)}
      />
    ) : (
      <NumberField
        key={info.key}
        info={info}
        text={form.text[info.key]}
        error={errors[info.key]}
        onText={setText(info.key)}
      />
    );

  return (
    <section className={styles.section} aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading" className={styles.heading}>
        2. Assumptions
      </h2>
      <PresetField
        info={assumptionInfo('coverage')}
        choice={form.coverageChoice}
        text={form.text.coverage}
        error={errors.coverage}
        testId="coverage"
        onChoice={(c) => onChange((f) => ({ ...f, coverageChoice: c }))}
        onText={setText('coverage')}
      />
      <PresetField
        info={assumptionInfo('costPerEngagement')}
        choice={form.costChoice}
        text={form.text.costPerEngagement}
        error={errors.costPerEngagement}
        testId="cost"
        onChoice={(c) => onChange((f) => ({ ...f, costChoice: c }))}
        onText={setText('costPerEngagement')}
      />
      {BASIC.map(numberField)}
      <SourcedField label="Rounding of ES" source={ROUNDING_SOURCE}>
        <Select
          value={form.rounding}
          data-testid="field-rounding"
          onChange={(_, d) => onChange((f) => ({ ...f, rounding: d.value as RoundingRule }))}
        >
          {ROUNDING_RULES.map((r) => (
            <option key={r} value={r}>
              {ROUNDING_RULE_LABELS[r]}
            </option>
          ))}
        </Select>
      </SourcedField>
      <SourcedField
        label="First year"
        source={FIRST_YEAR_SOURCE}
        validationState={errors.firstYearLabel ? 'error' : 'none'}
        validationMessage={errors.firstYearLabel}
      >
        <Input
          value={form.firstYearLabel}
          autoComplete="off"
          data-testid="field-firstYearLabel"
          onChange={(_, d) => onChange((f) => ({ ...f, firstYearLabel: d.value }))}
        />
      </SourcedField>
      {/* A native disclosure: keyboard and screen-reader support for free, and no animation code. */}
      <details className={styles.details}>
        <summary className={styles.summary} data-testid="advanced-toggle">
          Advanced: staff costs and rollout
        </summary>
        <div className={styles.section}>
          <SourcedField label="Rollout" source={ROLLOUT_SOURCE}>
            <Select
              value={form.rollout}
              data-testid="field-rollout"
              onChange={(_, d) => onChange((f) => ({ ...f, rollout: d.value as RolloutMode }))}
            >
              <option value="phased">In phases (1, 2 or 3 by board)</option>
              <option value="existing">From each board's existing ES</option>
            </Select>
          </SourcedField>
          {ADVANCED.map(numberField)}
        </div>
      </details>
    </section>
  );
}
