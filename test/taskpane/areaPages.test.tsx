/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { syntheticAreas } from '../../bench/measure';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { formatEs, formatPounds, formatWhole } from '../../src/taskpane/shared/format';
import { createStandaloneHost } from '../../src/taskpane/host/standaloneHost';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';
import { PANE_TEST_TIMEOUT_MS, renderPane } from './renderPane';

jest.setTimeout(PANE_TEST_TIMEOUT_MS);

/** 120 areas: two full pages of 50 and one of 20. */
const AREAS = syntheticAreas(120);
const CSV = [
  'board,smi_contacts,population,existing_es,phase',
  ...AREAS.map((a) => [a.name, a.smiContacts, a.population, a.existingEs, a.phase].join(',')),
].join('\n');

async function paneWith120Areas() {
  const user = renderPane({ host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }) });
  await user.click(screen.getByTestId(TEST_IDS.figuresCsv));
  await user.upload(screen.getByTestId(TEST_IDS.csvFile), new File([CSV], 'zones.csv', { type: 'text/csv' }));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.figuresStatus)).toHaveTextContent('Read 120 areas'));
  return user;
}

const table = () => screen.getByTestId(TEST_IDS.previewTable);
/** The area names the table's body shows, in order. */
const shownAreas = () => Array.from(table().querySelectorAll('tbody th')).map((th) => (th.textContent ?? '').trim());
const names = (from: number, to: number) => AREAS.slice(from - 1, to).map((a) => a.name);

describe('the per-area table with many areas', () => {
  it('shows the first 50 of 120 areas, and says so', async () => {
    await paneWith120Areas();
    expect(shownAreas()).toEqual(names(1, 50));
    expect(within(table()).getAllByRole('row')).toHaveLength(1 + 50 + 1);
    expect(screen.getByTestId(TEST_IDS.areaPageStatus)).toHaveTextContent('Showing areas 1–50 of 120');
    expect(screen.getByRole('region', { name: 'Plan by area' })).toHaveTextContent('areas 1–50 of 120');
    expect(screen.getByTestId(TEST_IDS.areaPageStatus)).toHaveAttribute('role', 'status');
  });

  it('totals every area, not the page shown', async () => {
    await paneWith120Areas();
    const all = computePlan(AREAS, DEFAULT_ASSUMPTIONS).totals;
    const firstPage = computePlan(AREAS.slice(0, 50), DEFAULT_ASSUMPTIONS).totals;
    expect(formatWhole(firstPage.eligible)).not.toBe(formatWhole(all.eligible));
    expect(screen.getByTestId(TEST_IDS.totalEligible)).toHaveTextContent(formatWhole(all.eligible));
    expect(screen.getByTestId(TEST_IDS.totalEs)).toHaveTextContent(formatEs(all.specialists));
    expect(screen.getByTestId(TEST_IDS.totalCostYear)).toHaveTextContent(formatPounds(all.totalCostPerYear));
    const totalRow = table().querySelector('tfoot tr') as HTMLElement;
    expect(totalRow).toHaveTextContent('Total, all 120 areas');
    const cells = Array.from(totalRow.querySelectorAll('td')).map((td) => td.textContent);
    expect(cells).toEqual([
      formatWhole(all.eligible),
      formatWhole(all.clientsPerYear),
      formatEs(all.specialists),
      formatPounds(all.costPerYear),
    ]);
  });

  it('pages on with Next and back with Previous; the last page holds the 20 left', async () => {
    const user = await paneWith120Areas();
    const previous = screen.getByTestId(TEST_IDS.areaPagePrevious);
    const next = screen.getByTestId(TEST_IDS.areaPageNext);
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toHaveAccessibleName('Previous 50 areas');
    await user.click(next);
    expect(shownAreas()).toEqual(names(51, 100));
    expect(screen.getByTestId(TEST_IDS.areaPageStatus)).toHaveTextContent('Showing areas 51–100 of 120');
    // By keyboard: the focus stays on Next, which says it can go no further on the last page.
    next.focus();
    await user.keyboard('{Enter}');
    expect(shownAreas()).toEqual(names(101, 120));
    expect(screen.getByTestId(TEST_IDS.areaPageStatus)).toHaveTextContent('Showing areas 101–120 of 120');
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await user.click(previous);
    expect(shownAreas()).toEqual(names(51, 100));
  });

  it('goes straight to a page from the list of pages, and keeps it while an assumption is typed', async () => {
    const user = await paneWith120Areas();
    const select = screen.getByTestId(TEST_IDS.areaPageSelect);
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1–50 of 120', '51–100 of 120', '101–120 of 120']);
    await user.selectOptions(select, '101–120 of 120');
    expect(shownAreas()).toEqual(names(101, 120));
    await user.click(screen.getByTestId(TEST_IDS.coverage50));
    const all = computePlan(AREAS, { ...DEFAULT_ASSUMPTIONS, coverage: 0.5 }).totals;
    expect(screen.getByTestId(TEST_IDS.totalEs)).toHaveTextContent(formatEs(all.specialists));
    expect(shownAreas()).toEqual(names(101, 120));
  });

  it('moves back to the last page there is when figures with fewer areas are read', async () => {
    const user = await paneWith120Areas();
    await user.selectOptions(screen.getByTestId(TEST_IDS.areaPageSelect), '101–120 of 120');
    const fewer = CSV.split('\n')
      .slice(0, 1 + 60)
      .join('\n');
    await user.upload(screen.getByTestId(TEST_IDS.csvFile), new File([fewer], 'fewer.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByTestId(TEST_IDS.figuresStatus)).toHaveTextContent('Read 60 areas'));
    expect(shownAreas()).toEqual(names(51, 60));
    expect(screen.getByTestId(TEST_IDS.areaPageStatus)).toHaveTextContent('Showing areas 51–60 of 60');
  });

  it('pages the narrow pane’s stacked table too, its total of every area', async () => {
    const matchMedia = jest.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({
          matches: query.includes('max-width'),
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
    try {
      await paneWith120Areas();
      expect(table()).toHaveAttribute('data-layout', 'stacked');
      const groups = Array.from(table().querySelectorAll('tbody th[scope="rowgroup"]'));
      expect(groups.map((th) => th.textContent)).toEqual(names(1, 50));
      expect(table().querySelector('tfoot th')).toHaveTextContent('Total, all 120 areas');
    } finally {
      matchMedia.mockRestore();
    }
  });

  it('has no page control with the 14 boards: every board and the total are shown', () => {
    renderPane({ host: createStandaloneHost({ loadWriter: jest.fn(), save: jest.fn() }) });
    expect(within(table()).getAllByRole('row')).toHaveLength(1 + 14 + 1);
    expect(screen.queryByTestId(TEST_IDS.areaPager)).toBeNull();
    expect(table().querySelector('tfoot th')).toHaveTextContent(/^Total$/);
  });
});
