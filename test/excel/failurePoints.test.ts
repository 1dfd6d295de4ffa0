/**
 * A failed write never loses work: after a failure at any point of a write that replaces an earlier plan,
 * the workbook holds the earlier plan exactly or the complete new plan, and the message says which.
 * Every action of every request is tried (the fake applies a request's actions up to the failing one, as
 * Excel does), plus a "lost response" per request: every action applied, yet the sync throws.
 */
import { scotlandBoards } from '../../src/data/scotland2018';
import { writeBlueprint } from '../../src/hosts/excel';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/assumptions';
import { coverageScenarios } from '../../src/model/scenarios';
import type { WorkbookBlueprint } from '../../src/sheets/blueprint';
import { buildWorkbook } from '../../src/sheets';
import { type WorkbookState, createFakeExcel } from '../fake-excel';
import { makeBlueprint } from './fixtures';

type Outcome = 'old' | 'new' | 'neither';

const real = (coverages: number[]) =>
  buildWorkbook({
    areas: scotlandBoards().slice(0, 3), // fewer rows, the same actions per sheet: keeps ~900 trials quicker
    base: { ...DEFAULT_ASSUMPTIONS },
    scenarios: coverageScenarios(DEFAULT_ASSUMPTIONS, coverages),
    generated: new Date('2026-05-12T09:30:00Z'),
    version: '0.1.0',
  });

const cases: [string, WorkbookBlueprint, WorkbookBlueprint][] = [
  ['hand-made plan, 10 areas replaced by 12', makeBlueprint({ areas: 10 }), makeBlueprint({ areas: 12 })],
  ['real plan, 3 boards, one scenario replaced by two', real([0.25]), real([0.25, 0.5])],
];

describe.each(cases)('a failed replace never loses work: %s', (_name, oldBp, newBp) => {
  let oldPlan: WorkbookState | undefined;
  /** The workbook with the old plan: written once, then copied for each trial. */
  async function withOldPlan() {
    if (!oldPlan) {
      const first = createFakeExcel();
      await writeBlueprint(first.context, oldBp, { supports: first.supports });
      oldPlan = first.state;
    }
    return createFakeExcel({ copyOf: oldPlan });
  }

  async function cleanReplace() {
    const fake = await withOldPlan();
    await writeBlueprint(fake.context, newBp, { supports: fake.supports });
    return { snapshot: fake.snapshot(), counts: [...fake.requestActionCounts] };
  }

  async function failAt(sync: number, afterOperations: number, oldSnapshot: string, newSnapshot: string) {
    const fake = await withOldPlan();
    fake.injectFailure({ failAt: { sync, afterOperations } });
    let said: Outcome = 'new';
    let message = '';
    try {
      await writeBlueprint(fake.context, newBp, { supports: fake.supports });
    } catch (e) {
      message = (e as Error).message;
      said = /Nothing was changed/.test(message) ? 'old' : /new plan is complete/.test(message) ? 'new' : 'neither';
    }
    const now = fake.snapshot();
    const state: Outcome = now === oldSnapshot ? 'old' : now === newSnapshot ? 'new' : 'neither';
    return { state, said, message };
  }

  test('a failure after the old sheets were deleted, at the end of the last request, leaves a plan and says which', async () => {
    const oldSnapshot = (await withOldPlan()).snapshot();
    const { snapshot, counts } = await cleanReplace();
    const last = counts.length;
    const result = await failAt(last, counts[last - 1] - 1, oldSnapshot, snapshot);
    expect(result.state).not.toBe('neither');
    expect(result.said).toBe(result.state);
  });

  test('every action of every request, and a lost response of each request', async () => {
    const oldSnapshot = (await withOldPlan()).snapshot();
    const { snapshot, counts } = await cleanReplace();
    expect(counts.length).toBe(3); // read, write, remove the old plan
    const wrong: string[] = [];
    const seen = new Set<Outcome>();
    for (let sync = 1; sync <= counts.length; sync++) {
      // afterOperations = count: every action ran, then the response was lost.
      for (let k = 0; k <= counts[sync - 1]; k++) {
        const r = await failAt(sync, k, oldSnapshot, snapshot);
        seen.add(r.state);
        if (r.state === 'neither' || r.said !== r.state)
          wrong.push(
            `request ${sync}, after ${k} of ${counts[sync - 1]}: workbook ${r.state}, said ${r.said}: ${r.message}`,
          );
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(wrong).toHaveLength(0);
    // Both outcomes occur: a failure before the commit restores the old plan, one in it finishes the new.
    expect([...seen].sort()).toEqual(['new', 'old']);
  }, 300_000);
});
