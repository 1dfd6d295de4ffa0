/**
 * The pane's stable hooks (data-testid) for the jsdom and browser tests. Tests import these rather
 * than repeat the strings, so a renamed id fails to compile instead of failing to find.
 *
 * The first action button (createScenario in Excel, downloadWorkbook outside) is enabled as soon as
 * the pane is ready to act: that is what "ready" measures.
 */
export const TEST_IDS = {
  /** The root, with data-host="excel"|"standalone". */
  root: 'ips-planner',
  /**
   * At 320-360 px the Figures, Assumptions and Preview sections fold: each toggle is a button named by the section,
   * its key figure is `${toggle}-figure` while folded.
   */
  foldFigures: 'fold-figures',
  foldAssumptions: 'fold-assumptions',
  foldPreview: 'fold-preview',

  // 1. Figures: radios of the source, then the reader of each.
  figuresSource: 'figures-source',
  figuresBuiltin: 'figures-builtin',
  figuresSelection: 'figures-selection',
  figuresTable: 'figures-table',
  figuresCsv: 'figures-csv',
  readSelection: 'read-selection',
  tableName: 'table-name',
  readTable: 'read-table',
  /** The file input. */
  csvFile: 'csv-file',
  /** What was read. */
  figuresStatus: 'figures-status',
  /** Located problems in what was read. */
  figuresProblems: 'figures-problems',

  // 2. Assumptions. Coverage radios have the accessible names "25% (review)", "50% (NHS England
  // 2028/29)", "100%", "Custom"; cost radios "£1,300 (SMI cohorts)" and so on.
  coverage: 'coverage',
  coverage25: 'coverage-25',
  coverage50: 'coverage-50',
  coverage100: 'coverage-100',
  coverageCustom: 'coverage-custom',
  coverageCustomInput: 'coverage-custom-input',
  /** "A budget": the coverage is what a budget buys; shows the £ field and the basis. */
  coverageBudget: 'coverage-budget',
  budgetInput: 'budget-input',
  /** A select: engagement | staff. */
  budgetBasis: 'budget-basis',
  cost: 'cost',
  cost1300: 'cost-1300',
  cost2000: 'cost-2000',
  cost2050: 'cost-2050',
  costCustom: 'cost-custom',
  costCustomInput: 'cost-custom-input',
  /** Opens the "Advanced" section (staff costs and rollout). */
  advancedToggle: 'advanced-toggle',
  /** Names the fields to fix inside the Advanced section, when any. */
  advancedErrors: 'advanced-errors',
  /** Other inputs: field('inWork'), field('caseload'), field('rounding'), field('firstYearLabel') … */
  field: (key: string) => `field-${key}`,

  // 3. Preview.
  previewTotals: 'preview-totals',
  previewUnavailable: 'preview-unavailable',
  totalEligible: 'total-eligible',
  totalClients: 'total-clients',
  totalEs: 'total-es',
  totalCostYear: 'total-cost-year',
  totalCostRollout: 'total-cost-rollout',
  totalJobOutcomes: 'total-job-outcomes',
  planWarnings: 'plan-warnings',
  /** The per-area table. */
  previewTable: 'preview-table',
  /** Past 50 areas the table is paged: the control, the range it says, previous, next, and a select of pages. */
  areaPager: 'area-pager',
  areaPageStatus: 'area-page-status',
  areaPagePrevious: 'area-page-previous',
  areaPageNext: 'area-page-next',
  areaPageSelect: 'area-page-select',
  /** With a budget: the coverage it buys ("15.32%"), why it was clamped, the planned cost and its difference. */
  budgetPreview: 'budget-preview',
  budgetCoverage: 'budget-coverage',
  budgetNote: 'budget-note',
  budgetPlanned: 'budget-planned',
  budgetDifference: 'budget-difference',
  /** "What moves the answer": one row per input (data-assumption="inWork" …), in the model's order. */
  sensitivityList: 'sensitivity-list',
  sensitivityRow: 'sensitivity-row',
  /** With the economic case on: its savings at their lows and highs, the NPV at each (data-assumption="nhsSavingPerJobOutcome" …). */
  economicSensitivityList: 'economic-sensitivity-list',
  economicSensitivityRow: 'economic-sensitivity-row',
  /** Why the list cannot be shown, when it cannot. */
  sensitivityUnavailable: 'sensitivity-unavailable',

  // 4. Actions. In Excel: "Create scenario sheet", "Compare 25 / 50 / 100%"; outside: "Download
  // workbook (.xlsx)", "Download 25 / 50 / 100% comparison".
  createScenario: 'create-scenario',
  compareScenarios: 'compare-scenarios',
  downloadWorkbook: 'download-workbook',
  downloadCompare: 'download-compare',
  /** A checkbox: add the Sensitivity sheet to what is written or downloaded. */
  sensitivitySheet: 'sensitivity-sheet',
  /** A checkbox: add the Economic case sheet; its fields are economicField('discountRate') …. */
  economicSheet: 'economic-sheet',
  economicField: (key: string) => `economic-${key}`,
  /** Under the fields: NPV, benefit-cost ratio and break-even value of the scenario previewed (or why not). */
  economicPreview: 'economic-preview',
  economicNpv: 'economic-npv',
  economicBcr: 'economic-bcr',
  economicBreakEven: 'economic-break-even',
  economicUnavailable: 'economic-unavailable',
  monitoringSheet: 'monitoring-sheet',
  monitoringScenario: 'monitoring-scenario',
  /** Actuals for the Monitoring sheet: a CSV file, or the selection (Excel); what they hold (or their problems); remove. */
  actualsFile: 'actuals-file',
  actualsSelection: 'actuals-selection',
  actualsReport: 'actuals-report',
  actualsRemove: 'actuals-remove',
  /** Under the preview: one line per year the workbook's actuals report (Excel). */
  progressLines: 'progress-lines',
  /** Why nothing can be written yet (names the fields to fix). */
  actionsBlocked: 'actions-blocked',
  progress: 'progress',
  /** The outcome of an action, with data-intent="success"|"error"|"warning"|"info". */
  notice: 'notice',
  /** A replace refused over the user's edits in plan sheets: the question and its two answers. */
  replaceQuestion: 'replace-question',
  replaceAnyway: 'replace-anyway',
  keepEdits: 'keep-edits',

  // The planner's sheets (Excel only); deleting asks first.
  refreshSheets: 'refresh-sheets',
  planSheets: 'plan-sheets',
  noPlanSheets: 'no-plan-sheets',
  deleteSheet: 'delete-sheet',
  confirmDeleteSheet: 'confirm-delete-sheet',
} as const;
