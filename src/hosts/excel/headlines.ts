/**
 * The headline figures of a written plan, each with the cell it sits in (from the WorkbookIndex) and the value
 * the planner's model computed for it (src/model, not the sheet): what the read-back (verify.ts) asks Excel for
 * and compares. Pure, so the list and its tolerances are easy to test.
 *
 * Tolerances: ES and other head counts exact (the plan rounds them; a different count is a different plan);
 * money within £1 (sums over many areas in another order differ in the pennies, never by a pound); rates and
 * other figures within 1e-9 of their size.
 */
import { DEFAULT_ECONOMIC_INPUTS, economicCase } from '../../model/economics';
import { monitoringRows } from '../../model/monitoring';
import { planScenarios } from '../../model/scenarios';
import type { CellPos } from '../../sheets/shared/cells';
import type { WorkbookIndex } from '../../sheets/workbook/cellIndex';
import type { WorkbookInput } from '../../sheets/workbook/input';

export type CheckKind = 'count' | 'money' | 'rate';

export interface HeadlineCheck {
  /** The blueprint's name for the sheet (the writer may have given it another: see WrittenSheet.key). */
  sheet: string;
  pos: CellPos;
  /** What the figure is, in the planner's words ("Total ES", "Fife ES"). */
  label: string;
  kind: CheckKind;
  expected: number;
}

export interface HeadlineChecks {
  checks: HeadlineCheck[];
  areas: number;
  scenarios: number;
}

/** True when Excel's value is the planner's, within the kind's tolerance. */
export function agrees(check: Pick<HeadlineCheck, 'kind' | 'expected'>, got: unknown): boolean {
  if (typeof got !== 'number' || !Number.isFinite(got)) return false;
  const { kind, expected } = check;
  if (kind === 'count') return got === expected;
  if (kind === 'money') return Math.abs(got - expected) <= 1;
  return Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

export function headlineChecks(index: WorkbookIndex, input: WorkbookInput): HeadlineChecks {
  const plans = planScenarios(input.areas, input.scenarios);
  const checks: HeadlineCheck[] = [];
  const add = (sheet: string, row: number, col: number, label: string, kind: CheckKind, expected: number) =>
    checks.push({ sheet, pos: { row, col }, label, kind, expected });

  index.scenarios.forEach((s, i) => {
    const { plan, budget } = plans[i];
    const t = plan.totals;
    const c = s.boards.columns;
    const total = s.boards.totalsRow;
    add(s.sheet, total, c.eligible, 'Total eligible', 'rate', t.eligible);
    add(s.sheet, total, c.clientsPerYear, 'Total clients a year', 'rate', t.clientsPerYear);
    add(s.sheet, total, c.specialists, 'Total ES', 'count', t.specialists);
    add(s.sheet, total, c.costPerYear, 'Total cost a year', 'money', t.costPerYear);
    add(s.sheet, total, c.jobOutcomesPerYear, 'Job outcomes a year', 'rate', t.jobOutcomesPerYear);
    add(s.sheet, s.byYear.totalsRow, s.byYear.columns.cost, 'Rollout cost', 'money', t.rolloutCost);
    plan.areas.forEach((a, k) => add(s.sheet, s.boards.rows[k], c.specialists, `${a.name} ES`, 'count', a.specialists));
    if (budget) {
      const at = s.assumptions.coverage;
      add(s.sheet, at.row, at.col, 'Coverage the budget buys', 'rate', plan.assumptions.coverage);
    }
  });

  const m = index.monitoring;
  if (m && input.monitoring) {
    const { plan } = plans[input.monitoring.scenario ?? 0];
    const rows = monitoringRows(plan);
    plan.totals.years.forEach((y, k) => {
      const year = rows.filter((r) => r.year === y.year);
      const sum = (key: 'specialists' | 'clients' | 'jobOutcomes' | 'sustained') =>
        year.reduce((n, r) => n + r.planned[key], 0);
      const row = m.summary.firstRow + k;
      const col = m.summary.columns;
      add(m.sheet, row, col.plannedSpecialists, `${y.label} planned ES`, 'count', sum('specialists'));
      add(m.sheet, row, col.plannedClients, `${y.label} planned clients`, 'rate', sum('clients'));
      add(m.sheet, row, col.plannedJobOutcomes, `${y.label} planned job outcomes`, 'rate', sum('jobOutcomes'));
      add(m.sheet, row, col.plannedSustained, `${y.label} planned jobs kept 13 weeks`, 'rate', sum('sustained'));
    });
  }
  const e = index.economics;
  if (e && input.economics) {
    const followed = plans[input.economics.scenario ?? 0];
    const npv = economicCase(followed, input.economics.inputs ?? DEFAULT_ECONOMIC_INPUTS).netPresentValue;
    const at = e.results.netPresentValue;
    add(e.sheet, at.row, at.col, 'Net present value', 'money', npv);
  }
  return { checks, areas: input.areas.length, scenarios: input.scenarios.length };
}
