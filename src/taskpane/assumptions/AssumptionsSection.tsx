import * as React from 'react';
import { Input, Select } from '@fluentui/react-components';
import {
  ASSUMPTION_INFO,
  NumericAssumptionInfo,
  REVIEW,
  ROLLOUT_SOURCE,
  RolloutMode,
  assumptionInfo,
} from '../../model/assumptions';
import { ROUNDING_RULES, ROUNDING_RULE_LABELS, RoundingRule } from '../../model/rounding';
import { AdvancedSection } from './AdvancedSection';
import { NumberField, PresetField } from './assumptionFields';
import { BudgetFields } from './BudgetFields';
import { BUDGET } from './budgetForm';
import { FieldKey, FormErrors, FormNotes, FormState } from './assumptionsForm';
import { SourcedField } from './SourcedField';
import { PaneSection } from '../shared/PaneSection';
import { assumptionsAlert } from '../keyFigures';
import { TEST_IDS } from '../shared/testIds';

const ROUNDING_SOURCE = `${REVIEW}: the nearest whole ES, at least 1 per area, reproduces the review's table (104 ES at 25%)`;
const FIRST_YEAR_SOURCE = 'The first financial year of the rollout; later years count on from it';

/** Shown with presets as radio buttons, not as plain inputs. */
const PRESET_KEYS: readonly FieldKey[] = ['coverage', 'costPerEngagement'];
const BASIC = ASSUMPTION_INFO.filter((i) => !i.advanced && !PRESET_KEYS.includes(i.key));
const ADVANCED = ASSUMPTION_INFO.filter((i) => i.advanced);
const BY_BUDGET = [{ value: BUDGET, label: 'A budget (£ a year)', testId: TEST_IDS.coverageBudget }] as const;

type Update = (update: (form: FormState) => FormState) => void;

interface Props {
  form: FormState;
  errors: FormErrors;
  notes: FormNotes;
  onChange: Update;
  /** What the assumptions come to ("25% coverage, £2,000 per engagement"), shown when the section is folded. */
  keyFigure: string;
}

/** Keeps the text as typed; readForm reads it. */
const textSetter = (onChange: Update) => (key: FieldKey) => (t: string) =>
  onChange((f) => ({ ...f, text: { ...f.text, [key]: t } }));

/** The numeric fields of a list, each with its text, error and note. */
function NumberFields({ infos, form, errors, notes, onChange }: Props & { infos: readonly NumericAssumptionInfo[] }) {
  const setText = textSetter(onChange);
  return (
    <>
      {infos.map((info) => (
        <NumberField
          key={info.key}
          info={info}
          text={form.text[info.key]}
          error={errors[info.key]}
          note={notes[info.key]}
          placeholder={info.key === 'firstYearCaseload' ? 'Same as clients per ES' : undefined}
          onText={setText(info.key)}
        />
      ))}
    </>
  );
}

function RoundingAndFirstYear({ form, errors, onChange }: Props) {
  return (
    <>
      <SourcedField label="Rounding of ES" source={ROUNDING_SOURCE}>
        <Select
          value={form.rounding}
          data-testid={TEST_IDS.field('rounding')}
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
          data-testid={TEST_IDS.field('firstYearLabel')}
          onChange={(_, d) => onChange((f) => ({ ...f, firstYearLabel: d.value }))}
        />
      </SourcedField>
    </>
  );
}

function RolloutField({ form, onChange }: Props) {
  return (
    <SourcedField label="Rollout" source={ROLLOUT_SOURCE}>
      <Select
        value={form.rollout}
        data-testid={TEST_IDS.field('rollout')}
        onChange={(_, d) => onChange((f) => ({ ...f, rollout: d.value as RolloutMode }))}
      >
        <option value="phased">In phases (1, 2 or 3 by area)</option>
        <option value="existing">From each area's existing ES</option>
      </Select>
    </SourcedField>
  );
}

/** Memoised: the pane re-renders on progress and sheet lists, which leave the assumptions alone. */
export const AssumptionsSection = React.memo(function AssumptionsSection(props: Props): React.ReactElement {
  const { form, errors, notes, onChange } = props;
  const setText = textSetter(onChange);
  return (
    <PaneSection
      id="assumptions-heading"
      title="2. Assumptions"
      keyFigure={props.keyFigure}
      alert={assumptionsAlert(errors)}
      testId={TEST_IDS.foldAssumptions}
    >
      <PresetField
        info={assumptionInfo('coverage')}
        choice={form.coverageChoice}
        text={form.text.coverage}
        error={errors.coverage}
        note={notes.coverage}
        testId={TEST_IDS.coverage}
        moreChoices={BY_BUDGET}
        onChoice={(c) => onChange((f) => ({ ...f, coverageChoice: c }))}
        onText={setText('coverage')}
      />
      {form.coverageChoice === BUDGET && <BudgetFields form={form} error={errors.budget} onChange={onChange} />}
      <PresetField
        info={assumptionInfo('costPerEngagement')}
        choice={form.costChoice}
        text={form.text.costPerEngagement}
        error={errors.costPerEngagement}
        note={notes.costPerEngagement}
        testId={TEST_IDS.cost}
        onChoice={(c) => onChange((f) => ({ ...f, costChoice: c }))}
        onText={setText('costPerEngagement')}
      />
      <NumberFields {...props} infos={BASIC} />
      <RoundingAndFirstYear {...props} />
      <AdvancedSection errors={errors}>
        <RolloutField {...props} />
        <NumberFields {...props} infos={ADVANCED} />
      </AdvancedSection>
    </PaneSection>
  );
});
