/**
 * The by-year summary above the table: plan and actual totals per year, the KPI rates over the areas
 * that reported both figures, and how many areas reported their clients. Classic SUMIF(S) and COUNTIFS
 * over the table's columns; a year nobody reported shows blanks, never 0.
 */
import type { Cell } from '../shared/blueprint';
import { cellAddress } from '../shared/blueprint';
import { cells } from '../shared/draft';
import { FORMAT, STYLE } from '../shared/styles';
import type { MonitoringContext } from './context';
import { ACTUAL_COLS, type ActualColumn, SUMMARY_COLUMNS, type MonitoringSummaryColumn } from './layout';

export const SUMMARY_HEADERS: Record<MonitoringSummaryColumn, string> = {
  label: 'Year',
  plannedSpecialists: 'ES plan',
  actualSpecialists: 'ES actual',
  plannedClients: 'Clients plan',
  actualClients: 'Clients actual',
  plannedJobOutcomes: 'Jobs plan',
  actualJobOutcomes: 'Jobs actual',
  plannedSustained: '13 wks plan',
  actualSustained: '13 wks actual',
  jobOutcomeRate: 'Into work rate',
  sustainedRate: 'Kept 13 wks rate',
  clientsPerEs: 'Clients per ES',
  reporting: 'Areas with clients',
};

export function writeSummary(ctx: MonitoringContext): void {
  const { d, layout, labels } = ctx;
  const { caption, header, first } = layout.summary;
  const { first: top, last: bottom } = layout.table;
  const col = (c: ActualColumn) => {
    const x = ACTUAL_COLS[c];
    return `${cellAddress(top, x, true)}:${cellAddress(bottom, x, true)}`;
  };
  const year = col('label');
  const rows: Cell[][] = labels.map((_, k) => {
    const label = cellAddress(first + k, 0);
    // A reported figure is a number 0 or more (the column's validation): COUNTIFS and SUMIFS with ">=0" skip blanks.
    const reported = (...cs: ActualColumn[]) => [`${year},${label}`, ...cs.map((c) => `${col(c)},">=0"`)].join(',');
    const actualSum = (c: ActualColumn) => `=IF(COUNTIFS(${reported(c)})=0,"",SUMIF(${year},${label},${col(c)}))`;
    const rate = (part: ActualColumn, whole: ActualColumn) => {
      const den = `SUMIFS(${col(whole)},${reported(part, whole)})`;
      return `=IF(${den}>0,SUMIFS(${col(part)},${reported(part, whole)})/${den},"")`;
    };
    const row: Record<MonitoringSummaryColumn, Cell> = {
      label: labels[k],
      plannedSpecialists: { formula: `=SUMIF(${year},${label},${col('plannedSpecialists')})` },
      actualSpecialists: { formula: actualSum('actualSpecialists') },
      plannedClients: { formula: `=SUMIF(${year},${label},${col('plannedClients')})` },
      actualClients: { formula: actualSum('actualClients') },
      plannedJobOutcomes: { formula: `=SUMIF(${year},${label},${col('plannedJobOutcomes')})` },
      actualJobOutcomes: { formula: actualSum('actualJobOutcomes') },
      plannedSustained: { formula: `=SUMIF(${year},${label},${col('plannedSustained')})` },
      actualSustained: { formula: actualSum('actualSustained') },
      jobOutcomeRate: { formula: rate('actualJobOutcomes', 'actualClients') },
      sustainedRate: { formula: rate('actualSustained', 'actualJobOutcomes') },
      clientsPerEs: { formula: rate('actualClients', 'actualSpecialists') },
      reporting: { formula: `=COUNTIFS(${reported('actualClients')})&" of ${ctx.areas.length}"` },
    };
    return SUMMARY_COLUMNS.map((c) => row[c]);
  });
  d.block(caption, 0, [['By year: plan against actuals, all areas (rates over the areas that reported both figures)']]);
  d.block(header, 0, [SUMMARY_COLUMNS.map((c) => SUMMARY_HEADERS[c]), ...rows]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.format(cells(header, 0, 1, SUMMARY_COLUMNS.length), { style: STYLE.header });
  const years = labels.length;
  SUMMARY_COLUMNS.forEach((c, i) => {
    const numberFormat = c.endsWith('Rate')
      ? '0%'
      : c === 'clientsPerEs'
        ? FORMAT.oneDecimal
        : c === 'label'
          ? FORMAT.text
          : c === 'reporting'
            ? 'General'
            : c.endsWith('Specialists')
              ? FORMAT.wte
              : FORMAT.count;
    d.format(cells(first, i, years, 1), { numberFormat });
  });
  d.format(cells(first, 0, years, 1), { style: { bold: true } });
  d.format(cells(first, SUMMARY_COLUMNS.indexOf('reporting'), years, 1), { style: { hAlign: 'right' } });
}
