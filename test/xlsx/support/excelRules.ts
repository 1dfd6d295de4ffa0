/**
 * What the schemas cannot say and Excel repairs on opening ("We found a problem with some content"):
 * relationships to parts that are not there, defined and table names Excel refuses or finds twice in one
 * scope, functions newer than Excel 2007's file format written without their `_xlfn.` prefix. The
 * per-sheet rules (tables, merges, validations, conditional formats) are in sheetRules.ts.
 */
import { sheetRuleProblems } from './sheetRules';
import type { Problem, XmlPart } from './validateXlsx';
import { type XmlElement, childNamed, childrenNamed, descendants, localName, textOf } from './xml';

/** The part a relationships part speaks for: xl/_rels/workbook.xml.rels → xl/workbook.xml; _rels/.rels → the package. */
const sourceOf = (rels: string) => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/** A relationship's target as a part name (relative to the source part's folder, or from the package root). */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folderOf(source) + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  return decodeURI(out.join('/'));
}

export interface Relationships {
  /** The target part of relationship `id` of part `source`, if the package says one. */
  target(source: string, id: string): string | undefined;
}

function relationships(parts: XmlPart[], present: Set<string>, problems: Problem[]): Relationships {
  const bySource = new Map<string, Map<string, string>>();
  for (const rels of parts.filter((p) => p.name.endsWith('.rels'))) {
    const source = sourceOf(rels.name);
    const ids = new Map<string, string>();
    bySource.set(source, ids);
    for (const r of childrenNamed(rels.root, 'Relationship')) {
      if (r.attrs.TargetMode === 'External') continue;
      const target = resolveTarget(source, r.attrs.Target);
      ids.set(r.attrs.Id, target);
      if (!present.has(target))
        problems.push({
          part: rels.name,
          line: r.line,
          message: `relationship ${r.attrs.Id} (${localName(r.attrs.Type)}) points at ${target}, which is not in the file`,
        });
    }
  }
  return { target: (source, id) => bySource.get(source)?.get(id) };
}

// Functions Excel 2010 and later added: a file names them `_xlfn.NAME(` (FILTER, SORT… `_xlfn._xlws.`), or
// Excel shows #NAME?. (Microsoft: "Issue: An _xlfn. prefix is displayed in front of a formula".) A sample.
export const FUTURE_FUNCTIONS = new Set(
  (
    'AGGREGATE CEILING.MATH FLOOR.MATH STDEV.S STDEV.P VAR.S VAR.P MODE.SNGL PERCENTILE.INC PERCENTILE.EXC ' +
    'QUARTILE.INC QUARTILE.EXC RANK.EQ RANK.AVG NORM.DIST NORM.INV NETWORKDAYS.INTL WORKDAY.INTL ' +
    'IFNA IFS SWITCH MAXIFS MINIFS CONCAT TEXTJOIN XOR DAYS ISOWEEKNUM SHEET SHEETS FORMULATEXT ISFORMULA ' +
    'NUMBERVALUE FORECAST.LINEAR XLOOKUP XMATCH FILTER SORT SORTBY UNIQUE SEQUENCE RANDARRAY LET LAMBDA ' +
    'TEXTBEFORE TEXTAFTER TEXTSPLIT VSTACK HSTACK TAKE DROP CHOOSECOLS CHOOSEROWS TOCOL TOROW BYROW BYCOL ' +
    'MAP REDUCE SCAN MAKEARRAY ISOMITTED ARRAYTOTEXT VALUETOTEXT'
  ).split(' '),
);
const CALL = /(_xlfn\.(?:_xlws\.)?)?(?<![A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)\s*\(/g;

/** The functions in a formula called without the `_xlfn.` prefix Excel needs. */
export function unprefixedFunctions(formula: string): string[] {
  // string literals and quoted sheet names hold no calls
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  return [...code.matchAll(CALL)]
    .filter((m) => !m[1] && FUTURE_FUNCTIONS.has(m[2].toUpperCase()))
    .map((m) => m[2].toUpperCase());
}

const FORMULA_ELEMENTS = [
  'f',
  'formula',
  'formula1',
  'formula2',
  'definedName',
  'calculatedColumnFormula',
  'totalsRowFormula',
];

function formulaProblems(parts: XmlPart[]): Problem[] {
  const problems: Problem[] = [];
  for (const part of parts.filter((p) => /spreadsheetml|drawingml\.chart/.test(p.contentType)))
    for (const name of FORMULA_ELEMENTS)
      for (const el of descendants(part.root, name)) {
        const missing = unprefixedFunctions(textOf(el));
        if (missing.length)
          problems.push({
            part: part.name,
            line: el.line,
            message: `${where(el)}formula "${textOf(el).slice(0, 120)}" calls ${missing.join(', ')} without the _xlfn. prefix (Excel shows #NAME?)`,
          });
      }
  return problems;
}
const where = (el: XmlElement) => (el.attrs.name ? `${el.attrs.name}: ` : '');

const BUILT_IN = new Set(
  'Print_Area Print_Titles _FilterDatabase Criteria Extract Consolidate_Area Database Sheet_Title'.split(' '),
);
const MAX_COL = 16384;
const MAX_ROW = 1048576;
const colNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Why Excel refuses a defined or table name, or null (Excel's "Names in formulas" rules). */
export function nameProblem(name: string): string | null {
  if (name.startsWith('_xlnm.'))
    return BUILT_IN.has(name.slice(6)) ? null : `"${name}" is not one of Excel's built-in _xlnm. names`;
  if (!name.length || name.length > 255) return `"${name}" must be 1 to 255 characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return `"${name}" must start with a letter, _ or \\ and hold only letters, digits, _, . and \\`;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && colNumber(a1[1]) <= MAX_COL && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW)
    return `"${name}" is a cell reference`;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]\d+$/.test(name))
    return `"${name}" is an R1C1 reference`;
  return null;
}

interface ScopedName {
  name: string;
  scope: string;
  part: string;
  line: number;
}

function nameProblems(names: ScopedName[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ScopedName>();
  for (const n of names) {
    const why = nameProblem(n.name);
    if (why) problems.push({ part: n.part, line: n.line, message: `name ${why}` });
    const key = `${n.scope}\u0000${n.name.toUpperCase()}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        part: n.part,
        line: n.line,
        message: `name "${n.name}" is defined twice in ${n.scope} (first in ${first.part})`,
      });
    else seen.set(key, n);
  }
  return problems;
}

/** Every rule Excel repairs on that the schemas cannot state. */
export function excelRuleProblems(parts: XmlPart[], present: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const rels = relationships(parts, present, problems);
  problems.push(...formulaProblems(parts));
  const workbook = parts.find((p) => p.contentType.endsWith('sheet.main+xml'));
  if (!workbook) return [...problems, { part: 'xl/workbook.xml', message: 'the package has no workbook part' }];
  const sheets = childrenNamed(childNamed(workbook.root, 'sheets') ?? workbook.root, 'sheet');
  const names: ScopedName[] = descendants(workbook.root, 'definedName').map((d) => ({
    name: d.attrs.name,
    scope:
      d.attrs.localSheetId !== undefined
        ? `sheet "${sheets[Number(d.attrs.localSheetId)]?.attrs.name}"`
        : 'the workbook',
    part: workbook.name,
    line: d.line,
  }));
  const sheetParts = sheets.map((s) => {
    const target = rels.target(workbook.name, s.attrs['r:id']);
    return { name: s.attrs.name, part: parts.find((p) => p.name === target) };
  });
  const tables = sheetRuleProblems(sheetParts, parts, rels, problems);
  // Table names share the workbook's scope with its defined names, and each table's id is unique.
  names.push(
    ...tables.map((t) => ({ name: t.root.attrs.name, scope: 'the workbook', part: t.name, line: t.root.line })),
  );
  problems.push(...nameProblems(names));
  const ids = new Map<string, string>();
  for (const t of tables) {
    const first = ids.get(t.root.attrs.id);
    if (first)
      problems.push({ part: t.name, line: t.root.line, message: `table id ${t.root.attrs.id} is also ${first}'s` });
    else ids.set(t.root.attrs.id, t.name);
  }
  return problems;
}
