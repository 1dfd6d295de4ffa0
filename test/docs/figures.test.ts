import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FIGURES, OUTPUT_FIGURE_KEYS } from '../../src/model/figures';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { computePlan } from '../../src/model/plan';
import { scotlandBoards } from '../../src/data/scotland2018';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('the README’s table of output figures', () => {
  it.each(OUTPUT_FIGURE_KEYS)('documents %s with the label and meaning the workbook and pane use', (key) => {
    const { label, description } = OUTPUT_FIGURES[key];
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${label} |`);
    expect(row).toContain(`| ${description}. |`);
  });

  it('names only fields the JSON has', () => {
    const plan = computePlan(scotlandBoards(), DEFAULT_ASSUMPTIONS);
    for (const key of OUTPUT_FIGURE_KEYS) expect([key, key in plan.totals]).toEqual([key, true]);
    const perArea = OUTPUT_FIGURE_KEYS.filter((k) => !(k in plan.areas[0]));
    expect(perArea).toEqual(['totalCostPerYear']);
  });
});
