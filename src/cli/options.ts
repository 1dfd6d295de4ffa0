import { ASSUMPTION_INFO, Assumptions, DEFAULT_ASSUMPTIONS, NumericAssumptionInfo } from '../model/assumptions';
import { BUDGET_BASES, BudgetBasis, MAX_BUDGET } from '../model/budget';
import { ROUNDING_RULES, RoundingRule } from '../model/rounding';
import { isValidYearLabel } from '../model/years';
import { DEFAULT_ECONOMIC_INPUTS, EconomicInputs } from '../model/economics';
import { ECONOMIC_FLAGS, parseEconomicValue } from './economics';
import { parseAmount, parseAssumptionValue, parseList, splitAmounts } from './values';

export { USAGE } from './help';

export interface CliOptions {
  json: boolean;
  out?: string;
  force: boolean;
  help: boolean;
  boardsFile?: string;
  /** A built-in data set's id, or "list" (see --data list). */
  dataSet?: string;
  coverages: number[];
  /** Whether --coverage was given: with --budget alone, only budget scenarios are planned. */
  coverageGiven: boolean;
  /** £ a year, one budget-led scenario each. */
  budgets: number[];
  budgetBasis: BudgetBasis;
  sensitivity: boolean;
  /** Add the Monitoring sheet (also implied by --actuals). */
  monitoring: boolean;
  actualsFile?: string;
  assumptions: Assumptions;
  /** Add each scenario's economic case (--economics). */
  economics: boolean;
  economicInputs: EconomicInputs;
}

export interface ParsedOptions {
  options: CliOptions;
  problems: string[];
  /** Things the user should know that do not stop the run (printed on stderr). */
  notes: string[];
}

const FLAGS = new Set(['json', 'force', 'help', 'sensitivity', 'monitoring', 'economics']);
const SHORT_FLAGS = new Map([['-h', 'help']]);
const TEXT_OPTIONS = new Set([
  'out',
  'boards',
  'data',
  'actuals',
  'rounding',
  'rollout',
  'first-year',
  'budget',
  'budget-basis',
]);
const NUMERIC = new Map(ASSUMPTION_INFO.map((i) => [i.cliFlag, i]));

/** Options from argv (after the script name), or every problem found in them. */
export function parseOptions(argv: readonly string[]): ParsedOptions {
  const parsed: ParsedOptions = {
    options: {
      json: false,
      force: false,
      help: false,
      coverages: [DEFAULT_ASSUMPTIONS.coverage],
      coverageGiven: false,
      budgets: [],
      budgetBasis: 'engagement',
      sensitivity: false,
      monitoring: false,
      assumptions: { ...DEFAULT_ASSUMPTIONS },
      economics: false,
      economicInputs: { ...DEFAULT_ECONOMIC_INPUTS },
    },
    problems: [],
    notes: [],
  };
  const { options, problems } = parsed;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const short = SHORT_FLAGS.get(arg);
    const match = short ? [arg, short] : /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      problems.push(`unexpected argument "${arg}": options start with -- (see --help)`);
      continue;
    }
    const [, flag, inline] = match;
    if (FLAGS.has(flag)) {
      if (inline !== undefined) problems.push(`--${flag} takes no value (got "${inline}")`);
      setFlag(options, flag);
      continue;
    }
    if (!TEXT_OPTIONS.has(flag) && !NUMERIC.has(flag) && !ECONOMIC_FLAGS.has(flag)) {
      problems.push(`unknown option --${flag} (see --help)`);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || /^--[a-z]/.test(next)) {
        problems.push(`--${flag} needs a value`);
        continue;
      }
      value = next;
      i++;
    }
    applyOption(parsed, flag, value);
  }
  if (options.budgetBasis !== 'engagement' && !options.budgets.length)
    parsed.notes.push('--budget-basis has no effect without --budget');
  const economicFlags = argv
    .map((a) => (a.startsWith('--') ? a.slice(2).split('=')[0] : ''))
    .filter((f) => ECONOMIC_FLAGS.has(f))
    .map((f) => `--${f}`);
  if (!options.economics && economicFlags.length)
    parsed.notes.push(
      `${economicFlags.join(', ')} ${economicFlags.length > 1 ? 'have' : 'has'} no effect without --economics`,
    );
  return parsed;
}

function setFlag(options: CliOptions, flag: string): void {
  if (flag === 'json') options.json = true;
  if (flag === 'force') options.force = true;
  if (flag === 'help') options.help = true;
  if (flag === 'sensitivity') options.sensitivity = true;
  if (flag === 'monitoring') options.monitoring = true;
  if (flag === 'economics') options.economics = true;
}

function applyOption({ options, problems, notes }: ParsedOptions, flag: string, value: string): void {
  const a = options.assumptions;
  switch (flag) {
    case 'out':
      options.out = value;
      return;
    case 'boards':
      options.boardsFile = value;
      return;
    case 'actuals':
      options.actualsFile = value;
      options.monitoring = true;
      return;
    case 'data':
      options.dataSet = value.trim();
      return;
    case 'rounding':
      if ((ROUNDING_RULES as readonly string[]).includes(value)) a.rounding = value as RoundingRule;
      else problems.push(`--rounding: "${value}" is not one of ${ROUNDING_RULES.join(', ')}`);
      return;
    case 'rollout':
      if (value === 'phased' || value === 'existing') a.rollout = value;
      else problems.push(`--rollout: "${value}" is not phased or existing`);
      return;
    case 'budget': {
      const read = (part: string) => parseAmount(flag, part, MAX_BUDGET, problems);
      const budgets = parseList(flag, splitAmounts(value), read, notes);
      if (budgets) options.budgets = budgets;
      return;
    }
    case 'budget-basis':
      if ((BUDGET_BASES as readonly string[]).includes(value)) options.budgetBasis = value as BudgetBasis;
      else problems.push(`--budget-basis: "${value}" is not engagement or staff`);
      return;
    case 'first-year':
      if (isValidYearLabel(value)) a.firstYearLabel = value.trim();
      else problems.push(`--first-year: "${value}" is not a year like 2027/28 or 2027`);
      return;
  }
  const economic = ECONOMIC_FLAGS.get(flag);
  if (economic) {
    const v = parseEconomicValue(economic, value, problems);
    if (v !== null) options.economicInputs[economic.key] = v;
    return;
  }
  const info = NUMERIC.get(flag) as NumericAssumptionInfo;
  if (info.key === 'coverage') {
    const read = (part: string) => parseAssumptionValue(info, part, problems);
    const coverages = parseList(flag, value.split(','), read, notes);
    if (coverages) options.coverages = coverages;
    options.coverageGiven = true;
    return;
  }
  const parsedValue = parseAssumptionValue(info, value, problems);
  if (parsedValue !== null) (a as unknown as Record<string, number>)[info.key] = parsedValue;
}
