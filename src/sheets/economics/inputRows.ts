// The economic case's inputs: blue named cells with their ranges as data validation, defaults and sources.
import { ECONOMIC_INPUT_INFO, EconomicInputInfo, EconomicInputs } from '../../model/economics';
import type { DefinedName, Validation } from '../shared/blueprint';
import type { CellPos } from '../shared/cells';
import { SheetDraft, cells } from '../shared/draft';
import { FORMAT, STYLE } from '../shared/styles';
import { promptTitle } from '../shared/validations';
import { ECONOMIC_SHEET, EconomicLayout, INPUT_COLS, WIDTHS } from './layout';
import { inputMessage } from './words';

const UNIT_FORMAT: Record<EconomicInputInfo['unit'], string> = {
  percent: FORMAT.percent,
  years: FORMAT.whole,
  gbp: FORMAT.gbp,
  // Pence per £1 as £: 0.09 shows £0.09.
  pence: '£0.00',
};

export function inputFormat(info: EconomicInputInfo): string {
  return UNIT_FORMAT[info.unit];
}

function validation(info: EconomicInputInfo, pos: CellPos): Validation {
  return {
    range: cells(pos.row, pos.col),
    number: { min: info.min, max: info.max, whole: info.integer === true },
    allowBlank: false,
    prompt: { title: promptTitle(info.label), message: inputMessage(info) },
  };
}

export interface WrittenInputs {
  index: Record<keyof EconomicInputs, CellPos>;
  names: DefinedName[];
  validations: Validation[];
}

/** The inputs block: a row per input (label, value, default, source), a source's further lines below it. */
export function writeInputs(d: SheetDraft, layout: EconomicLayout, values: EconomicInputs): WrittenInputs {
  const { caption, header, rows, sources } = layout.inputs;
  const c = INPUT_COLS;
  d.block(caption, 0, [['Inputs (blue: type your own)']]);
  d.format(cells(caption, 0), { style: STYLE.caption });
  d.block(header, 0, [['Input', 'Value', 'Default', 'Where it comes from']]);
  d.format(cells(header, 0, 1, WIDTHS.length), { style: { ...STYLE.header, wrap: false } });
  const index = {} as Record<keyof EconomicInputs, CellPos>;
  const names: DefinedName[] = [];
  const validations: Validation[] = [];
  ECONOMIC_INPUT_INFO.forEach((info, i) => {
    const row = rows[i];
    const pos = { row, col: c.value };
    d.block(row, 0, [[info.label, values[info.key], info.defaultValue]]);
    d.block(
      row,
      c.source,
      sources[i].map((line) => [line]),
    );
    d.format(cells(row, c.value), { numberFormat: inputFormat(info), style: STYLE.input });
    d.format(cells(row, c.byDefault), { numberFormat: inputFormat(info), style: STYLE.fixed });
    index[info.key] = pos;
    names.push({ name: info.name, sheet: ECONOMIC_SHEET, range: cells(row, c.value), comment: info.label });
    validations.push(validation(info, pos));
  });
  return { index, names, validations };
}
