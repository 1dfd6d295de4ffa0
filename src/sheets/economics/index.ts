// The Economic case sheet: what the followed scenario costs and returns over the appraisal years, discounted.
export { buildEconomicSheet } from './economicSheet';
export type { EconomicSheet } from './economicSheet';
export { ECONOMIC_SHEET, MAX_APPRAISAL_YEARS } from './layout';
export { RESULT_NAMES } from './results';
export type { FollowedScenario } from './yearTable';
export * from './cellIndex';
