import type { Area, AreaWords } from '../../model/areas';
import type { Assumptions } from '../../model/assumptions';
import type { Scenario } from '../../model/scenarios';
import { cellAddress } from '../shared/blueprint';
import type { AssumptionCellKey, CellPos } from '../shared/cells';
import type { DerivedKey } from './cellIndex';
import type { InputsSheetIndex } from '../inputs';
import type { FormulaPool } from '../shared/compact';
import type { SheetDraft } from '../shared/draft';
import { INPUTS_SHEET } from '../inputs';
import type { ScenarioLayout, TableRows } from './layout';

/** What every part of a scenario sheet needs: the scenario, the layout, and the cells it refers to. */
export interface ScenarioContext {
  d: SheetDraft;
  scenario: Scenario;
  base: Assumptions;
  areas: readonly Area[];
  inputs: InputsSheetIndex;
  layout: ScenarioLayout;
  labels: string[];
  /** What the data calls an area ("health board"), for headers and captions. */
  words: AreaWords;
  /** One shared cell per distinct formula, made as the rows are (a plan's largest blocks are these rows). */
  formulas: FormulaPool;
  /** The scenario's assumption and derived cells, absolute ("$G$40"), filled in by the assumptions part. */
  assumptions: Record<AssumptionCellKey, CellPos>;
  derived: Record<DerivedKey, CellPos>;
}

export function abs(pos: CellPos): string {
  return cellAddress(pos.row, pos.col, true);
}

/** A1 range of `count` cells down from `row` in `col`. */
export function rangeOf(row: number, count: number, col: number, absolute: boolean): string {
  return `${cellAddress(row, col, absolute)}:${cellAddress(row + count - 1, col, absolute)}`;
}

/** A1 range of a table's body in `col`, from its first row to its last (over repeated headings, if any). */
export function bodyRange(table: TableRows, col: number, absolute: boolean): string {
  return `${cellAddress(table.first, col, absolute)}:${cellAddress(table.last, col, absolute)}`;
}

/** Inputs!C5 for area i's column on the Inputs sheet. */
export function inputsCell(ctx: ScenarioContext, key: keyof InputsSheetIndex['areas']['columns'], i: number): string {
  const { areas } = ctx.inputs;
  return `${INPUTS_SHEET}!${cellAddress(areas.firstRow + i, areas.columns[key])}`;
}

export const A = (ctx: ScenarioContext, key: AssumptionCellKey) => abs(ctx.assumptions[key]);
export const D = (ctx: ScenarioContext, key: DerivedKey) => abs(ctx.derived[key]);
