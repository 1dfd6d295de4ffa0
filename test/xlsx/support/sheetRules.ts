/**
 * A worksheet's rules that Excel repairs on opening and no schema states: each table column named as its
 * header cell reads, no table over merged cells or over another table, list validations Excel can hold
 * (255 characters), and conditional-format priorities that are unique within the sheet.
 */
import type { Relationships } from './excelRules';
import type { Problem, XmlPart } from './validateXlsx';
import { type XmlElement, childNamed, childrenNamed, descendants, elements, localName, textOf } from './xml';

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const colNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const cellName = (r: number, c: number) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r}`;
};

/** "B3:D9" or "B3" as rows and columns counted from 1. */
export function parseRange(ref: string): Box {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const cell = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`"${ref}" is not a range`);
    return { r: Number(m[2]), c: colNumber(m[1]) };
  };
  const [p, q] = [cell(a), cell(b)];
  return { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
}
const overlap = (x: Box, y: Box) => x.r0 <= y.r1 && y.r0 <= x.r1 && x.c0 <= y.c1 && y.c0 <= x.c1;

/** The shared strings' texts (rich-text runs joined, phonetic runs left out). */
function sharedStrings(parts: XmlPart[]): string[] {
  const sst = parts.find((p) => p.contentType.endsWith('sharedStrings+xml'));
  const runText = (si: XmlElement) =>
    elements(si)
      .map((c) =>
        localName(c.name) === 't' ? textOf(c) : localName(c.name) === 'r' ? textOf(childNamed(c, 't')!) : '',
      )
      .join('');
  return sst ? childrenNamed(sst.root, 'si').map(runText) : [];
}

interface Cell {
  text: string;
  formula: boolean;
}

function cells(sheet: XmlElement, sst: string[]): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const row of childrenNamed(childNamed(sheet, 'sheetData') ?? sheet, 'row'))
    for (const c of childrenNamed(row, 'c')) {
      const v = childNamed(c, 'v');
      const text =
        c.attrs.t === 's'
          ? (sst[Number(v && textOf(v))] ?? '')
          : c.attrs.t === 'inlineStr'
            ? textOf(childNamed(c, 'is')!)
            : v
              ? textOf(v)
              : '';
      out.set(c.attrs.r, { text, formula: !!childNamed(c, 'f') });
    }
  return out;
}

interface Table {
  part: XmlPart;
  box: Box;
}

/** A table's header cells against its column names; returns the table's box. */
function tableProblems(table: XmlPart, grid: Map<string, Cell>, sheetName: string, problems: Problem[]): Box {
  const { root } = table;
  const box = parseRange(root.attrs.ref);
  const columns = childrenNamed(childNamed(root, 'tableColumns') ?? root, 'tableColumn');
  const at = (message: string, line = root.line) => problems.push({ part: table.name, line, message });
  if (columns.length !== box.c1 - box.c0 + 1)
    at(`table ${root.attrs.name} spans ${box.c1 - box.c0 + 1} columns but names ${columns.length}`);
  if (root.attrs.headerRowCount === '0') return box;
  columns.forEach((col, i) => {
    const address = cellName(box.r0, box.c0 + i);
    const cell = grid.get(address);
    if (cell?.formula) at(`table ${root.attrs.name}'s header ${sheetName}!${address} is a formula`, col.line);
    else if (cell?.text !== col.attrs.name)
      at(
        `table ${root.attrs.name}'s column "${col.attrs.name}" is headed ${sheetName}!${address} = ${cell ? `"${cell.text}"` : 'nothing'}`,
        col.line,
      );
  });
  return box;
}

function validationAndFormatProblems(part: XmlPart, problems: Problem[]): void {
  for (const dv of descendants(part.root, 'dataValidation').filter((d) => d.attrs.type === 'list')) {
    const formula = childNamed(dv, 'formula1');
    const length = formula ? textOf(formula).length : 0;
    if (length > 255)
      problems.push({
        part: part.name,
        line: dv.line,
        message: `list validation on ${dv.attrs.sqref} is ${length} characters long; Excel holds at most 255`,
      });
  }
  const priorities = new Map<string, string>();
  for (const cf of childrenNamed(part.root, 'conditionalFormatting'))
    for (const rule of childrenNamed(cf, 'cfRule')) {
      const first = priorities.get(rule.attrs.priority);
      if (first !== undefined)
        problems.push({
          part: part.name,
          line: rule.line,
          message: `conditional format on ${cf.attrs.sqref} has priority ${rule.attrs.priority}, as does the one on ${first}`,
        });
      else priorities.set(rule.attrs.priority, cf.attrs.sqref);
    }
}

/** The sheets' rules; returns every table part the sheets name. */
export function sheetRuleProblems(
  sheets: { name: string; part: XmlPart | undefined }[],
  parts: XmlPart[],
  rels: Relationships,
  problems: Problem[],
): XmlPart[] {
  const sst = sharedStrings(parts);
  const allTables: XmlPart[] = [];
  for (const { name, part } of sheets) {
    if (!part) {
      problems.push({ part: 'xl/workbook.xml', message: `sheet "${name}" has no worksheet part` });
      continue;
    }
    const grid = cells(part.root, sst);
    const merges = descendants(part.root, 'mergeCell').map((m) => ({ ref: m.attrs.ref, box: parseRange(m.attrs.ref) }));
    const tables: Table[] = [];
    for (const tp of descendants(part.root, 'tablePart')) {
      const target = rels.target(part.name, tp.attrs['r:id']);
      const table = parts.find((p) => p.name === target);
      if (!table) continue; // the relationship's own check names the missing part
      const box = tableProblems(table, grid, name, problems);
      for (const m of merges.filter((x) => overlap(x.box, box)))
        problems.push({
          part: table.name,
          message: `table ${table.root.attrs.name} (${table.root.attrs.ref}) lies over merged cells ${name}!${m.ref}`,
        });
      for (const t of tables.filter((x) => overlap(x.box, box)))
        problems.push({
          part: table.name,
          message: `table ${table.root.attrs.name} (${table.root.attrs.ref}) overlaps table ${t.part.root.attrs.name} (${t.part.root.attrs.ref})`,
        });
      tables.push({ part: table, box });
      allTables.push(table);
    }
    validationAndFormatProblems(part, problems);
  }
  return allTables;
}
