/**
 * Actuals survive a new plan: rows read back from an old Monitoring table (IPS_Actuals) are matched on
 * area and year label against the new plan. Matched rows become the new table's actuals; the rest are
 * handed back so the caller keeps them in a labelled block rather than dropping them. Pure: the Excel
 * host only reads the table and calls this.
 */
import { type Actual, actualKey } from './monitoring';
import { yearLabels } from './years';

/** A row as read back from the table: area, year label and the four input cells (null = blank). */
export interface ActualsRow {
  area: string;
  label: string;
  specialists: number | null;
  clients: number | null;
  jobOutcomes: number | null;
  sustained: number | null;
}

export interface CarriedActuals {
  /** Rows that match an area and a year of the new plan, as actuals (`year` 1–N). */
  matched: Actual[];
  /** Rows with a figure that no longer match (an area or a year the new plan does not have). */
  unmatched: ActualsRow[];
}

const reported = (r: ActualsRow) => [r.specialists, r.clients, r.jobOutcomes, r.sustained].some((v) => v !== null);

/** Matches rows onto a plan's areas and years; rows with no figure at all are nothing to carry. */
export function carryActuals(
  rows: readonly ActualsRow[],
  plan: { areas: readonly { name: string }[]; firstYearLabel: string; years: number },
): CarriedActuals {
  const labels = yearLabels(plan.firstYearLabel, plan.years).map((l) => l.trim());
  const areas = new Map(plan.areas.map((a) => [actualKey(a.name, 0), a.name]));
  const seen = new Set<string>();
  const matched: Actual[] = [];
  const unmatched: ActualsRow[] = [];
  for (const row of rows) {
    if (!reported(row)) continue;
    const year = labels.indexOf(row.label.trim()) + 1;
    const area = areas.get(actualKey(row.area, 0));
    const key = area === undefined ? '' : actualKey(area, year);
    if (area === undefined || year === 0 || seen.has(key)) {
      unmatched.push(row);
      continue;
    }
    seen.add(key);
    const { specialists, clients, jobOutcomes, sustained } = row;
    matched.push({ area, year, specialists, clients, jobOutcomes, sustained });
  }
  return { matched, unmatched };
}
