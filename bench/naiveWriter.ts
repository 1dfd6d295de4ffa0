/**
 * The yardstick for the benchmark, not product code: how an add-in writes a blueprint when it
 * syncs after every row of every block (the pattern Microsoft's guidance warns against).
 * Values and formulas only; formats, names and charts would add more syncs still.
 */
/* eslint-disable office-addins/no-context-sync-in-loop -- syncing in a loop is what this yardstick measures */
import { type Cell, isFormula, type WorkbookBlueprint } from '../src/sheets/shared/blueprint';

const asEntry = (cell: Cell) => (isFormula(cell) ? cell.formula : typeof cell === 'string' ? `'${cell}` : (cell ?? ''));

export async function naiveWrite(context: Excel.RequestContext, blueprint: WorkbookBlueprint): Promise<void> {
  for (const spec of blueprint.sheets) {
    const sheet = context.workbook.worksheets.add(spec.name);
    await context.sync();
    for (const block of spec.blocks) {
      for (let r = 0; r < block.cells.length; r++) {
        const row = block.cells[r];
        if (!row.length) continue;
        sheet.getRangeByIndexes(block.row + r, block.col, 1, row.length).formulas = [row.map(asEntry)];
        await context.sync();
      }
    }
  }
}
