/** The default economic case that README and docs/model.md quote, against the model. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { economicCase } from '../../src/model/economics';
import { coverageScenarios, planScenarios } from '../../src/model/scenarios';

const read = (file: string) => readFileSync(join(__dirname, '../..', file), 'utf8');

test('the docs quote the default 25% economic case as the model works it out', () => {
  const c = economicCase(planScenarios(scotlandBoards(), coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]))[0]);
  const millions = (x: number) => `£${(Math.abs(x) / 1e6).toFixed(1)}m`;
  const pounds = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`;
  const model = read('docs/model.md');
  for (const quoted of [
    `costs ${millions(c.presentCost)} in present value`,
    `returns ${millions(c.presentBenefits)} in cashable savings`,
    `NPV about −${millions(c.netPresentValue)}`,
    `BCR ${c.benefitCostRatio!.toFixed(2)}`,
    `cost per job outcome ${pounds(c.costPerJobOutcome!)}`,
    `worth about ${pounds(Math.round(c.breakEvenValuePerJobOutcome! / 10) * 10)}`,
    `returns £${c.benefitCostRatio!.toFixed(2)} in cashable savings`,
  ])
    expect([quoted, model.includes(quoted)]).toEqual([quoted, true]);
  const readme = read('README.md');
  expect(readme).toContain(
    `£${c.benefitCostRatio!.toFixed(2)} in cashable savings; a person into work would need to be worth ${pounds(c.breakEvenValuePerJobOutcome!)}`,
  );
});
