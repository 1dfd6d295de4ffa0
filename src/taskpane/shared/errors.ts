import { PlanInputError } from '../../model/validate';

/** Any error in plain words, with where it happened when Excel says so. Never an empty string. */
export function describeError(err: unknown): string {
  if (err instanceof PlanInputError) return err.problems.join('; ');
  if (err && typeof err === 'object') {
    const e = err as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } };
    const message = typeof e.message === 'string' && e.message ? e.message : String(err);
    // OfficeExtension.Error: say which Excel call failed, it is what a support person needs.
    const location = e.debugInfo && typeof e.debugInfo.errorLocation === 'string' ? e.debugInfo.errorLocation : '';
    const code = typeof e.code === 'string' && e.code && !message.includes(e.code) ? e.code : '';
    const detail = [code, location && `at ${location}`].filter(Boolean).join(' ');
    return detail ? `${message} (Excel: ${detail})` : message;
  }
  return String(err ?? 'Unknown error');
}
