import * as React from 'react';
import { Button, Select } from '@fluentui/react-components';
import { formatWhole } from '../shared/format';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

/**
 * Areas per page of the preview's table. Paged rather than virtualised: a page is a plain table that
 * prints, reads and is found in as one, with no scroll arithmetic; and the rows drawn on each
 * keystroke stay at most this many whatever the count of areas (1,300 intermediate zones redrawn on
 * every keystroke made typing lag). Every area is in the workbook; the pane shows a preview.
 */
export const AREAS_PER_PAGE = 50;

/** "51–100": the areas a page starting at `first` holds. */
export function pageRange(first: number, count: number): string {
  return `${formatWhole(first + 1)}–${formatWhole(Math.min(first + AREAS_PER_PAGE, count))}`;
}

/** The first area of the page shown: kept while the figures change, moved back when they shrink. */
export function usePage(count: number): [number, (first: number) => void] {
  const [chosen, choose] = React.useState(0);
  const last = Math.max(0, Math.floor((count - 1) / AREAS_PER_PAGE) * AREAS_PER_PAGE);
  return [Math.min(chosen, last), choose];
}

interface Props {
  first: number;
  count: number;
  onPage: (first: number) => void;
}

/**
 * Previous and next, and a list of pages to go straight to one; the range shown is said in words
 * (a status, so a screen reader hears it after a button moves the page).
 */
export function AreaPager({ first, count, onPage }: Props): React.ReactElement {
  const styles = usePaneStyles();
  const starts = Array.from({ length: Math.ceil(count / AREAS_PER_PAGE) }, (_, i) => i * AREAS_PER_PAGE);
  const all = formatWhole(count);
  const selectId = React.useId();
  return (
    <div className={styles.section} data-testid={TEST_IDS.areaPager}>
      <p role="status" className={styles.muted} data-testid={TEST_IDS.areaPageStatus}>
        Showing areas {pageRange(first, count)} of {all}; the totals are of all {all}.
      </p>
      <div className={styles.row}>
        {/* disabledFocusable: focus stays on the button at the first or last page instead of being lost. */}
        <Button
          disabledFocusable={first === 0}
          onClick={() => onPage(Math.max(0, first - AREAS_PER_PAGE))}
          aria-label={`Previous ${AREAS_PER_PAGE} areas`}
          data-testid={TEST_IDS.areaPagePrevious}
        >
          Previous
        </Button>
        <Button
          disabledFocusable={first + AREAS_PER_PAGE >= count}
          onClick={() => onPage(first + AREAS_PER_PAGE)}
          aria-label={`Next ${AREAS_PER_PAGE} areas`}
          data-testid={TEST_IDS.areaPageNext}
        >
          Next
        </Button>
        <span className={styles.row} style={{ flex: '1 1 auto', minWidth: 0, flexWrap: 'nowrap' }}>
          <label htmlFor={selectId}>Areas</label>
          <Select
            id={selectId}
            value={String(first)}
            onChange={(_, d) => onPage(Number(d.value))}
            data-testid={TEST_IDS.areaPageSelect}
          >
            {starts.map((s) => (
              <option key={s} value={s}>
                {pageRange(s, count)} of {all}
              </option>
            ))}
          </Select>
        </span>
      </div>
    </div>
  );
}
