import * as React from 'react';
import { Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { assumptionInfo } from '../../model/assumptions';
import type { SensitivityRow } from '../../model/sensitivity';
import { formatEs, formatPounds, formatWhole } from '../shared/format';
import { InfoGlyph } from '../assumptions/SourcedField';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';
import type { SensitivityState } from '../usePlan';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '6px' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  info: { minWidth: 'auto', height: 'auto', padding: '0 2px' },
  // Each figure keeps its own line-up; the row wraps between them, never inside one (320 px panes).
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  figure: { whiteSpace: 'nowrap' },
});

/** A range in the assumption's own units: "8%–12%", "35–45", "£1,300–£2,050"; SMI contacts say it in the label. */
export function rangeText(row: SensitivityRow): string {
  if (row.assumption === 'smiContacts') return '';
  const { unit } = assumptionInfo(row.assumption);
  const show = (v: number) =>
    unit === 'percent' ? `${+(v * 100).toFixed(4)}%` : unit === 'gbp' ? formatPounds(v) : formatWhole(v);
  return `${show(row.low)}–${show(row.high)}`;
}

/** The row's figures at low and at high: ES, cost per year (per engagement), job outcomes per year. */
export function rowFigures(row: SensitivityRow): string[] {
  return [
    `${formatEs(row.specialistsLow)}–${formatEs(row.specialistsHigh)} ES`,
    `${formatPounds(row.costPerYearLow)}–${formatPounds(row.costPerYearHigh)} a year`,
    `${formatWhole(row.jobOutcomesLow)}–${formatWhole(row.jobOutcomesHigh)} jobs a year`,
  ];
}

function Row({ row }: { row: SensitivityRow }) {
  const styles = useStyles();
  const range = rangeText(row);
  return (
    <li data-testid={TEST_IDS.sensitivityRow} data-assumption={row.assumption}>
      <span className={styles.head}>
        <span className={styles.label}>{row.label}</span>
        {range && <span>{range}</span>}
        <Tooltip content={`Source: ${row.source}`} relationship="description" withArrow>
          <Button
            appearance="transparent"
            size="small"
            className={styles.info}
            icon={<InfoGlyph />}
            aria-label={`Source for ${row.label}`}
          />
        </Tooltip>
      </span>
      <span className={styles.figures}>
        {rowFigures(row).map((f) => (
          <span key={f} className={styles.figure}>
            {f}
          </span>
        ))}
      </span>
    </li>
  );
}

/** "What moves the answer": each uncertain input at its low and high, the rest as planned, biggest ES swing first. */
export function SensitivityList({ state }: { state: SensitivityState }): React.ReactElement | null {
  const styles = useStyles();
  const pane = usePaneStyles();
  if (!state) return null;
  return (
    <div className={pane.section}>
      <h3 className={pane.heading}>What moves the answer</h3>
      <p className={pane.muted}>Each input at a low and a high value, the others as above; the biggest change first.</p>
      {'error' in state ? (
        <p className={pane.muted} data-testid={TEST_IDS.sensitivityUnavailable}>
          {state.error}
        </p>
      ) : (
        <ol className={styles.list} data-testid={TEST_IDS.sensitivityList}>
          {state.rows.map((row) => (
            <Row key={row.assumption} row={row} />
          ))}
        </ol>
      )}
    </div>
  );
}
