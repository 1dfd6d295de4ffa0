import { PLANNERS_AREAS } from '../../model/areas';
import { planScenarios } from '../../model/scenarios';
import { PlanInputError, assumptionProblems } from '../../model/validate';
import { WorkbookBlueprint } from '../shared/blueprint';
import { WorkbookIndex } from './cellIndex';
import { FormulaPool } from '../shared/compact';
import { uniqueSheetNames } from '../shared/draft';
import { buildInputsSheet } from '../inputs';
import { buildNotesSheet } from '../notes';
import { buildScenarioSheet } from '../scenario';
import { buildSummarySheet } from '../summary';
import type { WorkbookInput } from './input';
import { FOLLOWING_PARTS } from './parts';

export type { WorkbookInput } from './input';

export const WORKBOOK_TITLE = 'IPS employment specialist plan';

/** The scenario workbook as a host-neutral blueprint. Throws PlanInputError on bad areas or assumptions. */
export function buildWorkbook(input: WorkbookInput): WorkbookBlueprint {
  return buildWorkbookIndexed(input).blueprint;
}

/** The blueprint and where every figure sits in it (for tests, charts and the task pane). */
export function buildWorkbookIndexed(input: WorkbookInput): { blueprint: WorkbookBlueprint; index: WorkbookIndex } {
  const { areas, base, scenarios, generated, version } = input;
  if (!areas.length) throw new Error('A workbook needs at least one area');
  if (!scenarios.length) throw new Error('A workbook needs at least one scenario');
  // The base assumptions the Inputs sheet shows must be plannable too (areas are checked with each scenario).
  const baseProblems = assumptionProblems(base);
  if (baseProblems.length) throw new PlanInputError(baseProblems);
  const plans = planScenarios(areas, scenarios); // validates every scenario, and gives the notes their warnings
  const date = generated.toISOString().slice(0, 10);
  const heading = `Generated ${date} by IPS planner ${version}`;
  const origin = input.dataSet ?? PLANNERS_AREAS;

  const pool = new FormulaPool();
  const inputs = buildInputsSheet(areas, base, heading, WORKBOOK_TITLE, origin.words);
  const names = uniqueSheetNames(scenarios.map((s) => s.name));
  const scenarioSheets = scenarios.map((scenario, i) =>
    pool.built(
      buildScenarioSheet({
        sheetName: names[i],
        scenario,
        base,
        areas,
        inputs: inputs.index,
        heading,
        title: WORKBOOK_TITLE,
        words: origin.words,
        formulas: pool,
        plan: plans[i].plan,
      }),
    ),
  );
  const summary = buildSummarySheet(
    scenarioSheets.map((s) => s.index),
    heading,
    WORKBOOK_TITLE,
    origin.words,
    plans.map((p) => p.plan),
  );
  const notes = buildNotesSheet(plans, origin, date, version, heading, WORKBOOK_TITLE, !!input.economics);
  const context = { input, inputs: inputs.index, scenarioSheets, heading, title: WORKBOOK_TITLE };
  const following = FOLLOWING_PARTS.flatMap((part) => {
    const built = part.build(context);
    return built ? [{ key: part.key, ...built }] : [];
  });

  return {
    blueprint: {
      sheets: [
        summary.sheet,
        inputs.sheet,
        ...scenarioSheets.map((s) => s.sheet),
        ...following.map((p) => p.sheet),
        notes,
      ],
      names: [...inputs.names, ...following.flatMap((p) => p.names ?? [])],
      properties: {
        title: WORKBOOK_TITLE,
        author: `IPS planner ${version}`,
        version,
        generated: generated.toISOString(),
      },
    },
    index: {
      inputs: inputs.index,
      scenarios: scenarioSheets.map((s) => s.index),
      summary: summary.index,
      notes: { sheet: notes.name },
      ...Object.fromEntries(following.map((p) => [p.key, p.index])),
    },
  };
}
