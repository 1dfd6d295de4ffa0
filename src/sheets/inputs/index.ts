// The Inputs sheet: the areas table and the base assumptions as named input cells.
export {
  AREAS_TABLE,
  INPUTS_SHEET,
  ROUNDING_NAME,
  UNIT_LABEL,
  buildInputsSheet,
  inputsCell,
  unitFormat,
} from './inputsSheet';
export type { InputsSheet } from './inputsSheet';
export * from './cellIndex';
