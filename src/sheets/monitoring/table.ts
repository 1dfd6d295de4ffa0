/**
 * The IPS_Actuals table: one row per area per rollout year. The four actual columns are inputs (a
 * blank is "not reported", never 0); every other column is a formula: the plan's figure, live from
 * the scenario sheet's per-board grids, the difference, % of plan, the KPI figures and a status word
 * per KPI, so the sheet reads the same printed in black and white. The arithmetic is the model's
 * (src/model/monitoring.ts): statuses compare products (clients ≥ target × ES), not ratios.
 */
import { FIGURE_KEYS, type FigureKey, KPI, type KpiKey, actualKey } from '../../model/monitoring';
import { type Cell, cellAddress, sheetRef } from '../shared/blueprint';
import { cells } from '../shared/draft';
import { wrappedHeight, wrappedLines } from '../shared/print';
import { FORMAT, STYLE } from '../shared/styles';
import {
  ACTUAL_COLS,
  ACTUAL_COLUMNS,
  type ActualColumn,
  FIGURE_WORDS,
  GROUPS,
  figureColumn,
  statusColumn,
} from './layout';
import type { MonitoringContext } from './context';

const KPI_HEADERS: Record<KpiKey, string> = {
  clientsPerEs: 'Clients per ES',
  jobOutcomeRate: 'Into work',
  sustainedRate: 'Kept 13 wks',
};

export function headerOf(col: ActualColumn): string {
  if (col === 'area') return 'Area';
  if (col === 'label') return 'Year';
  if (col === 'jobOutcomeRate') return 'Into work rate';
  if (col === 'sustainedRate') return 'Kept 13 wks rate';
  if (col === 'clientsPerEs') return 'Clients per ES';
  for (const kpi of Object.keys(KPI_HEADERS) as KpiKey[])
    if (col === statusColumn(kpi)) return `${KPI_HEADERS[kpi]}: status`;
  const key = FIGURE_KEYS.find((k) => col.endsWith(k[0].toUpperCase() + k.slice(1))) as FigureKey;
  const what = col.startsWith('actual')
    ? 'actual'
    : col.startsWith('planned')
      ? 'plan'
      : col.startsWith('difference')
        ? '− plan'
        : '% of plan';
  return `${FIGURE_WORDS[key]} ${what}`;
}

/** "met", "below" or "not reported", as kpiStatus decides: both figures numbers and the whole above 0. */
function status(part: string, whole: string, share: string): string {
  const judged = `IF(${whole}>0,IF(${part}>=${share}*${whole},"met","below"),"not reported")`;
  return `=IF(AND(ISNUMBER(${part}),ISNUMBER(${whole})),${judged},"not reported")`;
}

const ratio = (a: string, b: string) => `=IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${b}>0,${a}/${b},""),"")`;

function tableRow(ctx: MonitoringContext, i: number, k: number, row: number): Cell[] {
  const { scenario } = ctx;
  const on = (pos: { row: number; col: number }) =>
    `${sheetRef(scenario.sheet)}!${cellAddress(pos.row, pos.col, true)}`;
  const grid = (g: 'specialists' | 'newSpecialists' | 'clients') =>
    on({ row: scenario.grids[g].rows[i], col: scenario.grids[g].col + k });
  const at = (col: ActualColumn) => cellAddress(row, ACTUAL_COLS[col]);
  const area = ctx.areas[i];
  const actual = ctx.actuals.get(actualKey(area, k + 1));
  const c: Partial<Record<ActualColumn, Cell>> = {
    area,
    label: ctx.labels[k],
    plannedSpecialists: { formula: `=${grid('specialists')}` },
    plannedClients: { formula: `=${grid('clients')}` },
    plannedJobOutcomes: { formula: `=${at('plannedClients')}*${on(scenario.assumptions.intoWorkRate)}` },
    plannedSustained: { formula: `=${at('plannedJobOutcomes')}*${on(scenario.assumptions.sustainmentRate)}` },
    jobOutcomeRate: { formula: ratio(at('actualJobOutcomes'), at('actualClients')) },
    sustainedRate: { formula: ratio(at('actualSustained'), at('actualJobOutcomes')) },
    clientsPerEs: { formula: ratio(at('actualClients'), at('actualSpecialists')) },
  };
  for (const key of FIGURE_KEYS) {
    const a = at(figureColumn('actual', key));
    const p = at(figureColumn('planned', key));
    c[figureColumn('actual', key)] = actual?.[key] ?? null;
    c[figureColumn('difference', key)] = { formula: `=IF(ISNUMBER(${a}),${a}-${p},"")` };
    c[figureColumn('percent', key)] = { formula: `=IF(ISNUMBER(${a}),IF(${p}>0,${a}/${p},""),"")` };
  }
  // The year's clients-per-ES threshold: new ES at 35, the others at 40, in the plan's mix (clientsPerEsTarget).
  const es = grid('specialists');
  const gap = KPI.clientsPerEs - KPI.firstYearClientsPerEs;
  const target = `IF(${es}>0,${KPI.clientsPerEs}-${gap}*${grid('newSpecialists')}/${es},${KPI.firstYearClientsPerEs})`;
  c.statusClientsPerEs = { formula: status(at('actualClients'), at('actualSpecialists'), `(${target})`) };
  c.statusJobOutcomeRate = { formula: status(at('actualJobOutcomes'), at('actualClients'), `${KPI.jobOutcomeRate}`) };
  c.statusSustainedRate = { formula: status(at('actualSustained'), at('actualJobOutcomes'), `${KPI.sustainedRate}`) };
  return ACTUAL_COLUMNS.map((col) => c[col] ?? null);
}

/** Counts whole (the plan's clients are fractions), ES as the rule gives them, differences signed. */
const SIGNED = '+#,##0;-#,##0;0';
const PERCENT = '0%';
function numberFormat(col: ActualColumn): string {
  if (col.startsWith('difference')) return SIGNED;
  if (col.startsWith('percent') || col.endsWith('Rate')) return PERCENT;
  if (col === 'clientsPerEs') return FORMAT.oneDecimal;
  if (col.startsWith('status') || col === 'area' || col === 'label') return FORMAT.text;
  return col.endsWith('Specialists') ? FORMAT.wte : FORMAT.count;
}

/** The table with its caption, group captions and formats. */
export function writeActualsTable(ctx: MonitoringContext): void {
  const { d, layout, areas, labels } = ctx;
  const { caption, groups, header, first } = layout.table;
  const n = areas.length;
  const rows: Cell[][] = [];
  labels.forEach((_, k) => areas.forEach((__, i) => rows.push(tableRow(ctx, i, k, first + rows.length))));
  d.block(caption, 0, [[`Actuals by area and year, against ${ctx.scenario.scenario} (table IPS_Actuals)`]]);
  const groupRow: Cell[] = ACTUAL_COLUMNS.map((col) => GROUPS.find((g) => g.col === col)?.text ?? null);
  d.block(groups, 0, [groupRow]);
  d.block(header, 0, [ACTUAL_COLUMNS.map(headerOf), ...rows]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.format(cells(groups, 0, 1, ACTUAL_COLUMNS.length), { style: { bold: true, fontColor: '#1F4E78' } });
  d.format(cells(header, 0, 1, ACTUAL_COLUMNS.length), { style: STYLE.header });
  const count = n * labels.length;
  ACTUAL_COLUMNS.forEach((col, c) => d.format(cells(first, c, count, 1), { numberFormat: numberFormat(col) }));
  d.format(cells(first, ACTUAL_COLS.actualSpecialists, count, 4), { style: STYLE.input });
  d.format(cells(first, ACTUAL_COLS.plannedSpecialists, count, 4), { style: STYLE.link });
  d.format(cells(first, ACTUAL_COLS.statusClientsPerEs, count, 3), { style: { hAlign: 'center' } });
  // A long area name wraps onto a second line rather than run into the year; the row's figures sit at its top.
  d.format(cells(first, 0, count, 1), { style: { wrap: true } });
  d.format(cells(first, 1, count, ACTUAL_COLUMNS.length - 1), { style: STYLE.top });
  const width = d.widths[0];
  for (let r = 0; r < count; r++) {
    const name = areas[r % n];
    if (wrappedLines(name, width) > 1) d.rowHeight(first + r, wrappedHeight(name, width));
  }
}
