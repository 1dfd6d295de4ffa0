/**
 * Before a plan is replaced, the actuals typed into its Monitoring sheet are read back so the pane can carry
 * them into the new plan (src/model/carryActuals.ts): the IPS_Actuals table's rows and the block of rows
 * kept below it from an earlier plan. Nothing is written. Two requests: does the table exist, then its
 * values and the rows below it. Tables are ExcelApi 1.1; getItemOrNullObject 1.4 (the manifest asks 1.7).
 */
import type { ActualsRow } from '../../model/carryActuals';
import { readActualsTable, readKeptBlock } from '../../sheets/monitoring';
import { ACTUALS_TABLE } from '../../sheets/monitoring';

/** Every row of the workbook's IPS_Actuals table and its kept block; null when there is no such table. */
export async function readActuals(context: Excel.RequestContext): Promise<ActualsRow[] | null> {
  const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE).load('name');
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getRange().load('values,rowIndex,rowCount,columnIndex');
  const used = table.worksheet.getUsedRangeOrNullObject(true).load('values,rowIndex,rowCount,columnIndex');
  await context.sync();
  const rows = readActualsTable(range.values);
  if (used.isNullObject) return rows;
  // The used range's rows after the table, from the table's first column.
  const skip = range.rowIndex + range.rowCount - used.rowIndex;
  const offset = range.columnIndex - used.columnIndex;
  const below = used.values.slice(Math.max(0, skip)).map((row) => row.slice(Math.max(0, offset)));
  return [...rows, ...readKeptBlock(below)];
}
