/**
 * Where things are in the Inputs sheet, so tests (and writers, charts, the task pane) can find a
 * figure without knowing the layout. Rows and columns are 0-based, as in the blueprint.
 */
import type { AssumptionCellKey, CellPos } from '../shared/cells';

export type AreaColumn = 'name' | 'code' | 'smiContacts' | 'population' | 'existingEs' | 'phase';

export interface InputsSheetIndex {
  sheet: string;
  areas: { headerRow: number; firstRow: number; count: number; columns: Record<AreaColumn, number> };
  /** Base assumption value cells, each with a defined name (ASSUMPTION_INFO[].name, IPS_Rounding). */
  assumptions: Record<AssumptionCellKey, CellPos>;
}
