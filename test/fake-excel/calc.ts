/**
 * The fake's calculation: what Excel's `range.values` returns for a formula is the value Excel computed,
 * so the fake hands every formula it holds to a real engine (HyperFormula, set up as the sheet tests set it:
 * test/support/formulaEngine.ts) and reads the results. The engine is built from the whole workbook when a
 * read needs it and kept until the workbook changes (each applied action bumps the core's revision).
 */
import type { HyperFormula } from 'hyperformula';
import { excelValue, newFormulaEngine, textContent } from '../support/formulaEngine';
import { type CellState, type WorkbookState, formulaA1, keyRowCol } from './state';

type Content = string | number | boolean | null;

function contentOf(cell: CellState, row: number, col: number): Content {
  const formula = formulaA1(cell, row, col);
  if (formula !== undefined) return formula;
  if (cell.error !== undefined) return cell.error;
  if (typeof cell.value === 'string') return textContent(cell.value);
  return cell.value ?? null;
}

export class FakeCalculation {
  private engine: HyperFormula | null = null;
  private revision = -1;

  constructor(private readonly state: WorkbookState) {}

  /** The computed value of a formula cell, as Excel's `values` reads it. */
  value(sheetId: string, row: number, col: number, revision: number): string | number | boolean {
    const engine = this.at(revision);
    const sheet = this.state.sheets.find((s) => s.id === sheetId);
    const id = sheet && engine.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`fake calculation: no sheet ${sheetId}`);
    return excelValue(engine.getCellValue({ sheet: id, row, col }));
  }

  private at(revision: number): HyperFormula {
    if (this.engine && this.revision === revision) return this.engine;
    this.engine?.destroy();
    this.engine = build(this.state);
    this.revision = revision;
    return this.engine;
  }
}

function build(state: WorkbookState): HyperFormula {
  const sheets: Record<string, Content[][]> = {};
  for (const s of state.sheets) {
    const rows: Content[][] = [];
    for (const [key, cell] of s.cells) {
      const [row, col] = keyRowCol(key);
      const content = contentOf(cell, row, col);
      if (content === null) continue;
      const line = (rows[row] ??= []);
      line[col] = content;
    }
    // Dense rows, as the engine takes them (holes read as empty cells).
    sheets[s.name] = Array.from(rows, (line) => Array.from(line ?? [], (v) => v ?? null));
  }
  // A name Excel keeps but cannot evaluate (its sheet deleted: "=#REF!") is left out: formulas that use it
  // give an error either way.
  const names = state.names
    .filter((n) => !n.formula.includes('#REF!'))
    .map((n) => ({ name: n.name, expression: n.formula }));
  return newFormulaEngine(sheets, names);
}
