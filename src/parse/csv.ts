import Papa from 'papaparse';
import { AreasRead, readAreasGrid } from './areasTable';

/** Areas from CSV text (header: board,smi_contacts and optionally population,existing_es,phase,code). */
export function readAreasCsv(text: string): AreasRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const read = readAreasGrid(parsed.data, {
    locate: (r, _c, header) => ({ row: r + 1, column: header }),
  });
  // Papa's own errors (e.g. an unclosed quote) come first: they explain the others.
  const csvProblems = parsed.errors
    // a one-column file has no delimiter to detect: that is not a problem in itself
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      column: '(any)',
      value: '',
      message: `CSV is malformed: ${e.message}`,
    }));
  return csvProblems.length ? { ...read, areas: [], problems: [...csvProblems, ...read.problems] } : read;
}
