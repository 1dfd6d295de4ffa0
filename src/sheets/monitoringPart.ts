import { yearLabels } from '../model/years';
import type { ScenarioSheetIndex } from './cellIndex';
import type { SheetBlueprint } from './blueprint';
import { type MonitoringSheetIndex, buildMonitoringSheet } from './monitoringSheet';
import type { WorkbookInput } from './workbook';

/** The Monitoring sheet a workbook input asks for, tied to its chosen scenario sheet; null when not asked. */
export function monitoringPart(
  input: WorkbookInput,
  scenarioSheets: readonly { index: ScenarioSheetIndex }[],
  heading: string,
  title: string,
): { sheet: SheetBlueprint; index: MonitoringSheetIndex } | null {
  if (!input.monitoring) return null;
  const chosen = input.monitoring.scenario ?? 0;
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= scenarioSheets.length)
    throw new Error(`Monitoring: there is no scenario ${chosen + 1} (the workbook has ${scenarioSheets.length})`);
  const scenario = input.scenarios[chosen];
  const { firstYearLabel, years } = scenario.assumptions;
  return buildMonitoringSheet({
    scenario: scenarioSheets[chosen].index,
    areas: input.areas.map((a) => a.name),
    labels: yearLabels(firstYearLabel, years),
    actuals: input.monitoring.actuals,
    kept: input.monitoring.kept,
    heading,
    title,
  });
}
