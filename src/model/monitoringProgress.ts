/**
 * One line per reported year, for the task pane: "2027/28: 38 of 45 planned ES in post; job outcome
 * rate 41%, KPI met". Sums run over the areas that reported the figure; a year nobody reported is left out.
 */
import { KPI, type MonitoringRow, kpiStatus } from './monitoring';

const sumOf = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
const whole = (v: number) => Math.round(v).toLocaleString('en-GB');

export function progressLines(rows: readonly MonitoringRow[]): string[] {
  const labels = [...new Set(rows.map((r) => r.label))];
  const lines: string[] = [];
  for (const label of labels) {
    const year = rows.filter((r) => r.label === label);
    if (!year.some((r) => Object.values(r.actual).some((v) => v !== null))) continue;
    const parts: string[] = [];
    const es = year.filter((r) => r.actual.specialists !== null);
    if (es.length) {
      const planned = sumOf(es.map((r) => r.planned.specialists));
      parts.push(`${whole(sumOf(es.map((r) => r.actual.specialists)))} of ${whole(planned)} planned ES in post`);
    }
    const both = year.filter((r) => r.actual.jobOutcomes !== null && r.actual.clients !== null);
    const jobs = sumOf(both.map((r) => r.actual.jobOutcomes));
    const clients = sumOf(both.map((r) => r.actual.clients));
    const status = kpiStatus(both.length ? jobs : null, both.length ? clients : null, KPI.jobOutcomeRate);
    if (status !== 'not reported') parts.push(`job outcome rate ${Math.round((jobs / clients) * 100)}%, KPI ${status}`);
    const reported = year.filter((r) => Object.values(r.actual).some((v) => v !== null)).length;
    parts.push(`${reported} of ${year.length} areas reporting`);
    lines.push(`${label}: ${parts.join('; ')}`);
  }
  return lines;
}
