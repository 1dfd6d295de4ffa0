import { Area, AreasOrigin, PLANNERS_AREAS } from '../model/areas';
import { Assumptions } from '../model/assumptions';
import type { ActualsRow } from '../model/carryActuals';
import type { Actual } from '../model/monitoring';
import { Scenario, planScenarios } from '../model/scenarios';
import { PlanInputError, assumptionProblems } from '../model/validate';
import { WorkbookBlueprint } from './blueprint';
import { WorkbookIndex } from './cellIndex';
import { FormulaPool } from './compact';
import { uniqueSheetNames } from './draft';
import { buildInputsSheet } from './inputsSheet';
import { monitoringPart } from './monitoringPart';
import { buildNotesSheet } from './notesSheet';
import { buildScenarioSheet } from './scenarioSheet';
import { buildSensitivitySheet } from './sensitivitySheet';
import { sensitivity } from '../model/sensitivity';
import { buildSummarySheet } from './summarySheet';

export interface WorkbookInput {
  areas: Area[];
  base: Assumptions;
  scenarios: Scenario[];
  generated: Date;
  version: string;
  /** The built-in data set the areas come from (its title, area words, sources); absent: the planner's own. */
  dataSet?: AreasOrigin;
  /** Add the Sensitivity sheet, following this scenario (an index into scenarios; the first by default). */
  sensitivity?: { scenario?: number };
  /**
   * A Monitoring sheet tied to scenario `scenario` (0-based; the first by default), prefilled with
   * `actuals`; `kept` rows (carried over, matching no area or year) go in a labelled block below the table.
   */
  monitoring?: { scenario?: number; actuals?: Actual[]; kept?: ActualsRow[] };
}

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
      }),
    ),
  );
  const summary = buildSummarySheet(
    scenarioSheets.map((s) => s.index),
    heading,
    WORKBOOK_TITLE,
    origin.words,
  );
  const monitoring = monitoringPart(input, scenarioSheets, heading, WORKBOOK_TITLE);
  const notes = buildNotesSheet(plans, origin, date, version, heading, WORKBOOK_TITLE);
  const followed = input.sensitivity ? Math.min(input.sensitivity.scenario ?? 0, scenarios.length - 1) : -1;
  const sens =
    followed >= 0
      ? buildSensitivitySheet(
          scenarioSheets[followed].index,
          inputs.index,
          sensitivity(areas, scenarios[followed].assumptions),
          heading,
          WORKBOOK_TITLE,
        )
      : null;

  return {
    blueprint: {
      sheets: [
        summary.sheet,
        inputs.sheet,
        ...scenarioSheets.map((s) => s.sheet),
        ...(sens ? [sens.sheet] : []),
        ...(monitoring ? [monitoring.sheet] : []),
        notes,
      ],
      names: inputs.names,
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
      ...(sens ? { sensitivity: sens.index } : {}),
      ...(monitoring ? { monitoring: monitoring.index } : {}),
    },
  };
}
