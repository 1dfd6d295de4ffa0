// The Summary sheet: the scenarios side by side, with the charts.
export { SUMMARY_SHEET, buildSummarySheet } from './summarySheet';
export * from './cellIndex';
