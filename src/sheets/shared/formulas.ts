/**
 * Formula fragments that repeat the model's arithmetic (src/model, docs/model.md) in classic
 * spreadsheet functions. Each takes the A1 text of its operands, so a column of them differs
 * only in relative references and the Office.js writer can compress it into one R1C1 formula.
 */
import { DATA_QUALITY_FACTOR, DATA_QUALITY_MIN_AREAS } from '../../model/warnings';

/**
 * ES by the rounding rule held in `rule` (a cell with nearest-min1, up or none), as
 * roundSpecialists does: up = ROUNDUP(ROUND(x,9),0); none = ROUND(x,1); otherwise the review's
 * nearest whole ES, at least 1 where x > 0.
 */
export function roundEs(x: string, rule: string): string {
  return `IF(${rule}="up",ROUNDUP(ROUND(${x},9),0),IF(${rule}="none",ROUND(${x},1),IF(${x}>0,MAX(1,ROUND(${x},0)),0)))`;
}

/** postCost: (salary + NI above 12 × the monthly threshold + pension) × (1 + overheads). */
export function postCost(salary: string, ni: string, threshold: string, pension: string, overheads: string): string {
  return `(${salary}+${ni}*MAX(0,${salary}-12*${threshold})+${pension}*${salary})*(1+${overheads})`;
}

/** Figure per 100,000 people, blank where the population is unknown (the model's null). */
export function per100k(value: string, population: string): string {
  return `IF(ISNUMBER(${population}),IF(${population}>0,${value}/${population}*100000,""),"")`;
}

/** Median of the rates when at least DATA_QUALITY_MIN_AREAS areas have one, else blank. */
export function medianRate(rates: string): string {
  return `IF(COUNT(${rates})>=${DATA_QUALITY_MIN_AREAS},MEDIAN(${rates}),"")`;
}

/** dataQualityFlag: a rate more than DATA_QUALITY_FACTOR × (or under 1/factor of) the median. */
export function dataQualityFlag(rate: string, median: string): string {
  const ratio = `${rate}/${median}`;
  return (
    `IF(AND(ISNUMBER(${rate}),ISNUMBER(${median})),IF(${median}>0,` +
    `IF(OR(${ratio}>${DATA_QUALITY_FACTOR},${ratio}<${1 / DATA_QUALITY_FACTOR}),"Check: "&TEXT(${ratio},"0.0")&"× median",""),""),"")`
  );
}

/** Phased ramp share of the target in `year`: 0 before the start year, then a straight line to 1 in year n. */
export function phasedRamp(year: number, start: string, n: number): string {
  return `(${year}-${start}+1)/(${n}-${start}+1)`;
}

/** The year an area starts under phased rollout: its phase capped at the horizon; a blank or non-number phase means the model's default. */
export function startYear(phase: string, years: number, defaultPhase: number): string {
  return `IF(ISNUMBER(${phase}),MIN(${phase},${years}),${Math.min(defaultPhase, years)})`;
}
