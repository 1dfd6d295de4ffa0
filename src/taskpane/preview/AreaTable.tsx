import * as React from 'react';
import type { Plan } from '../../model/plan';
import { AREAS_PER_PAGE, AreaPager, pageRange, usePage } from './AreaPager';
import { formatEs, formatPounds, formatWhole } from '../shared/format';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';
import { useMediaQuery } from '../shared/useMediaQuery';

/**
 * Below this width the area's name takes a line of its own above its figures: five columns do not
 * fit a 320 px pane with whole figures in them ("£1,345,410"), and no figure is shortened or cut.
 */
const NARROW_PANE = '(max-width: 479.98px)';

interface Row {
  name: string;
  eligible: number;
  clientsPerYear: number;
  specialists: number;
  costPerYear: number;
}

const HEADERS = ['Eligible', 'Clients', 'ES', 'Cost'] as const;

function Figures({ row }: { row: Row }) {
  return (
    <>
      <td>{formatWhole(row.eligible)}</td>
      <td>{formatWhole(row.clientsPerYear)}</td>
      <td>{formatEs(row.specialists)}</td>
      <td>{formatPounds(row.costPerYear)}</td>
    </>
  );
}

/** The figures' column headings, after `before` (the wide layout's "Area"). */
function FigureHeadings({ before }: { before?: string }) {
  return (
    <thead>
      <tr>
        {before && <th scope="col">{before}</th>}
        {HEADERS.map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** An area's (or the total's) name as its row's heading, then its figures. */
function NamedRow({ row }: { row: Row }) {
  const styles = usePaneStyles();
  return (
    <tr>
      <th scope="row" className={styles.areaName}>
        {row.name}
      </th>
      <Figures row={row} />
    </tr>
  );
}

/** One row per area: name, then its figures. */
function WideRows({ rows, total }: { rows: readonly Row[]; total: Row }) {
  return (
    <>
      <FigureHeadings before="Area" />
      <tbody>
        {rows.map((a) => (
          <NamedRow key={a.name} row={a} />
        ))}
      </tbody>
      <tfoot>
        <NamedRow row={total} />
      </tfoot>
    </>
  );
}

/** Each area a row group: its name across the table, its figures on the line below. */
function StackedRows({ rows, total }: { rows: readonly Row[]; total: Row }) {
  const styles = usePaneStyles();
  const group = (row: Row) => (
    <>
      <tr>
        <th scope="rowgroup" colSpan={HEADERS.length} className={styles.areaName}>
          {row.name}
        </th>
      </tr>
      <tr>
        <Figures row={row} />
      </tr>
    </>
  );
  return (
    <>
      <FigureHeadings />
      {rows.map((a) => (
        <tbody key={a.name}>{group(a)}</tbody>
      ))}
      <tfoot>{group(total)}</tfoot>
    </>
  );
}

/**
 * Every area at full rollout, and the total of them all. Past AREAS_PER_PAGE areas the table shows a
 * page of them at a time (see AreaPager); the total is still of every area.
 */
export function AreaTable({ plan }: { plan: Plan }): React.ReactElement {
  const styles = usePaneStyles();
  const narrow = useMediaQuery(NARROW_PANE);
  const count = plan.areas.length;
  const paged = count > AREAS_PER_PAGE;
  const [first, setFirst] = usePage(count);
  const rows = paged ? plan.areas.slice(first, first + AREAS_PER_PAGE) : plan.areas;
  const total: Row = { name: paged ? `Total, all ${formatWhole(count)} areas` : 'Total', ...plan.totals };
  return (
    <>
      {/* Focusable so keyboard users can scroll it sideways should figures ever outgrow the pane. */}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Plan by area">
        <table
          className={narrow ? styles.stackedTable : styles.table}
          data-testid={TEST_IDS.previewTable}
          data-layout={narrow ? 'stacked' : 'wide'}
        >
          <caption className={styles.caption}>
            Each area at full rollout (per year){paged && `: areas ${pageRange(first, count)} of ${formatWhole(count)}`}
          </caption>
          {narrow ? <StackedRows rows={rows} total={total} /> : <WideRows rows={rows} total={total} />}
        </table>
      </div>
      {paged && <AreaPager first={first} count={count} onPage={setFirst} />}
    </>
  );
}
