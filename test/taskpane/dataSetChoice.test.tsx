/** @jest-environment jsdom */
import './setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATA_SETS } from '../../src/data';
import { SourceChoice } from '../../src/taskpane/figures/figureReaders';
import { BUILTIN_FIGURES, emptyFigures } from '../../src/taskpane/figures/figures';
import { TEST_IDS } from '../../src/taskpane/shared/testIds';

describe('the built-in figures in the pane come from the data-set registry', () => {
  it('offers a radio per data set, named by its title and its areas, and says which was chosen', async () => {
    const onChoose = jest.fn();
    render(<SourceChoice inExcel={false} source="csv" onChoose={onChoose} />);
    const radios = within(screen.getByTestId(TEST_IDS.figuresSource)).getAllByRole('radio');
    const names = DATA_SETS.map((s) => `${s.title}: ${s.areas.length} ${s.words.many} (built-in)`);
    for (const name of names) expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    expect(radios).toHaveLength(DATA_SETS.length + 1); // and the CSV file
    await userEvent.setup().click(screen.getByTestId(TEST_IDS.figuresBuiltin));
    expect(onChoose).toHaveBeenCalledWith('builtin', DATA_SETS[0].id);
  });

  it('gives the chosen data set’s areas, and the data set itself for the workbook’s words and sources', () => {
    const figures = emptyFigures('builtin', DATA_SETS[0].id);
    expect(figures.dataSet).toBe(DATA_SETS[0]);
    expect(figures.areas).toEqual(DATA_SETS[0].areas);
    expect(figures.areas).not.toBe(DATA_SETS[0].areas);
    expect(BUILTIN_FIGURES.dataSet?.id).toBe('scotland-2018');
    expect(emptyFigures('csv').dataSet).toBeUndefined();
  });
});
