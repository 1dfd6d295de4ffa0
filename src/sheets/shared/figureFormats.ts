import { FigureUnit, OutputFigure, figureInfo } from '../../model/figures';
import { FORMAT } from './styles';

/** The number format of each unit: ES as the rounding rule gives them, other staff to one decimal. */
const UNIT_FORMAT: Record<FigureUnit, string> = {
  people: FORMAT.count,
  es: FORMAT.wte,
  wte: FORMAT.oneDecimal,
  gbp: FORMAT.gbp,
  rate: FORMAT.count,
};

export function figureFormat(key: OutputFigure): string {
  return UNIT_FORMAT[figureInfo(key).unit];
}
