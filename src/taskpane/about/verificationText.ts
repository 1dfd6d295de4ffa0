/**
 * What the pane says about a write's read-back: Excel agreeing leaves the write a success; a difference, or a
 * read-back that could not be made, turns it into an error, never a footnote.
 */
import type { WriteVerification } from '../host/host';

export interface VerificationNotice {
  intent: 'success' | 'error';
  title: string;
  body?: string;
}

export function verificationNotice(
  title: string,
  body: string,
  verification: WriteVerification | undefined,
): VerificationNotice {
  if (!verification) return { intent: 'success', title, body };
  // Agreeing is said once, by the report under the notice.
  if (verification.status === 'agrees') return { intent: 'success', title, body };
  const what =
    verification.status === 'differs' ? 'Excel does not agree with the planner' : 'Excel could not check the plan';
  return { intent: 'error', title: `${title}, but ${what}`, body: verification.summary };
}

/** A value as Excel shows it, for the list of differences. */
export function excelText(v: unknown): string {
  if (v === '' || v === null || v === undefined) return 'an empty cell';
  return typeof v === 'number' ? String(Number(v.toPrecision(12))) : String(v);
}

/** The line a support email gets for the last write's read-back. */
export function verificationLines(v: WriteVerification | null): string[] {
  if (!v) return ['Last write: not checked (nothing written since the pane opened).'];
  return [
    `Last write: ${v.summary}`,
    ...v.differences.map((d) => `  ${d.cell} (${d.label}): Excel ${excelText(d.excel)}, planner ${d.planner}`),
  ];
}
