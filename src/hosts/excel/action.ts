// What a sheet's queued work is made of, apart from the code that makes it, so the sheet and print
// actions both use these shapes without importing each other.
import type { Supports } from './support';

export interface Action {
  label: string;
  /** Estimated JSON bytes of the action's arguments. */
  bytes: number;
  run(): void;
}

export interface SheetContext {
  sheet: () => Excel.Worksheet;
  /** Rewrites a blueprint formula for the names the sheets really got. */
  formula: (f: string) => string;
  supports: Supports;
  /** Largest single grid assignment. */
  maxGridBytes: number;
}
