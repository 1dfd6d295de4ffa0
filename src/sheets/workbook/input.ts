// What a workbook is built from, apart from the assembly, so the sheet parts and the assembly share it.
import type { Area, AreasOrigin } from '../../model/areas';
import type { Assumptions } from '../../model/assumptions';
import type { ActualsRow } from '../../model/carryActuals';
import type { EconomicInputs } from '../../model/economics';
import type { Actual } from '../../model/monitoring';
import type { Scenario } from '../../model/scenarios';

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
  /** Add the Economic case sheet, following this scenario (the first by default), at these inputs (defaults absent). */
  economics?: { scenario?: number; inputs?: EconomicInputs };
}
