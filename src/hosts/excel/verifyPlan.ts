/**
 * The read-back of a written plan from the input it was built from: where its headline cells are (the
 * WorkbookIndex of the same input: the blueprint builder is deterministic) and what the model says they hold.
 */
import { buildWorkbookIndexed } from '../../sheets/workbook/workbook';
import type { WorkbookInput } from '../../sheets/workbook/input';
import { headlineChecks } from './headlines';
import { type Verification, verifyWrite } from './verify';

export type { Difference, Verification } from './verify';

export function verifyPlan(
  context: Excel.RequestContext,
  input: WorkbookInput,
  sheetNames: ReadonlyMap<string, string>,
): Promise<Verification> {
  const { index } = buildWorkbookIndexed(input);
  return verifyWrite(context, headlineChecks(index, input), sheetNames);
}
