/**
 * A full re-plan's totals as single formulas over the scenario sheet's board table, with one input
 * swapped for a low or high cell: ES summed area by area with each area rounded as the rule says
 * (SUMPRODUCT, so Excel 2016+, the web and LibreOffice evaluate it as an array without array entry).
 */
export interface ReplanCells {
  /** The scenario's SMI contacts, one per area (a range), and the multiplier on them (or null). */
  contacts: string;
  factor: string | null;
  inWork: string;
  interested: string;
  coverage: string;
  caseload: string;
  costPerEngagement: string;
  intoWorkRate: string;
  rule: string;
}

/** Clients of each area, in the order the board table works them out (so rounding meets the same figures). */
function clientsOf(c: ReplanCells): string {
  const contacts = c.factor ? `${c.contacts}*${c.factor}` : c.contacts;
  return `${contacts}*(1-${c.inWork})*${c.interested}*${c.coverage}`;
}

/** Σ ES over the areas, each rounded by the rule in `rule` as roundEs does. */
export function specialistsTotal(c: ReplanCells): string {
  const x = `${clientsOf(c)}/${c.caseload}`;
  // nearest-min1: ROUND(x,0), but 1 where 0 < x < 0.5 (ROUND gives 0 there).
  const nearest = `SUMPRODUCT(ROUND(${x},0)+(${x}>0)*(ROUND(${x},0)=0))`;
  return `IF(${c.rule}="up",SUMPRODUCT(ROUNDUP(ROUND(${x},9),0)),IF(${c.rule}="none",SUMPRODUCT(ROUND(${x},1)),${nearest}))`;
}

export function clientsTotal(c: ReplanCells): string {
  return `SUMPRODUCT(${clientsOf(c)})`;
}
