export * from './blueprint';
export * from './cellIndex';
export { buildWorkbook, buildWorkbookIndexed, WORKBOOK_TITLE } from './workbook';
export type { WorkbookInput } from './workbook';
export { INPUTS_SHEET, AREAS_TABLE, ROUNDING_NAME } from './inputsSheet';
export { SUMMARY_SHEET } from './summarySheet';
export { NOTES_SHEET } from './notesSheet';
export { SENSITIVITY_SHEET } from './sensitivitySheet';
export type { SensitivitySheetIndex } from './sensitivitySheet';
