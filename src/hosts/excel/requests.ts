/**
 * Sending queued actions: packed into as few requests as fit under the payload limit (usually one), with
 * calculation suspended for each request (ExcelApi 1.6). One sync per request, never one per action.
 */
import { ACTION_OVERHEAD_BYTES } from './payload';
import type { Action } from './action';
import { type Supports, excelApi } from './support';

/** Every action carries its argument plus the envelope of the few calls it queues. */
export const PER_ACTION = 3 * ACTION_OVERHEAD_BYTES;

export interface Sender {
  /** Estimated payload of each request sent. */
  requestBytes: number[];
  syncs: number;
  readonly limit: number;
  send(actions: Action[], onAction?: (a: Action) => void): Promise<void>;
}

export function createSender(context: Excel.RequestContext, supports: Supports, limit: number): Sender {
  const sender: Sender = {
    requestBytes: [],
    syncs: 0,
    limit,
    async send(actions, onAction) {
      if (!actions.length) return;
      let bytes = 0;
      let queued = 0;
      const begin = () => {
        bytes = 0;
        queued = 0;
        if (excelApi(supports, '1.6')) {
          context.workbook.application.suspendApiCalculationUntilNextSync();
          bytes += PER_ACTION;
        }
      };
      const sync = async () => {
        sender.requestBytes.push(bytes);
        sender.syncs++;
        await context.sync();
      };
      begin();
      for (const a of actions) {
        const cost = a.bytes + PER_ACTION;
        if (queued > 0 && bytes + cost > limit) {
          await sync();
          begin();
        }
        // A request fails as a whole but Excel says only which call failed: the trace before each action names
        // ours (OfficeExtension.Error.traceMessages holds the traces run before the error), so the message can
        // say which sheet and cells could not be written.
        context.trace(a.label);
        a.run();
        bytes += cost;
        queued++;
        onAction?.(a);
      }
      await sync();
    },
  };
  return sender;
}
