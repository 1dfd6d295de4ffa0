/**
 * Every failure point of a replace with the real blueprint (src/sheets): about 1,300 trials, each a write
 * into a copy of the workbook, so it has a file of its own (jest runs it beside the others).
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import { buildWorkbook } from '../../src/sheets';
import { describeFailurePoints } from './failurePoints';

const real = (coverages: number[]) =>
  buildWorkbook({
    // Three boards: the number of actions depends on the sheets, hardly on the rows.
    areas: scotlandBoards().slice(0, 3),
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, coverages),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
  });

describeFailurePoints('real plan, one scenario replaced by two', real([0.25]), real([0.25, 0.5]));
