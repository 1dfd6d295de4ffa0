import { DEFAULT_DATA_SET_ID } from '../data';
import { ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS, NumericAssumptionInfo } from '../model/assumptions';

const GBP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const WIDTH = 30;

const line = (option: string, text: string) => `  ${option.padEnd(WIDTH)}  ${text}`;

function shownDefault(info: NumericAssumptionInfo): string {
  if (info.key === 'firstYearCaseload') return 'the caseload';
  if (info.unit === 'percent') return `${+(info.defaultValue * 100).toFixed(4)}%`;
  if (info.unit === 'gbp') return `£${GBP.format(info.defaultValue)}`;
  return String(info.defaultValue);
}

/** "--in-work N%", "--es-salary £N": the unit a user types, shown beside each option. */
function assumptionLine(info: NumericAssumptionInfo): string {
  const shape = info.unit === 'percent' ? 'N%' : info.unit === 'gbp' ? '£N' : 'N';
  return line(`--${info.cliFlag} ${shape}`, `${info.label} (default ${shownDefault(info)})`);
}

export const USAGE = `Plan IPS employment specialists for people with severe mental illness.

Usage: npm run plan -- [options]
Percentages are typed as percentages: 10 for 10%, not 0.1 (a value below 1 is refused unless it
ends in %, as in 0.5%). Money is in £ a year: 5000000, 5,000,000 or £5,000,000.
Relative paths are read from the folder you run the command in.

Output (default: write ips-plan.xlsx in the folder you run the command in):
${line('--json', 'print the plan as JSON on stdout (with --out, write the workbook too)')}
${line('--out FILE.xlsx', 'write the scenario workbook to FILE.xlsx')}
${line('--force', 'replace FILE.xlsx if it exists (kept whole until the new file is complete)')}
${line('-h, --help', 'show this help')}

Figures (default: --data ${DEFAULT_DATA_SET_ID}):
${line('--data ID', 'a built-in data set; --data list lists them')}
${line('--boards FILE.csv', 'your own areas instead; header: board,smi_contacts and optional')}
${line('', 'population,existing_es,phase,code (a blank phase means phase 2)')}
${line('--actuals FILE.csv', 'what happened: area,year,es_in_post,clients,job_outcomes,sustained_13_weeks')}
${line('', '(year as 2027/28 or 1–N; a blank figure is not reported yet): written into the')}
${line('', 'Monitoring sheet, and with --json each scenario carries "monitoring"')}
${line('--monitoring', 'add the Monitoring sheet (plan against actuals, first scenario) without actuals')}

Scenarios:
${line('--coverage N%[,N%,...]', '% of eligible clients to support, e.g. 25,50,100: one scenario each')}
${line('--budget £N[,£N,...]', '£ a year at full rollout: one scenario each, at the coverage it buys')}
${line('', '(with --coverage too, both kinds; with --budget alone, only budgets)')}
${line('--budget-basis BASIS', 'engagement (default: clients × £ per engagement) | staff (ES × staff cost)')}
${line('--sensitivity', 'what each uncertain input, at a low and a high value, does to ES, cost and')}
${line('', 'job outcomes: with --json in each scenario, in the workbook the Sensitivity sheet')}
${line('--economics', 'the economic case (NPV, benefit-cost ratio, break-even value): with --json')}
${line('', 'in each scenario, in the workbook the Economic case sheet (first scenario)')}

Economic case (Green Book discounting, first plan year t = 0):
${line('--discount-rate N', 'percent a year, 0–20 (default 3.5: HM Treasury Green Book)')}
${line('--appraisal-years N', 'whole years, 1–60 (default 10: the rollout, then its final year repeated)')}
${line('--nhs-saving £N', '£ per job outcome (default 374: Fair Start Scotland IPS review)')}
${line('--tax-benefit-saving N', 'pence per £1 spent, 0–100 (default 9; 9–66: University of Sheffield)')}
${line('--other-benefit £N', "£ per job outcome, the analyst's own valued benefits (default 0)")}

Assumptions:
${line('--rounding RULE', 'nearest-min1 (default, the review) | up | none')}
${line('--rollout MODE', 'phased (default) | existing (ramp from existing ES)')}
${line('--first-year LABEL', `first year of the rollout (default ${DEFAULT_ASSUMPTIONS.firstYearLabel})`)}
${ASSUMPTION_INFO.filter((i) => i.key !== 'coverage')
  .map(assumptionLine)
  .join('\n')}
`;
