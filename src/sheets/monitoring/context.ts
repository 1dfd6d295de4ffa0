import type { Actual } from '../../model/monitoring';
import type { ScenarioSheetIndex } from '../scenario';
import type { SheetDraft } from '../shared/draft';
import type { MonitoringLayout } from './layout';

/** What every part of the Monitoring sheet needs: the scenario it follows, its areas and years, the actuals. */
export interface MonitoringContext {
  d: SheetDraft;
  scenario: ScenarioSheetIndex;
  /** Area names as the plan holds them, in its order. */
  areas: readonly string[];
  labels: readonly string[];
  /** Actuals by actualKey(area, year). */
  actuals: ReadonlyMap<string, Actual>;
  layout: MonitoringLayout;
}
