// The Monitoring sheet: the IPS_Actuals table against the plan, and the KPIs.
export { ACTUALS_TABLE, MONITORING_SHEET, buildMonitoringSheet } from './monitoringSheet';
export type { MonitoringSheetIndex, MonitoringSheetInput } from './monitoringSheet';
export type { ActualColumn } from './layout';
export { carriedCells, readActualsTable, readKeptBlock } from './readBack';
