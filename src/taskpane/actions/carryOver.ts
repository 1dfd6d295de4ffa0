/**
 * Actuals never get lost: before the pane writes a plan into Excel, it reads the IPS_Actuals table (and the
 * block kept below it) and carries the figures into the new Monitoring sheet, matched on area and year
 * (carryActuals); rows that no longer match go into the kept block. A workbook that has the table always
 * gets a Monitoring sheet again, checkbox or not: else the replace would leave the old one pointing at
 * deleted scenario sheets. Also the progress lines the pane shows once actuals exist.
 */
import * as React from 'react';
import { type ActualsRow, carryActuals } from '../../model/carryActuals';
import { mergeActuals } from '../../model/mergeActuals';
import { type Actual, monitoringRows, reportedFigures } from '../../model/monitoring';
import { progressLines } from '../../model/monitoringProgress';
import type { Plan } from '../../model/plan';
import type { WorkbookInput } from '../../sheets/workbook';
import { type ActualsSource, readActualsSource } from '../actuals/actualsSource';
import { describeError } from '../shared/errors';
import type { PlanHost } from '../host/host';
import { PlanInputError } from '../../model/validate';

export interface MonitoringChoice {
  /** The user ticked "Add the Monitoring sheet". */
  wanted: boolean;
  /** The scenario it follows (index among those written). */
  scenario: number;
  /** Actuals from a CSV or the selection: merged over those in the workbook, the source's figures winning. */
  source?: ActualsSource;
}

export interface CarryOver {
  /** The Monitoring part of the workbook input (spread into it), empty for none. */
  monitoring: Pick<WorkbookInput, 'monitoring'>;
  /** Set when the table was read back (its typed actuals are in the new blueprint): what was carried, in words. */
  carried?: string;
  /** Set when a chosen source's actuals went in: what it brought, in words. */
  brought?: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Carried over 12 reported figures for 6 area-years; 2 rows no longer match and are kept below the table." */
export function describeCarry(matched: readonly Actual[], unmatched: number): string | undefined {
  const figures = reportedFigures(matched);
  if (!figures && !unmatched) return undefined;
  const parts = [
    `Carried over ${plural(figures, 'reported figure', 'reported figures')} for ${plural(matched.length, 'area-year', 'area-years')}`,
  ];
  if (unmatched)
    parts.push(
      `${plural(unmatched, 'row no longer matches', 'rows no longer match')} and ${unmatched === 1 ? 'is' : 'are'} kept below the table`,
    );
  return `${parts.join('; ')}.`;
}

/** Reads the workbook's actuals (Excel only) and a chosen source's, and decides the Monitoring part of the new workbook. */
export async function carryOver(
  host: PlanHost,
  choice: MonitoringChoice,
  input: Pick<WorkbookInput, 'areas' | 'base' | 'scenarios'>,
): Promise<CarryOver> {
  const rows = host.kind === 'excel' && host.readActuals ? await host.readActuals() : null;
  const scenario = Math.min(Math.max(0, choice.scenario), input.scenarios.length - 1);
  const { firstYearLabel, years } = input.base;
  const source = choice.wanted ? choice.source : undefined;
  const brought = source ? await readActualsSource(source, { areas: input.areas, firstYearLabel, years }) : null;
  // Located problems, and nothing written: the same rule as the areas' own figures.
  if (brought?.problems.length) throw new PlanInputError(brought.problems);
  if (rows === null && !brought) return { monitoring: choice.wanted ? { monitoring: { scenario } } : {} };
  const { matched, unmatched } = carryActuals(rows ?? [], { areas: input.areas, firstYearLabel, years });
  const merged = mergeActuals(matched, brought?.actuals ?? []);
  return {
    monitoring: { monitoring: { scenario, actuals: merged.actuals, kept: unmatched } },
    ...(rows === null ? {} : { carried: describeCarry(matched, unmatched.length) ?? '' }),
    ...(source ? { brought: describeBrought(source.name, merged) } : {}),
  };
}

/** "Brought in 12 reported figures from actuals.csv (or the selection); 3 of them replaced a different figure in the workbook." */
function describeBrought(from: string, merged: { brought: number; replaced: number }): string {
  const { brought, replaced } = merged;
  const over = replaced ? `; ${replaced} of them replaced a different figure in the workbook` : '';
  return `Brought in ${plural(brought, 'reported figure', 'reported figures')} from ${from}${over}.`;
}

/** The actuals in the workbook (Excel), read again whenever `trigger` changes; lines per reported year. */
export function useProgressLines(host: PlanHost, plan: Plan | null, trigger: unknown): string[] {
  const [rows, setRows] = React.useState<ActualsRow[] | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (host.kind !== 'excel' || !host.readActuals) return;
    let live = true;
    host.readActuals().then(
      (r) => {
        if (!live) return;
        setRows(r);
        setFailed(null);
      },
      (err: unknown) => {
        if (!live) return;
        setRows(null);
        setFailed(`The actuals in the workbook could not be read: ${describeError(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [host, trigger]);
  return React.useMemo(() => {
    if (failed) return [failed];
    if (!plan || !rows) return [];
    const { assumptions, areas } = plan;
    const { matched } = carryActuals(rows, {
      areas: areas.map((a) => ({ name: a.name })),
      firstYearLabel: assumptions.firstYearLabel,
      years: assumptions.years,
    });
    return progressLines(monitoringRows(plan, matched));
  }, [plan, rows, failed]);
}
