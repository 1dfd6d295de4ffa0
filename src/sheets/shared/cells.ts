// Positions in a sheet, shared by every sheet kind's cell index. Rows and columns are 0-based, as in the blueprint.
import type { NumericAssumptionInfo } from '../../model/assumptions';

export interface CellPos {
  row: number;
  col: number;
}

export type AssumptionCellKey = NumericAssumptionInfo['key'] | 'rounding';

/** Column positions from an ordered list of keys, starting at `first`. */
export function columnsOf<K extends string>(keys: readonly K[], first = 0): Record<K, number> {
  return Object.fromEntries(keys.map((k, i) => [k, first + i])) as Record<K, number>;
}
