/**
 * Where things are in the workbook, so tests (and writers, charts, the task pane) can find a
 * figure without knowing the layout. Rows and columns are 0-based, as in the blueprint.
 */
import type { EconomicSheetIndex } from '../economics';
import type { InputsSheetIndex } from '../inputs';
import type { MonitoringSheetIndex } from '../monitoring';
import type { ScenarioSheetIndex } from '../scenario';
import type { SensitivitySheetIndex } from '../sensitivity';
import type { SummarySheetIndex } from '../summary';

export interface WorkbookIndex {
  inputs: InputsSheetIndex;
  scenarios: ScenarioSheetIndex[];
  summary: SummarySheetIndex;
  notes: { sheet: string };
  sensitivity?: SensitivitySheetIndex;
  /** Present when the workbook has a Monitoring sheet. */
  monitoring?: MonitoringSheetIndex;
  /** Present when the workbook has the Economic case sheet. */
  economics?: EconomicSheetIndex;
}
