/** The Office.js host: the only code in the project that touches Excel.* and Office.*. */
export { writeBlueprint } from './writer';
export type { WriteOptions, WriteResult, WrittenSheet } from './writer';
export type { Difference, Verification } from './verifyPlan';
export { headlineChecks } from './headlines';
export type { HeadlineCheck, HeadlineChecks } from './headlines';
export { listPlanSheets, deletePlanSheet } from './planSheets';
export type { PlanSheet } from './planSheets';
export { readActualsFromSelection, readAreasFromSelection, readAreasFromTable, listTables } from './reader';
export type { ReadOptions, TableListing } from './reader';
export { officeSupports } from './support';
export type { Supports } from './support';
export { a1ToR1C1, r1c1ToA1 } from './formulaRefs';
export { changedPlanCells, PlanEditedError, describeChanges } from './editCheck';
export type { ChangedSheet } from './editCheck';
export { readActuals } from './actualsReader';
export { describeExcel } from './about';
export type { ExcelAbout, RequirementSetUse } from './about';
