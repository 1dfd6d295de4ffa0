import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { usePaneStyles } from './styles';
import { useMediaQuery } from './useMediaQuery';

/**
 * Excel desktop opens its task pane 320 px wide, Excel on the web 350 px: there a section folds to its heading and
 * its key figure, so the Write section's buttons show without scrolling past the area table. Wider, sections stay open.
 */
export const FOLDING_PANE = '(max-width: 360px)';

const useStyles = makeStyles({
  toggle: {
    background: 'none',
    border: 'none',
    padding: 0,
    font: 'inherit',
    color: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  keyFigure: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // The section class sets display: flex, which would beat the hidden attribute.
  folded: { display: 'none' },
  alert: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  /** The heading's id (the section is labelled by it). */
  id: string;
  title: string;
  /** What the section comes to, in a few words, shown under a folded heading ("14 areas, 60,424 SMI contacts"). */
  keyFigure: string;
  /** Something to fix inside: shown under the heading, and the section opens when it appears. */
  alert?: string;
  /** data-testid of the fold toggle. */
  testId: string;
  children: React.ReactNode;
}

/**
 * A pane section that folds at narrow widths. Its children stay mounted while folded (hidden, not removed), so
 * what a person typed or read survives folding and widening the pane.
 */
export function PaneSection({ id, title, keyFigure, alert, testId, children }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const own = useStyles();
  const folding = useMediaQuery(FOLDING_PANE);
  const [open, setOpen] = React.useState(false);
  React.useEffect(() => {
    if (alert) setOpen(true);
  }, [alert]);
  const shown = !folding || open;
  const bodyId = `${id}-body`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {folding ? (
          <button
            type="button"
            className={own.toggle}
            aria-expanded={open}
            aria-controls={bodyId}
            data-testid={testId}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            {title}
          </button>
        ) : (
          title
        )}
      </h2>
      {folding && !open && (
        <p className={alert ? own.alert : own.keyFigure} data-testid={`${testId}-figure`}>
          {alert ?? keyFigure}
        </p>
      )}
      <div id={bodyId} className={mergeClasses(styles.section, !shown && own.folded)} hidden={!shown}>
        {children}
      </div>
    </section>
  );
}
