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

/** Cost of one ES with their share of a team leader and a service manager. */
export function staffCostPerSpecialist(a: Assumptions): number {
  return (
    postCost(a.esSalary, a) +
    postCost(a.teamLeaderSalary, a) / a.esPerTeamLeader +
    postCost(a.managerSalary, a) / (a.esPerTeamLeader * a.teamLeadersPerManager)
  );
}

export function workforce(specialists: number, a: Assumptions, perSpecialist = staffCostPerSpecialist(a)): Workforce {
  const teamLeaders = specialists / a.esPerTeamLeader;
  const managers = teamLeaders / a.teamLeadersPerManager;
  return { specialists, teamLeaders, managers, cost: specialists * perSpecialist };
}
