// A scenario sheet: its title, headline, assumptions, board table and rollout, as live formulas.
export { SCENARIO_COVERAGE_CELL, buildScenarioSheet } from './scenarioSheet';
export type { ScenarioSheetInput } from './scenarioSheet';
export { percentText, poundsText } from './title';
export * from './cellIndex';
