import type { ScenarioPlan } from '../../model/scenarios';
import { IMPLAUSIBLE_CONTACT_SHARE, type Warning } from '../../model/warnings';
import type { Cell } from '../shared/blueprint';

/** Up to this many warnings of one kind in one scenario are listed one by one; more are grouped. */
export const WARNINGS_LISTED = 5;
const NAMES_SHOWN = 8;

const GROUPED: Record<Warning['kind'], (count: number) => string> = {
  'data-quality': (n) => `SMI contact rates far from the median in ${n} areas: see the Data quality column`,
  'implausible-contacts': (n) =>
    `SMI contacts over ${IMPLAUSIBLE_CONTACT_SHARE * 100}% of the population in ${n} areas: check these figures`,
  'spare-capacity': (n) => `Spare capacity from rounding ES in ${n} areas: see ES needed and clients per year`,
  'existing-above-target': (n) => `Existing ES above this coverage's target in ${n} areas`,
};

/** The Notes sheet's warning rows: each one, or one row a kind when a scenario has many of that kind. */
export function warningRows(plans: readonly ScenarioPlan[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const p of plans) {
    const kinds = new Map<Warning['kind'], Warning[]>();
    for (const w of p.plan.warnings) kinds.set(w.kind, [...(kinds.get(w.kind) ?? []), w]);
    for (const [kind, list] of kinds) {
      if (list.length <= WARNINGS_LISTED) {
        rows.push(...list.map((w): Cell[] => [`${p.name}: ${w.board}`, w.message]));
        continue;
      }
      const names = list.slice(0, NAMES_SHOWN).map((w) => w.board);
      const more = list.length > NAMES_SHOWN ? ` and ${list.length - NAMES_SHOWN} more` : '';
      rows.push([`${p.name}: ${list.length} areas`, `${GROUPED[kind](list.length)} (${names.join(', ')}${more}).`]);
    }
  }
  return rows;
}
