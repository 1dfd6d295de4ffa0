/**
 * The sheets that follow the scenario sheets, in order: each built from the workbook's input when asked for,
 * tied to the scenario sheet it follows. A new sheet kind of this sort is one folder and one entry here.
 */
import { DEFAULT_ECONOMIC_INPUTS } from '../../model/economics';
import { sensitivity } from '../../model/sensitivity';
import { yearLabels } from '../../model/years';
import { buildEconomicSheet } from '../economics';
import type { InputsSheetIndex } from '../inputs';
import { buildMonitoringSheet } from '../monitoring';
import type { ScenarioSheetIndex } from '../scenario';
import { buildSensitivitySheet, economicRowsFor } from '../sensitivity';
import type { DefinedName, SheetBlueprint } from '../shared/blueprint';
import type { WorkbookIndex } from './cellIndex';
import type { WorkbookInput } from './input';

export interface PartContext {
  input: WorkbookInput;
  inputs: InputsSheetIndex;
  scenarioSheets: readonly { index: ScenarioSheetIndex }[];
  heading: string;
  title: string;
}

type PartKey = 'sensitivity' | 'monitoring' | 'economics';

export interface SheetPart<K extends PartKey = PartKey> {
  /** Where the part's cell index goes in the WorkbookIndex. */
  key: K;
  /** The sheet, its index, and the workbook-scope names it defines (if any). */
  build(
    ctx: PartContext,
  ): { sheet: SheetBlueprint; index: NonNullable<WorkbookIndex[K]>; names?: DefinedName[] } | null;
}

/** The Sensitivity sheet, following the chosen scenario (the first by default); null when not asked. */
const sensitivityPart: SheetPart<'sensitivity'> = {
  key: 'sensitivity',
  build({ input, inputs, scenarioSheets, heading, title }) {
    if (!input.sensitivity) return null;
    const followed = Math.min(input.sensitivity.scenario ?? 0, input.scenarios.length - 1);
    const rows = sensitivity(input.areas, input.scenarios[followed].assumptions);
    const npv = economicRowsFor(input.areas, input.scenarios, input.economics, followed);
    return buildSensitivitySheet(scenarioSheets[followed].index, inputs, rows, heading, title, npv);
  },
};

/** The Monitoring sheet, tied to its chosen scenario sheet; null when not asked. */
const monitoringPart: SheetPart<'monitoring'> = {
  key: 'monitoring',
  build({ input, scenarioSheets, heading, title }) {
    if (!input.monitoring) return null;
    const chosen = input.monitoring.scenario ?? 0;
    if (!Number.isInteger(chosen) || chosen < 0 || chosen >= scenarioSheets.length)
      throw new Error(`Monitoring: there is no scenario ${chosen + 1} (the workbook has ${scenarioSheets.length})`);
    const { firstYearLabel, years } = input.scenarios[chosen].assumptions;
    return buildMonitoringSheet({
      scenario: scenarioSheets[chosen].index,
      areas: input.areas.map((a) => a.name),
      labels: yearLabels(firstYearLabel, years),
      actuals: input.monitoring.actuals,
      kept: input.monitoring.kept,
      heading,
      title,
    });
  },
};

/** The Economic case sheet, following the chosen scenario (the first by default); null when not asked. */
const economicsPart: SheetPart<'economics'> = {
  key: 'economics',
  build({ input, scenarioSheets, heading, title }) {
    if (!input.economics) return null;
    const followed = input.economics.scenario ?? 0;
    if (!Number.isInteger(followed) || followed < 0 || followed >= scenarioSheets.length)
      throw new Error(
        `Economic case: there is no scenario ${followed + 1} (the workbook has ${scenarioSheets.length})`,
      );
    const scenario = input.scenarios[followed];
    // The basis the model's economic case counts: a staff budget's scenario is costed as staff.
    const basis = scenario.budget?.basis === 'staff' ? 'staff' : 'engagement';
    return buildEconomicSheet(
      { index: scenarioSheets[followed].index, basis, firstYearLabel: scenario.assumptions.firstYearLabel },
      input.economics.inputs ?? DEFAULT_ECONOMIC_INPUTS,
      heading,
      title,
    );
  },
};

export const FOLLOWING_PARTS: readonly SheetPart[] = [sensitivityPart, economicsPart, monitoringPart];
