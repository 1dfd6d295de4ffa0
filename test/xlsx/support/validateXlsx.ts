/**
 * An .xlsx checked as Excel would check it on opening: every XML part against the ECMA-376 Transitional
 * schemas (test/xlsx/schemas, chosen by the part's content type; xmllint), then the rules the schemas
 * cannot state and Excel "repairs" (excelRules.ts). Each problem names its part and line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { excelRuleProblems } from './excelRules';
import { type XmlElement, childrenNamed, openingTag, parseXml, withoutIgnorable, writeOneElementPerLine } from './xml';
import { xmllint } from './xmllint';

export interface Problem {
  part: string;
  /** The line of the part (for a schema problem: of the part written one element to a line). */
  line?: number;
  message: string;
}

export interface XmlPart {
  name: string;
  contentType: string;
  root: XmlElement;
}

const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
const OFFICE = 'application/vnd.openxmlformats-officedocument.';
/** The schema for each content type our writers (and Excel) use; an XML part of another type is a problem. */
const SCHEMA_BY_TYPE: Record<string, string> = {
  [`${SML}sheet.main+xml`]: 'sml.xsd',
  [`${SML}worksheet+xml`]: 'sml.xsd',
  [`${SML}styles+xml`]: 'sml.xsd',
  [`${SML}sharedStrings+xml`]: 'sml.xsd',
  [`${SML}table+xml`]: 'sml.xsd',
  [`${SML}calcChain+xml`]: 'sml.xsd',
  [`${SML}comments+xml`]: 'sml.xsd',
  [`${OFFICE}theme+xml`]: 'dml-main.xsd',
  [`${OFFICE}drawing+xml`]: 'dml-spreadsheetDrawing.xsd',
  [`${OFFICE}drawingml.chart+xml`]: 'dml-chart.xsd',
  [`${OFFICE}extended-properties+xml`]: 'shared-documentPropertiesExtended.xsd',
  [`${OFFICE}custom-properties+xml`]: 'shared-documentPropertiesCustom.xsd',
  'application/vnd.openxmlformats-package.core-properties+xml': 'opc-coreProperties.xsd',
  'application/vnd.openxmlformats-package.relationships+xml': 'opc-relationships.xsd',
};
const CONTENT_TYPES = '[Content_Types].xml';

/** The content type of each part, from [Content_Types].xml: an Override by name, else a Default by extension. */
function contentTypes(root: XmlElement): (part: string) => string | undefined {
  const overrides = new Map(
    childrenNamed(root, 'Override').map((o) => [o.attrs.PartName.toLowerCase(), o.attrs.ContentType]),
  );
  const defaults = new Map(
    childrenNamed(root, 'Default').map((d) => [d.attrs.Extension.toLowerCase(), d.attrs.ContentType]),
  );
  return (part) =>
    overrides.get(`/${part}`.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
}

async function readParts(zip: JSZip, problems: Problem[]): Promise<XmlPart[]> {
  const names = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  const texts = new Map(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
  const parse = (name: string): XmlElement | undefined => {
    try {
      return parseXml(texts.get(name)!);
    } catch (e) {
      problems.push({ part: name, message: `not well-formed XML: ${(e as Error).message}` });
    }
  };
  if (!texts.has(CONTENT_TYPES)) {
    problems.push({ part: CONTENT_TYPES, message: 'missing: no part has a content type' });
    return [];
  }
  const typesRoot = parse(CONTENT_TYPES);
  if (!typesRoot) return [];
  const typeOf = contentTypes(typesRoot);
  const parts: XmlPart[] = [{ name: CONTENT_TYPES, contentType: 'content-types', root: typesRoot }];
  for (const name of names.filter((n) => n !== CONTENT_TYPES)) {
    const contentType = typeOf(name);
    if (!contentType) problems.push({ part: name, message: 'has no content type in [Content_Types].xml' });
    else if (!/xml$/.test(contentType)) continue;
    else if (!SCHEMA_BY_TYPE[contentType])
      problems.push({ part: name, message: `no schema here for its content type ${contentType}` });
    else {
      const root = parse(name);
      if (root) parts.push({ name, contentType, root });
    }
  }
  return parts;
}

/** Each part, ignorable extensions taken out, against its schema: one xmllint run per schema. */
function schemaProblems(parts: XmlPart[]): Problem[] {
  const dir = mkdtempSync(join(tmpdir(), 'ips-xlsx-schema-'));
  try {
    const written = parts.map((part, i) => {
      const file = join(dir, `${i}.xml`);
      const { text, lineElements } = writeOneElementPerLine(withoutIgnorable(part.root));
      writeFileSync(file, text);
      const schema = part.contentType === 'content-types' ? 'opc-contentTypes.xsd' : SCHEMA_BY_TYPE[part.contentType];
      return { part, file, schema, lineElements };
    });
    const problems: Problem[] = [];
    for (const schema of new Set(written.map((w) => w.schema))) {
      const mine = written.filter((w) => w.schema === schema);
      for (const m of xmllint(
        schema,
        mine.map((w) => w.file),
      )) {
        const w = mine.find((x) => x.file === m.file)!;
        const el = w.lineElements[m.line];
        const at = el ? ` (at ${openingTag({ ...el, children: [] }).slice(0, 160)})` : '';
        problems.push({ part: w.part.name, line: m.line, message: `${m.message}${at}` });
      }
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every problem Excel would have with the workbook; none for a good one. */
export async function validateXlsx(bytes: Uint8Array): Promise<Problem[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: Problem[] = [];
  const parts = await readParts(zip, problems);
  problems.push(...schemaProblems(parts));
  problems.push(...excelRuleProblems(parts, new Set(Object.keys(zip.files))));
  return problems;
}

/** The problems as lines a person reads in a failing test. */
export const describeProblems = (problems: Problem[]) =>
  problems.map((p) => `${p.part}${p.line ? `:${p.line}` : ''}: ${p.message}`);
