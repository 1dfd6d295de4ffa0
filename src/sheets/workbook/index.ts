// The workbook assembly: every sheet kind in its order, and where each figure sits.
export { WORKBOOK_TITLE, buildWorkbook, buildWorkbookIndexed } from './workbook';
export type { WorkbookInput } from './input';
export type { WorkbookIndex } from './cellIndex';
export { FOLLOWING_PARTS } from './parts';
export type { PartContext, SheetPart } from './parts';
