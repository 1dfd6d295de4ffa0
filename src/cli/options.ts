import { ASSUMPTION_INFO, Assumptions, DEFAULT_ASSUMPTIONS, NumericAssumptionInfo } from '../model/assumptions';
import { ROUNDING_RULES, RoundingRule } from '../model/rounding';
import { isValidYearLabel } from '../model/years';
import { readNumber } from '../parse/numbers';

export interface CliOptions {
  json: boolean;
  out?: string;
  force: boolean;
  help: boolean;
  boardsFile?: string;
  coverages: number[];
  assumptions: Assumptions;
}

const FLAGS = new Set(['json', 'force', 'help']);
const TEXT_OPTIONS = new Set(['out', 'boards', 'rounding', 'rollout', 'first-year']);
const NUMERIC = new Map(ASSUMPTION_INFO.map((i) => [i.cliFlag, i]));

/** Options from argv (after the script name), or every problem found in them. */
export function parseOptions(argv: readonly string[]): { options: CliOptions; problems: string[] } {
  const problems: string[] = [];
  const options: CliOptions = {
    json: false,
    force: false,
    help: false,
    coverages: [DEFAULT_ASSUMPTIONS.coverage],
    assumptions: { ...DEFAULT_ASSUMPTIONS },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      problems.push(`unexpected argument "${arg}": options start with -- (see --help)`);
      continue;
    }
    const [, flag, inline] = match;
    if (FLAGS.has(flag)) {
      if (inline !== undefined) problems.push(`--${flag} takes no value (got "${inline}")`);
      if (flag === 'json') options.json = true;
      if (flag === 'force') options.force = true;
      if (flag === 'help') options.help = true;
      continue;
    }
    if (!TEXT_OPTIONS.has(flag) && !NUMERIC.has(flag)) {
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
    applyOption(options, flag, value, problems);
  }
  return { options, problems };
}

function applyOption(options: CliOptions, flag: string, value: string, problems: string[]): void {
  const a = options.assumptions;
  switch (flag) {
    case 'out':
      options.out = value;
      return;
    case 'boards':
      options.boardsFile = value;
      return;
    case 'rounding':
      if ((ROUNDING_RULES as readonly string[]).includes(value)) a.rounding = value as RoundingRule;
      else problems.push(`--rounding: "${value}" is not one of ${ROUNDING_RULES.join(', ')}`);
      return;
    case 'rollout':
      if (value === 'phased' || value === 'existing') a.rollout = value;
      else problems.push(`--rollout: "${value}" is not phased or existing`);
      return;
    case 'first-year':
      if (isValidYearLabel(value)) a.firstYearLabel = value.trim();
      else problems.push(`--first-year: "${value}" is not a year like 2027/28 or 2027`);
      return;
  }
  const info = NUMERIC.get(flag) as NumericAssumptionInfo;
  if (info.key === 'coverage') {
    const parts = value.split(',').map((p) => p.trim());
    const coverages = parts.map((p) => parseAssumptionValue(info, p, problems));
    if (coverages.every((c): c is number => c !== null)) options.coverages = coverages;
    return;
  }
  const parsed = parseAssumptionValue(info, value, problems);
  if (parsed !== null) (a as unknown as Record<string, number>)[info.key] = parsed;
}

/** A CLI value in the user's units (percentages as 0–100, £ with or without £ and commas). */
export function parseAssumptionValue(info: NumericAssumptionInfo, text: string, problems: string[]): number | null {
  const cleaned = text.trim().replace(info.unit === 'percent' ? /%$/ : /^£/, '');
  const read = readNumber(cleaned);
  const flag = `--${info.cliFlag}`;
  if (!read.ok) {
    problems.push(
      `${flag}: "${text}" ${read.reason}: ${info.label.toLowerCase()} must be a number${info.unit === 'percent' ? ' from 0 to 100' : ''}`,
    );
    return null;
  }
  const scale = info.unit === 'percent' ? 100 : 1;
  const value = read.value / scale;
  if (value < info.min || value > info.max) {
    const unit = info.unit === 'percent' ? ' (a percentage)' : '';
    problems.push(`${flag}: ${text} is outside ${info.min * scale}–${info.max * scale}${unit}`);
    return null;
  }
  if (info.integer && !Number.isInteger(value)) {
    problems.push(`${flag}: ${text} must be a whole number`);
    return null;
  }
  return value;
}

export const USAGE = `Plan IPS employment specialists for people with severe mental illness.

Usage: npm run plan -- [options]

Output (default: write ips-plan.xlsx in the current folder):
  --json                      print the plan as JSON on stdout
  --out FILE.xlsx             write the scenario workbook to FILE.xlsx
  --force                     overwrite FILE.xlsx if it exists

Figures (default: the 14 Scottish health boards, 2018):
  --boards FILE.csv           header: board,smi_contacts and optional population,existing_es,phase,code

Assumptions:
  --coverage 25[,50,100]      % of eligible clients to support; several give several scenarios
  --rounding RULE             nearest-min1 (default, the review) | up | none
  --rollout MODE              phased (default) | existing (ramp from existing ES)
  --first-year LABEL          first year of the rollout (default ${DEFAULT_ASSUMPTIONS.firstYearLabel})
${ASSUMPTION_INFO.filter((i) => i.key !== 'coverage')
  .map((i) => {
    const shown = i.unit === 'percent' ? `${+(i.defaultValue * 100).toFixed(4)}` : String(i.defaultValue);
    return `  --${(i.cliFlag + ' N').padEnd(26)}  ${i.label} (default ${shown}${i.unit === 'percent' ? '%' : ''})`;
  })
  .join('\n')}
`;
