// What the Economic case sheet says in words: headings, how each result is worked out, the committee's sentences.
import type { EconomicInputInfo } from '../../model/economics';
import type { EconomicResultKey, EconomicYearColumn } from './cellIndex';

export const YEAR_HEADERS: Record<EconomicYearColumn, string> = {
  label: 'Year',
  cost: 'Cost',
  jobOutcomes: 'Job outcomes',
  benefits: 'Benefits',
  net: 'Net',
  t: 't',
  discountFactor: 'Discount factor',
  presentCost: 'Present cost',
  presentBenefits: 'Present benefits',
  presentJobOutcomes: 'Present job outcomes',
};

export const RESULT_LABELS: Record<EconomicResultKey, string> = {
  presentCost: 'Present cost (PC)',
  presentBenefits: 'Present benefits (PB)',
  netPresentValue: 'Net present value (NPV)',
  benefitCostRatio: 'Benefit-cost ratio (BCR)',
  costPerJobOutcome: 'Cost per job outcome',
  breakEvenValuePerJobOutcome: 'Break-even value per job outcome',
};

/** How each result is worked out, short enough to read on one line beside it. */
export const RESULT_HOW: Record<EconomicResultKey, string> = {
  presentCost: 'Σ discount factor × cost, over the appraisal years',
  presentBenefits: 'Σ discount factor × benefits',
  netPresentValue: 'PB − PC: above 0, the cashable return exceeds the cost',
  benefitCostRatio: 'PB ÷ PC: what each £1 spent returns',
  costPerJobOutcome: 'Σ cost ÷ Σ job outcomes (not discounted)',
  breakEvenValuePerJobOutcome: '(1 − tax & benefit saving per £1) × PC ÷ Σ present job outcomes',
};

/** The words under the title: what the case follows and the conventions it keeps. */
export function introduction(scenarioSheet: string, basis: string, rolloutYears: number): string[] {
  return [
    `Follows the scenario sheet “${scenarioSheet}”: its ${basis} cost and job outcomes by year (implementation support included);`,
    `after its ${rolloutYears}-year rollout, the final year repeats. HM Treasury Green Book: first plan year t = 0, real prices.`,
    'Blue cells are inputs: type your own and every figure follows. Benefits = job outcomes × (NHS + other benefit) + cost × tax saving.',
  ];
}

/** An input's unit as its input message says it, with the range it accepts. */
export function inputMessage(info: EconomicInputInfo): string {
  const n = (v: number) => v.toLocaleString('en-GB');
  if (info.unit === 'percent')
    return `A share a year from ${info.min * 100}% to ${info.max * 100}%: type 3.5 for 3.5% (or 0.035).`;
  if (info.unit === 'years')
    return `A whole number of years from ${info.min} to ${info.max}: the table below shows that many years.`;
  if (info.unit === 'pence')
    return `£ saved per £1 spent, from ${info.min} to ${info.max}: type 0.09 for 9p (Sheffield: 0.09 to 0.66).`;
  return `£ per job outcome, from ${n(info.min)} to ${n(info.max)}.`;
}

/**
 * Text cut at spaces into lines of at most `width` characters: a source too long for one line goes on the
 * rows below, each line running over the empty cells beside it (no cell is wide enough to wrap it in).
 */
export function lines(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...out, line] : out;
}

/** Names of the cells the sentences read. */
export interface SentenceNames {
  bcr: string;
  breakEven: string;
  npv: string;
  years: string;
  rate: string;
  other: string;
}

/**
 * The sentences a committee reads, as live formulas: the return on each £1 (cashable unless other benefits
 * are valued), what a person into work must be worth for the service to pay for itself, and the NPV.
 */
export function sentenceFormulas(n: SentenceNames): string[] {
  const kind = `IF(${n.other}>0," in savings and valued benefits;"," in cashable savings;")`;
  return [
    `=IF(ISNUMBER(${n.bcr}),"Each £1 spent returns "&TEXT(${n.bcr},"£0.00")&${kind},"The plan costs nothing over the appraisal years: there is no return to weigh.")`,
    `=IF(ISNUMBER(${n.breakEven}),"a person into work would need to be worth "&TEXT(${n.breakEven},"£#,##0")&" (NHS saving included) for the service to pay for itself.","no job outcomes: no value per person into work would pay for the service.")`,
    `="Net present value over "&${n.years}&" years at "&TEXT(${n.rate},"0.0%")&": "&TEXT(${n.npv},"£#,##0")&"."`,
  ];
}
