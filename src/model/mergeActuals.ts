/**
 * Actuals brought in from a file meet those already typed into the workbook. The file is the newer
 * report, so its figures win where it has one; a blank in the file (not reported) never wipes a figure
 * the workbook holds. What was replaced is counted, so the pane can say so rather than overwrite quietly.
 */
import { type Actual, FIGURE_KEYS, actualKey } from './monitoring';

export interface MergedActuals {
  actuals: Actual[];
  /** Figures the file gave (not blank). */
  brought: number;
  /** Of those, figures that replaced a different figure already in the workbook. */
  replaced: number;
}

export function mergeActuals(existing: readonly Actual[], brought: readonly Actual[]): MergedActuals {
  const merged = new Map(existing.map((a) => [actualKey(a.area, a.year), { ...a }]));
  let count = 0;
  let replaced = 0;
  for (const b of brought) {
    const key = actualKey(b.area, b.year);
    const into = merged.get(key) ?? { ...b, specialists: null, clients: null, jobOutcomes: null, sustained: null };
    for (const k of FIGURE_KEYS) {
      const value = b[k];
      if (value === null) continue;
      count++;
      if (into[k] !== null && into[k] !== value) replaced++;
      into[k] = value;
    }
    merged.set(key, into);
  }
  return { actuals: [...merged.values()], brought: count, replaced };
}
