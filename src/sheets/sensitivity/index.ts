// The Sensitivity sheet: each assumption at its low and high, re-planned live.
export { SENSITIVITY_SHEET, buildSensitivitySheet } from './sensitivitySheet';
export type { SensitivitySheetIndex } from './sensitivitySheet';
export { economicRowsFor } from './economicRows';
export type { NpvRowsIndex } from './npvRows';
