// The economic case of one scenario: Green Book discounting (t = 0 for the first plan year), real prices.
import { REVIEW } from './assumptionInfo';
import type { SourcedInputInfo } from './assumptionTypes';
import type { ScenarioPlan } from './scenarios';
import { PlanInputError } from './validate';
import { yearLabels } from './years';

export interface EconomicInputs {
  /** Fraction a year: 0.035 for 3.5%. */
  discountRate: number;
  appraisalYears: number;
  nhsSavingPerJobOutcome: number;
  /** Fraction of each £1 spent: 0.09 for 9p. */
  taxBenefitSavingPerPound: number;
  otherBenefitPerJobOutcome: number;
}

export interface EconomicInputInfo extends SourcedInputInfo {
  key: keyof EconomicInputs;
  unit: 'percent' | 'years' | 'gbp' | 'pence';
}

export const ECONOMIC_INPUT_INFO: readonly EconomicInputInfo[] = [
  {
    key: 'discountRate',
    label: 'Discount rate',
    unit: 'percent',
    defaultValue: 0.035,
    min: 0,
    max: 0.2,
    name: 'IPS_DiscountRate',
    cliFlag: 'discount-rate',
    source:
      'HM Treasury Green Book (3.5% social time preference rate), which the Scottish Public Finance Manual follows',
  },
  {
    key: 'appraisalYears',
    label: 'Appraisal years',
    unit: 'years',
    defaultValue: 10,
    min: 1,
    max: 60,
    integer: true,
    name: 'IPS_AppraisalYears',
    cliFlag: 'appraisal-years',
    source: 'The rollout years, then the full-rollout year repeated; Green Book: appraise over the life of the service',
  },
  {
    key: 'nhsSavingPerJobOutcome',
    label: 'NHS saving per job outcome',
    unit: 'gbp',
    defaultValue: 374,
    min: 0,
    max: 100000,
    name: 'IPS_NHSSaving',
    cliFlag: 'nhs-saving',
    source: `${REVIEW}: net average NHS saving per service user of a Scottish high-fidelity service (fewer CPN and psychiatry appointments after securing work)`,
  },
  {
    key: 'taxBenefitSavingPerPound',
    label: 'Tax & benefit saving per £1 spent',
    unit: 'pence',
    defaultValue: 0.09,
    min: 0,
    max: 1,
    name: 'IPS_TaxBenefitSaving',
    cliFlag: 'tax-benefit-saving',
    source: `University of Sheffield, cashable savings of 9p to 66p per £1, quoted by the ${REVIEW}; 9p is the prudent end`,
  },
  {
    key: 'otherBenefitPerJobOutcome',
    label: 'Other benefit per job outcome',
    unit: 'gbp',
    defaultValue: 0,
    min: 0,
    max: 1000000,
    name: 'IPS_OtherBenefit',
    cliFlag: 'other-benefit',
    source: "The analyst's own valued benefits (earnings, wellbeing); none by default",
  },
];

export const DEFAULT_ECONOMIC_INPUTS: EconomicInputs = Object.fromEntries(
  ECONOMIC_INPUT_INFO.map((i) => [i.key, i.defaultValue]),
) as unknown as EconomicInputs;

export interface EconomicYear {
  year: number;
  label: string;
  cost: number;
  jobOutcomes: number;
  benefits: number;
  net: number;
  discountFactor: number;
  presentCost: number;
  presentBenefits: number;
}

export interface EconomicCase extends EconomicInputs {
  years: EconomicYear[];
  presentCost: number;
  presentBenefits: number;
  netPresentValue: number;
  benefitCostRatio: number | null;
  costPerJobOutcome: number | null;
  breakEvenValuePerJobOutcome: number | null;
  sources: { input: string; source: string }[];
}

/** Problems with the inputs, each naming the input, its value and its range. */
export function economicInputProblems(inputs: EconomicInputs): string[] {
  return ECONOMIC_INPUT_INFO.flatMap((info) => {
    const v = inputs[info.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return [`${info.label}: ${String(v)} is not a number`];
    if (v < info.min || v > info.max) return [`${info.label}: ${v} is outside ${info.min} to ${info.max}`];
    if (info.integer && !Number.isInteger(v)) return [`${info.label}: ${v} is not a whole number`];
    return [];
  });
}

/** A rollout year's cost on the scenario's basis, implementation support included. */
function yearCost(s: ScenarioPlan, y: { cost: number; staffCost: number }): number {
  const running = s.budget?.basis === 'staff' ? y.staffCost : y.cost;
  return running + s.plan.totals.implementationSupportPerYear;
}

/** The economic case of one scenario. Throws PlanInputError on bad inputs. */
export function economicCase(s: ScenarioPlan, inputs: EconomicInputs = DEFAULT_ECONOMIC_INPUTS): EconomicCase {
  const problems = economicInputProblems(inputs);
  if (problems.length) throw new PlanInputError(problems);
  const rollout = s.plan.totals.years;
  const last = rollout[rollout.length - 1];
  const r = inputs.discountRate;
  const perJob = inputs.nhsSavingPerJobOutcome + inputs.otherBenefitPerJobOutcome;
  const labels = yearLabels(s.assumptions.firstYearLabel, inputs.appraisalYears);
  const years: EconomicYear[] = [];
  for (let t = 0; t < inputs.appraisalYears; t++) {
    const y = rollout[t] ?? last;
    const cost = y ? yearCost(s, y) : 0;
    const jobOutcomes = y ? y.jobOutcomes : 0;
    const benefits = jobOutcomes * perJob + cost * inputs.taxBenefitSavingPerPound;
    const discountFactor = 1 / Math.pow(1 + r, t);
    years.push({
      year: t + 1,
      label: labels[t],
      cost,
      jobOutcomes,
      benefits,
      net: benefits - cost,
      discountFactor,
      presentCost: cost * discountFactor,
      presentBenefits: benefits * discountFactor,
    });
  }
  const sum = (f: (y: EconomicYear) => number) => years.reduce((acc, y) => acc + f(y), 0);
  const presentCost = sum((y) => y.presentCost);
  const presentBenefits = sum((y) => y.presentBenefits);
  const jobs = sum((y) => y.jobOutcomes);
  const presentJobs = sum((y) => y.jobOutcomes * y.discountFactor);
  return {
    ...inputs,
    years,
    presentCost,
    presentBenefits,
    netPresentValue: presentBenefits - presentCost,
    benefitCostRatio: presentCost > 0 ? presentBenefits / presentCost : null,
    costPerJobOutcome: jobs > 0 ? sum((y) => y.cost) / jobs : null,
    breakEvenValuePerJobOutcome:
      presentJobs > 0 ? ((1 - inputs.taxBenefitSavingPerPound) * presentCost) / presentJobs : null,
    sources: ECONOMIC_INPUT_INFO.map((i) => ({ input: i.label, source: i.source })),
  };
}
