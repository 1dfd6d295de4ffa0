import { ECONOMIC_INPUT_INFO, DEFAULT_ECONOMIC_INPUTS, EconomicInputs } from '../../model/economics';
import { economicText, readEconomicValue } from '../../parse/economicValue';
import { listOfNames } from '../assumptions/assumptionsForm';

export type EconomicKey = keyof EconomicInputs;

/** The Economic case sheet: on or off, and its inputs as typed (3.5 for 3.5%, 9 for 9p). */
export interface EconomicChoice {
  wanted: boolean;
  texts: Record<EconomicKey, string>;
}

export const initialEconomics: EconomicChoice = {
  wanted: false,
  texts: Object.fromEntries(
    ECONOMIC_INPUT_INFO.map((info) => [info.key, economicText(info, DEFAULT_ECONOMIC_INPUTS[info.key])]),
  ) as Record<EconomicKey, string>,
};

export interface EconomicRead {
  /** The inputs in the model's units, when every field reads. */
  inputs: EconomicInputs | null;
  /** Under each field that does not read: the CLI's message for its flag, without the flag. */
  errors: Partial<Record<EconomicKey, string>>;
}

/** Every field read as the CLI reads its flag (one definition: src/parse/economicValue.ts). */
export function readEconomics(texts: EconomicChoice['texts']): EconomicRead {
  const errors: EconomicRead['errors'] = {};
  const inputs = { ...DEFAULT_ECONOMIC_INPUTS };
  for (const info of ECONOMIC_INPUT_INFO) {
    const read = readEconomicValue(info, texts[info.key]);
    if (read.ok) inputs[info.key] = read.value;
    else errors[info.key] = read.problem;
  }
  return Object.keys(errors).length ? { inputs: null, errors } : { inputs, errors };
}

/** "Fix Discount rate and NHS saving per job outcome (economic case) to write the plan." */
export function economicFixMessage(errors: EconomicRead['errors']): string {
  const names = ECONOMIC_INPUT_INFO.filter((i) => errors[i.key]).map((i) => i.label);
  return `Fix ${listOfNames(names)} (economic case) to write the plan.`;
}
