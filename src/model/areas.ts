/** One planning area: a health board, or any area a planner brings. */
export interface Area {
  name: string;
  code?: string;
  smiContacts: number;
  population?: number;
  existingEs?: number;
  /** Rollout phase 1, 2 or 3; when absent, see defaultPhase. */
  phase?: number;
}

/**
 * The review names the existing high-fidelity services to expand first: NHS Lothian, Glasgow
 * (SAMH) and Fife IPS. Those boards start in phase 1, every other area in phase 2.
 */
const PHASE_ONE = ['lothian', 'greater glasgow and clyde', 'glasgow and clyde', 'fife'];

export function defaultPhase(name: string): number {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^nhs\s+/, '')
    .replace(/\s*&\s*/g, ' and ');
  return PHASE_ONE.includes(key) ? 1 : 2;
}

export function phaseOf(area: Area): number {
  return area.phase ?? defaultPhase(area.name);
}
