/**
 * Shares one `{ formula }` object between cells whose formulas read the same. The scenario sheets of a
 * workbook are laid out alike and their formulas point into their own sheet, so a cell mostly reads the
 * same as the cell at the same place of the first scenario sheet: each new cell is compared with that one
 * as it is made (no hashing of a million strings) and, when equal, the first sheet's object is used and
 * the new string goes at once. 10,000 areas × 3 scenarios hold a million formula cells, a third as many
 * distinct: sharing cuts the blueprint from some 400 MB to some 80 MB (bench/scaleChild.ts measures the
 * command line). Nothing changes a blueprint's cells once built, so the shared objects are safe.
 */
export class FormulaPool {
  /** The first sheet's formula cells by place (row × 2^14 + column: Excel has 16,384 columns). */
  private readonly first = new Map<number, { formula: string }>();
  private done = false;

  /** The cell for `formula` at (row, col) of the sheet being built. */
  cell(formula: string, row: number, col: number): { formula: string } {
    const at = row * 16384 + col;
    const same = this.done ? this.first.get(at) : undefined;
    if (same && same.formula === formula) return same;
    // A formula is a string built from many parts; reading a character makes V8 flatten it into one
    // piece, so the parts can go (the blueprint of 10,000 areas then peaks at some 290 MB, not 400).
    formula.charCodeAt(0);
    const cell = { formula };
    if (!this.done) this.first.set(at, cell);
    return cell;
  }

  /** Passes a built sheet through: the first one's cells are those later sheets are compared with. */
  built<T>(sheet: T): T {
    this.done = true;
    return sheet;
  }
}
