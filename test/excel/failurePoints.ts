/**
 * A failed write never loses work: after a failure at any point of a write that replaces an earlier plan,
 * the workbook holds the earlier plan exactly or the complete new plan, and the message says which.
 * Every action of every request is tried (the fake applies a request's actions up to the failing one, as
 * Excel does), plus a "lost response" per request: every action applied, yet the sync throws.
 */
import { writeBlueprint } from '../../src/hosts/excel';
import type { WorkbookBlueprint } from '../../src/sheets/shared/blueprint';
import { type WorkbookState, createFakeExcel } from '../fake-excel';

type Outcome = 'old' | 'new' | 'neither';

/** The whole failure-point suite for one replace (oldBp written, then newBp over it). */
export function describeFailurePoints(name: string, oldBp: WorkbookBlueprint, newBp: WorkbookBlueprint): void {
  describe(`a failed replace never loses work: ${name}`, () => {
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
      expect(counts.length).toBe(4); // read, check for edits, write, remove the old plan
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
    }, 600_000);
  });
}
