/**
 * Data validation stops a bad figure being typed, not pasted. Where one gets in anyway, this cell, by
 * the headline, says in words which input to fix, so a reader is not left with #DIV/0! or #VALUE!.
 */
import type { AssumptionCellKey } from '../shared/cells';
import { A, ScenarioContext, bodyRange } from './context';
import { BOARD_COLS } from './layout';

const POSITIVE: [AssumptionCellKey, string][] = [
  ['caseload', 'clients per ES per year'],
  ['firstYearCaseload', 'clients per new ES in their first year'],
  ['esPerTeamLeader', 'ES per team leader'],
  ['teamLeadersPerManager', 'team leaders per service manager'],
];
const SHARES: [AssumptionCellKey, string][] = [
  ['coverage', 'coverage'],
  ['inWork', 'already in work'],
  ['interested', 'interested in work'],
];

export function inputCheckFormula(ctx: ScenarioContext): string {
  const n = ctx.areas.length;
  // COUNT skips the text of headings repeated over pages: it counts the areas' numbers only.
  const contacts = bodyRange(ctx.layout.boards, BOARD_COLS.smiContacts, true);
  const checks: [string, string][] = [
    ...POSITIVE.map(([key, label]): [string, string] => {
      const c = A(ctx, key);
      return [`OR(NOT(ISNUMBER(${c})),${c}<=0)`, `${label} must be a number above 0`];
    }),
    ...SHARES.map(([key, label]): [string, string] => {
      const c = A(ctx, key);
      return [`OR(NOT(ISNUMBER(${c})),${c}<0,${c}>1)`, `${label} must be a share from 0% to 100%`];
    }),
    [`COUNT(${contacts})<${n}`, "an area's SMI contacts are not a number (Inputs sheet)"],
  ];
  const chain = checks.reduceRight((rest, [test, words]) => `IF(${test},"Check the inputs: ${words}",${rest})`, '""');
  return `=${chain}`;
}
