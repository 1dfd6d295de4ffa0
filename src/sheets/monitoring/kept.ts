/**
 * Actuals carried over from an earlier plan that match no area or year of this one (an area renamed or
 * dropped, a horizon shortened): kept below the table in a labelled block, as values, never dropped.
 * They are outside IPS_Actuals, so no formula counts them twice.
 */
import type { ActualsRow } from '../../model/carryActuals';
import type { Cell } from '../shared/blueprint';
import { cells } from '../shared/draft';
import { STYLE } from '../shared/styles';
import type { MonitoringContext } from './context';
import { ACTUAL_COLS } from './layout';

export const KEPT_CAPTION = 'Actuals kept from an earlier plan: they match no area or year of this plan';

/** Writes the block from `row` (caption, header, rows); returns its last row, or null when there is nothing to keep. */
export function writeKept(ctx: MonitoringContext, kept: readonly ActualsRow[], row: number): number | null {
  if (!kept.length) return null;
  const { d } = ctx;
  const header = ['Area', 'Year', 'ES actual', 'Clients actual', 'Jobs actual', '13 wks actual'];
  const rows: Cell[][] = kept.map((k) => [k.area, k.label, k.specialists, k.clients, k.jobOutcomes, k.sustained]);
  d.block(row, 0, [[KEPT_CAPTION]]);
  d.block(row + 1, ACTUAL_COLS.area, [header, ...rows]);
  d.format(cells(row, 0), { style: STYLE.caption });
  d.format(cells(row + 1, 0, 1, header.length), { style: STYLE.header });
  d.format(cells(row + 2, 0, rows.length, 2), { numberFormat: '@' });
  d.format(cells(row + 2, 2, rows.length, 4), { style: STYLE.fixed });
  return row + 1 + rows.length;
}
