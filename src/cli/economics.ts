import { ECONOMIC_INPUT_INFO, EconomicInputInfo } from '../model/economics';
import { readEconomicValue } from '../parse/economicValue';

export const ECONOMIC_FLAGS = new Map(ECONOMIC_INPUT_INFO.map((i) => [i.cliFlag, i]));

/**
 * An economic-case flag's value in the units people type (3.5 for 3.5%, 9 for 9p), or null with a
 * problem naming the flag, the value and the unit (the reading is shared with the pane's fields).
 */
export function parseEconomicValue(info: EconomicInputInfo, text: string, problems: string[]): number | null {
  const read = readEconomicValue(info, text);
  if (read.ok) return read.value;
  problems.push(`--${info.cliFlag}: ${read.problem}`);
  return null;
}
