/**
 * Every failure point of a replace with the real blueprint (src/sheets): about 870 trials, each a write
 * into a copy of the workbook, so it has a file of its own (jest runs it beside the others). One or two
 * boards: the number of actions depends on the sheets, hardly on the rows, and the trials stay cheap.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets';
import { describeFailurePoints } from './failurePoints';

const real = (boards: number) =>
  buildWorkbook({
    areas: scotlandBoards().slice(0, boards),
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, [0.25]),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
  });

describeFailurePoints('real plan, one board replaced by two', real(1), real(2));
