import * as React from 'react';
import { Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { assumptionInfo } from '../../model/assumptions';
import type { EconomicSensitivityRow } from '../../model/economicSensitivity';
import type { SensitivityRow } from '../../model/sensitivity';
import type { EconomicCaseState } from '../economics/useEconomics';
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

interface ItemProps {
  label: string;
  range: string;
  source: string;
  figures: string[];
  testId: string;
  /** The input the row moves, as data-assumption. */
  input: string;
}

/** One input: its name, range and source, then the figures at its low and high. */
function Item({ label, range, source, figures, testId, input }: ItemProps) {
  const styles = useStyles();
  return (
    <li data-testid={testId} data-assumption={input}>
      <span className={styles.head}>
        <span className={styles.label}>{label}</span>
        {range && <span>{range}</span>}
        <Tooltip content={`Source: ${source}`} relationship="description" withArrow>
          <Button
            appearance="transparent"
            size="small"
            className={styles.info}
            icon={<InfoGlyph />}
            aria-label={`Source for ${label}`}
          />
        </Tooltip>
      </span>
      <span className={styles.figures}>
        {figures.map((f) => (
          <span key={f} className={styles.figure}>
            {f}
          </span>
        ))}
      </span>
    </li>
  );
}

/** "9p–66p", "£0–£748": an economic saving's range as it is typed. */
export function economicRangeText(row: EconomicSensitivityRow): string {
  const show = (v: number) =>
    row.input === 'taxBenefitSavingPerPound' ? `${+(v * 100).toFixed(4)}p` : formatPounds(v);
  return `${show(row.low)}–${show(row.high)}`;
}

/** "NPV −£43,912,457 to −£31,000,000": " to ", since a dash between negative figures reads as a minus. */
export function economicRowFigures(row: EconomicSensitivityRow): string[] {
  return [`NPV ${formatPounds(row.npvLow)} to ${formatPounds(row.npvHigh)}`];
}

/** The economic case's savings at their lows and highs, when the case is on (biggest NPV swing first). */
function EconomicRows({ rows }: { rows: readonly EconomicSensitivityRow[] }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <>
      <p className={pane.muted}>And for the net present value of the economic case, each saving at a low and a high:</p>
      <ol className={styles.list} data-testid={TEST_IDS.economicSensitivityList}>
        {rows.map((r) => (
          <Item
            key={r.input}
            label={r.label}
            range={economicRangeText(r)}
            source={r.source}
            figures={economicRowFigures(r)}
            testId={TEST_IDS.economicSensitivityRow}
            input={r.input}
          />
        ))}
      </ol>
    </>
  );
}

/** "What moves the answer": each uncertain input at its low and high, the rest as planned, biggest ES swing first. */
export function SensitivityList({
  state,
  economic,
}: {
  state: SensitivityState;
  /** The economic case, when on: its NPV rows follow the plan's. */
  economic?: EconomicCaseState;
}): React.ReactElement | null {
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
            <Item
              key={row.assumption}
              label={row.label}
              range={rangeText(row)}
              source={row.source}
              figures={rowFigures(row)}
              testId={TEST_IDS.sensitivityRow}
              input={row.assumption}
            />
          ))}
        </ol>
      )}
      {economic && 'rows' in economic && <EconomicRows rows={economic.rows} />}
    </div>
  );
}
