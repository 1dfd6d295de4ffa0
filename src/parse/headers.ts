import type { CellValue } from './numbers';
import { cleanText } from './text';

export type AreaField = 'board' | 'code' | 'smiContacts' | 'population' | 'existingEs' | 'phase';

export const AREA_FIELDS: readonly AreaField[] = ['board', 'code', 'smiContacts', 'population', 'existingEs', 'phase'];

/** What a field is called in messages about its values. */
export const FIELD_LABELS: Record<AreaField, string> = {
  board: 'board',
  code: 'code',
  smiContacts: 'SMI contacts',
  population: 'population',
  existingEs: 'existing ES',
  phase: 'phase',
};

/** The header a file should use for each field: how a missing column is named. */
export const FIELD_HEADERS: Record<AreaField, string> = {
  board: 'board',
  code: 'code',
  smiContacts: 'smi_contacts',
  population: 'population',
  existingEs: 'existing_es',
  phase: 'phase',
};

/**
 * How specifically a (normalised) header names a field: higher is more specific, null is not at all.
 * "name" or "area" is a board only when nothing says "board"; "contacts" is SMI contacts only when
 * nothing says "smi contacts".
 */
const SPECIFICITY: Record<AreaField, (h: string) => number | null> = {
  board: (h) =>
    ['board', 'health board', 'board name', 'health board name', 'hb name', 'nhs board'].includes(h)
      ? 2
      : ['area', 'area name', 'locality'].includes(h)
        ? 1
        : h === 'name'
          ? 0
          : null,
  code: (h) => (['hb code', 'hb2014', 'board code', 'area code'].includes(h) ? 1 : h === 'code' ? 0 : null),
  smiContacts: (h) =>
    h === 'smi contacts' || h.startsWith('smi contacts ') || h === 'people in contact with smi services'
      ? 2
      : h === 'smi'
        ? 1
        : h === 'contacts'
          ? 0
          : null,
  population: (h) => (h === 'population' || h === 'pop' || /^population( all( ages)?)?( \d{4})?$/.test(h) ? 0 : null),
  existingEs: (h) => (/^existing( es| specialists| employment specialists)?( wte)?$/.test(h) ? 0 : null),
  phase: (h) => (h === 'phase' || h === 'rollout phase' ? 0 : null),
};

export function normaliseHeader(h: CellValue): string {
  return cleanText(String(h ?? ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface HeaderClash {
  field: AreaField;
  /** The competing columns' indexes, in order. */
  columns: number[];
}

/**
 * Which column holds each field. For each field the most specific header wins (`board` over `name`);
 * two equally specific headers for one field (two `smi_contacts` columns) are a clash, for the caller to
 * report. Unrecognised headers are ignored (e.g. population_16_64).
 */
export function mapHeaders(header: readonly CellValue[]): {
  columns: Partial<Record<AreaField, number>>;
  clashes: HeaderClash[];
} {
  const columns: Partial<Record<AreaField, number>> = {};
  const clashes: HeaderClash[] = [];
  const normalised = header.map(normaliseHeader);
  for (const field of AREA_FIELDS) {
    const ranked = normalised
      .map((h, i) => ({ i, rank: SPECIFICITY[field](h) }))
      .filter((c): c is { i: number; rank: number } => c.rank !== null);
    if (!ranked.length) continue;
    const best = Math.max(...ranked.map((c) => c.rank));
    const top = ranked.filter((c) => c.rank === best).map((c) => c.i);
    columns[field] = top[0];
    if (top.length > 1) clashes.push({ field, columns: top });
  }
  return { columns, clashes };
}
