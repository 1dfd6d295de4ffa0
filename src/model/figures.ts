/**
 * The output figures, once: label, unit and what each means. The scenario sheet, the Summary, the
 * task pane and the README's JSON table all take their words from here (number formats follow the
 * unit: src/sheets/shared/figureFormats.ts, src/taskpane/shared/format.ts). Keys are the plan's JSON field names.
 */

/** How a figure is counted, which decides how it is shown. */
export type FigureUnit = 'people' | 'es' | 'wte' | 'gbp' | 'rate';

export interface FigureInfo {
  label: string;
  /** A shorter header for the narrow columns of the per-area table. */
  short?: string;
  unit: FigureUnit;
  description: string;
}

export const OUTPUT_FIGURES = {
  smiContacts: { label: 'SMI contacts', unit: 'people', description: 'People in contact with SMI services' },
  eligible: {
    label: 'Eligible clients',
    short: 'Eligible',
    unit: 'people',
    description: 'SMI contacts × (1 − already in work) × interested in work',
  },
  clientsPerYear: {
    label: 'Clients per year',
    unit: 'people',
    description: 'Eligible × coverage: the people supported, and the engagements costed, each year at full rollout',
  },
  specialists: {
    label: 'Employment specialists (ES) needed',
    short: 'ES needed',
    unit: 'es',
    description:
      'Clients per year ÷ clients per ES per year, rounded per area by the rounding rule; the total sums the areas',
  },
  teamLeaders: { label: 'Team leaders (WTE)', unit: 'wte', description: 'ES ÷ ES per team leader' },
  managers: {
    label: 'Service managers (WTE)',
    unit: 'wte',
    description: 'Team leaders ÷ team leaders per manager, for all areas together',
  },
  costPerYear: {
    label: 'Cost per year (per engagement)',
    unit: 'gbp',
    description: 'Clients per year × £ per engagement, at full rollout; implementation support not included',
  },
  totalCostPerYear: {
    label: 'Cost per year with implementation support',
    unit: 'gbp',
    description: 'Cost per year (per engagement) + implementation support per year',
  },
  staffCostPerYear: {
    label: 'Staff-based cost per year',
    unit: 'gbp',
    description: 'ES × the yearly cost of an ES post with its shares of team leaders and managers',
  },
  rolloutCost: {
    label: 'Rollout cost (per engagement)',
    unit: 'gbp',
    description:
      'The clients supported in each year of the rollout × £ per engagement, summed over the years; implementation support not included',
  },
  rolloutStaffCost: {
    label: 'Rollout staff-based cost',
    unit: 'gbp',
    description: 'The staff-based cost of the ES in post in each year of the rollout, summed over the years',
  },
  jobOutcomesPerYear: {
    label: 'Job outcomes per year',
    unit: 'people',
    description: 'Clients per year × into-work rate, at full rollout',
  },
  sustainedOutcomesPerYear: {
    label: 'In work after 13 weeks, per year',
    short: 'In work after 13 weeks',
    unit: 'people',
    description: 'Job outcomes × sustainment rate',
  },
  costPerJobOutcome: {
    label: '£ per job outcome',
    unit: 'gbp',
    description: 'Cost per year (per engagement) ÷ job outcomes per year; none where there are no outcomes',
  },
  contactsPer100k: {
    label: 'SMI contacts per 100,000',
    unit: 'rate',
    description: 'SMI contacts ÷ population × 100,000; none without a population (the data-quality check)',
  },
} as const satisfies Record<string, FigureInfo>;

export type OutputFigure = keyof typeof OUTPUT_FIGURES;

export const OUTPUT_FIGURE_KEYS = Object.keys(OUTPUT_FIGURES) as OutputFigure[];

export function figureInfo(key: OutputFigure): FigureInfo {
  return OUTPUT_FIGURES[key];
}

/** The label; a rollout figure names its span when the years are known ("5-year rollout cost (per engagement)"). */
export function figureLabel(key: OutputFigure, years?: number): string {
  const { label } = figureInfo(key);
  return years !== undefined && label.startsWith('Rollout ') ? `${years}-year rollout ${label.slice(8)}` : label;
}

/** The narrow header of the per-area table. */
export function figureHeader(key: OutputFigure): string {
  const info = figureInfo(key);
  return info.short ?? info.label;
}
