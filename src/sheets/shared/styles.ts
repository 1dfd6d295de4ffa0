import type { CellStyle } from './blueprint';

/**
 * The analyst's colour code, so a reader can tell at a glance what they may change:
 * inputs in blue on pale yellow, links to the Inputs sheet in green, formulas in black.
 */
export const STYLE = {
  title: { bold: true, fontSize: 14, fontColor: '#1F4E78' },
  subtitle: { italic: true, fontColor: '#595959' },
  caption: { bold: true, fontSize: 12, fontColor: '#1F4E78' },
  header: { bold: true, fontColor: '#FFFFFF', fill: '#1F4E78', wrap: true, border: ['bottom'] },
  input: { fontColor: '#0000FF', fill: '#FFF2CC', border: ['top', 'bottom', 'left', 'right'] },
  /** A cell that shows a figure fixed when the workbook was generated (changing it changes nothing). */
  fixed: { fontColor: '#595959', fill: '#EDEDED' },
  link: { fontColor: '#00B050' },
  /** An input cell that, for now, follows the Inputs sheet: type a value to set the scenario's own. */
  linkedInput: { fontColor: '#00B050', fill: '#FFF2CC', border: ['top', 'bottom', 'left', 'right'] },
  total: { bold: true, border: ['top'] },
  flag: { fontColor: '#C00000' },
  wrapped: { wrap: true },
  top: { vAlign: 'top' },
} satisfies Record<string, CellStyle>;

/** Excel number format codes (thousands separators; £ and % where the figure is money or a share). */
export const FORMAT = {
  count: '#,##0',
  oneDecimal: '#,##0.0',
  /** ES: whole under the default rules, one decimal under rule "none"; General shows both truthfully. */
  wte: 'General',
  gbp: '£#,##0',
  percent: '0.0%',
  text: '@',
  whole: '0',
} as const;

export const TAB_COLOR = {
  inputs: '#FFC000',
  scenario: '#1F4E78',
  summary: '#00B050',
  notes: '#7F7F7F',
  monitoring: '#7030A0',
} as const;
