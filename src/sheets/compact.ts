import type { SheetBlueprint } from './blueprint';

/**
 * Shares one `{ formula }` object between the cells whose formulas read the same, in place, as each
 * sheet is built. The scenario sheets' formulas read alike (they point into their own sheet), so a plan
 * of 10,000 areas × 3 scenarios has a million formula cells but a third as many distinct formulas:
 * sharing them cuts the blueprint from some 400 MB to some 80 MB (bench/scaleChild.ts measures the
 * command line). Nothing changes a blueprint's cells once built, so the shared objects are safe.
 */
export class FormulaPool {
  private readonly seen = new Map<string, { formula: string }>();

  /** The cell for this formula: the one made before for the same text, or a new one. */
  cell(formula: string): { formula: string } {
    let cell = this.seen.get(formula);
    if (!cell) this.seen.set(formula, (cell = { formula }));
    return cell;
  }

  share<T extends { sheet: SheetBlueprint }>(built: T): T {
    for (const block of built.sheet.blocks) this.shareBlock(block.cells);
    return built;
  }

  private shareBlock(cells: SheetBlueprint['blocks'][number]['cells']): void {
    for (const row of cells) {
      for (let j = 0; j < row.length; j++) {
        const cell = row[j];
        if (cell === null || typeof cell !== 'object') continue;
        const shared = this.seen.get(cell.formula);
        if (shared) row[j] = shared;
        else this.seen.set(cell.formula, cell);
      }
    }
  }
}
