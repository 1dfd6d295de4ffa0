/**
 * Requirement-set detection, injectable so tests decide what the host supports. The manifest asks for
 * ExcelApi 1.7; newer APIs are used only when the host has them:
 *   1.6 application.suspendApiCalculationUntilNextSync · 1.7 tabColor, chart series add/setXAxisValues
 *   1.8 dataValidation · 1.9 pageLayout · 1.13 Range.getMergedAreasOrNullObject
 */
export type Supports = (set: string, version: string) => boolean;

/** Office.context.requirements.isSetSupported, or "no" when office.js is not there (tests, standalone). */
export const officeSupports: Supports = (set, version) =>
  typeof Office !== 'undefined' &&
  !!Office.context?.requirements &&
  Office.context.requirements.isSetSupported(set, version);

export const excelApi = (supports: Supports, version: string): boolean => supports('ExcelApi', version);
