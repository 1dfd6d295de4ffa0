import Papa from 'papaparse';
import { AreasRead, readAreasGrid } from './areasTable';
import { type CsvDialect, detectDialect } from './delimiter';
import { textProblem } from './encoding';
import { isBlank, showValue } from './numbers';
import type { Problem } from './problems';

/**
 * A row with more fields than the header: almost always an unquoted thousands separator
 * (`Alpha,3,654`), which would otherwise be read as 3 with the 654 dropped.
 */
function extraFieldProblems(data: readonly string[][], dialect: CsvDialect): Problem[] {
  const headerIndex = data.findIndex((row) => row.some((c) => !isBlank(c)));
  if (headerIndex < 0) return [];
  const width = data[headerIndex].length;
  const hint =
    dialect.delimiter === ','
      ? 'put numbers with thousands separators in quotes ("3,654"), and names with commas too'
      : `look for a stray separator: the columns are read as separated by ${dialect.name}`;
  const problems: Problem[] = [];
  for (let r = headerIndex + 1; r < data.length; r++) {
    const extra = data[r].slice(width);
    if (!extra.some((c) => !isBlank(c))) continue;
    problems.push({
      row: r + 1,
      column: '',
      value: '',
      message: `${data[r].length} fields, the header has ${width} (left over: ${extra.map(showValue).join(', ')}): ${hint}`,
    });
  }
  return problems;
}

/**
 * Cells holding U+FFFD, the mark a decoder leaves for bytes that are not UTF-8: a file saved in
 * Windows-1252 and read as UTF-8 (as a browser's File.text() does) would otherwise lose its letters.
 */
function undecodedProblems(data: readonly string[][]): Problem[] {
  const headerIndex = data.findIndex((row) => row.some((c) => !isBlank(c)));
  const header = data[headerIndex] ?? [];
  const problems: Problem[] = [];
  data.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.includes('\ufffd')) return;
      problems.push({
        row: r + 1,
        column: r <= headerIndex ? '' : (header[c] ?? `#${c + 1}`),
        value: showValue(cell),
        message:
          'holds characters that could not be read, so the file is not UTF-8: in Excel, save it as "CSV UTF-8 (Comma delimited)"',
      });
    }),
  );
  return problems;
}

/**
 * Areas from CSV text (header: board,smi_contacts and optionally population,existing_es,phase,code).
 * The separator is the header line's (comma, semicolon or tab); with semicolons, numbers are read with a
 * decimal comma, as Excel writes them in the locales that save such files.
 */
export function readAreasCsv(text: string): AreasRead {
  const clean = text.replace(/^\uFEFF/, '');
  const unreadable = textProblem(clean);
  if (unreadable) return { areas: [], columns: {}, problems: [{ row: 1, column: '', value: '', message: unreadable }] };
  const dialect = detectDialect(clean);
  const parsed = Papa.parse<string[]>(clean, { delimiter: dialect.delimiter, skipEmptyLines: false });
  const read = readAreasGrid(parsed.data, {
    locate: (r, _c, header) => ({ row: r + 1, column: header }),
    numbers: dialect.numbers,
    readAs: `the columns were read as separated by ${dialect.name}`,
  });
  const csvProblems: Problem[] = [
    // Papa's own errors (e.g. an unclosed quote) explain the others.
    ...parsed.errors.map((e) => ({
      row: (e.row ?? 0) + 1,
      column: '',
      value: '',
      message: `the CSV is malformed: ${e.message}`,
    })),
    ...extraFieldProblems(parsed.data, dialect),
    ...undecodedProblems(parsed.data),
  ];
  if (!csvProblems.length) return read;
  const problems = [...csvProblems, ...read.problems].sort((a, b) => a.row - b.row);
  return { ...read, areas: [], problems };
}
