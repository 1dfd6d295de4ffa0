import { Assumptions } from './assumptions';

/**
 * Yearly cost of one whole-time post, as the IPS Grow workforce calculator prices it:
 * salary + employer NI on pay above the monthly threshold + employer pension, then non-staff
 * and overhead costs on top.
 */
export function postCost(salary: number, a: Assumptions): number {
  const ni = a.employerNiRate * Math.max(0, salary - 12 * a.niThresholdMonthly);
  const pension = a.pensionRate * salary;
  return (salary + ni + pension) * (1 + a.overheadRate);
}

export interface Workforce {
  specialists: number;
  /** Whole-time equivalents: 1 per esPerTeamLeader ES. */
  teamLeaders: number;
  /** Whole-time equivalents: 1 per teamLeadersPerManager team leaders. */
  managers: number;
  cost: number;
}

export function workforce(specialists: number, a: Assumptions): Workforce {
  const teamLeaders = specialists / a.esPerTeamLeader;
  const managers = teamLeaders / a.teamLeadersPerManager;
  const cost =
    specialists * postCost(a.esSalary, a) +
    teamLeaders * postCost(a.teamLeaderSalary, a) +
    managers * postCost(a.managerSalary, a);
  return { specialists, teamLeaders, managers, cost };
}
