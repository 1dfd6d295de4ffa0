/**
 * Every workbook the tests write, from both writers, checked as Excel checks a file it opens: each part
 * against the ECMA-376 Transitional schemas, and the rules Excel repairs on (support/validateXlsx.ts).
 * Then the validator itself, shown catching each kind of broken part.
 */
import JSZip from 'jszip';
import { writeXlsx } from '../../src/hosts/xlsx/writeXlsx';
import { streamedBytes } from './support/streamed';
import { describeProblems, validateXlsx } from './support/validateXlsx';
import { TEST_WORKBOOKS } from './support/workbooks';
import { xmllintAvailable } from './support/xmllint';

jest.setTimeout(180_000);
const run = xmllintAvailable() ? describe : describe.skip;
const WRITERS = [
  ['written in memory (writeXlsx)', writeXlsx],
  ['streamed (streamXlsx)', streamedBytes],
] as const;

run.each(WRITERS)('every workbook the tests write, %s, opens clean', (_, write) => {
  it.each(TEST_WORKBOOKS.map((w) => [w.name, w] as const))('%s', async (_name, w) => {
    expect(describeProblems(await validateXlsx(await write(w.blueprint())))).toEqual([]);
  });
});

run('the validator catches a broken part and names it', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await writeXlsx(TEST_WORKBOOKS[0].blueprint());
  });

  /** The problems of the good workbook with one part (the first whose text matches) edited. */
  async function broken(match: RegExp, edit: (xml: string) => string) {
    const zip = await JSZip.loadAsync(good);
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n].dir)
      .sort();
    const texts = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
    const part = names.find((n, i) => match.test(texts[i]))!;
    zip.file(part, edit(texts[names.indexOf(part)]));
    const problems = await validateXlsx(await zip.generateAsync({ type: 'uint8array' }));
    return { part, problems, parts: problems.map((p) => p.part), text: describeProblems(problems).join('\n') };
  }

  it.each([
    [
      'an unknown element',
      /<styleSheet /,
      (x: string) => x.replace(/(<styleSheet [^>]*>)/, '$1<bogus/>'),
      /bogus.*not expected/,
    ],
    [
      'an element out of schema order',
      /<pageMargins /,
      (x: string) => {
        const margins = /<pageMargins [^>]*\/>/.exec(x)![0];
        return x.replace(margins, '').replace('<sheetData>', `${margins}<sheetData>`);
      },
      /pageMargins.*not expected/,
    ],
    [
      'a table column renamed away from its header cell',
      /<tableColumn /,
      (x: string) => x.replace(/(<tableColumn [^>]*name=")/, '$1Renamed '),
      /is headed/,
    ],
    [
      'a relationship to a missing part',
      /relationships\/table"/,
      (x: string) => x.replace(/Target="[^"]*"/, 'Target="../tables/table99.xml"'),
      /table99\.xml, which is not in the file/,
    ],
    [
      'a duplicate defined name',
      /<definedName /,
      (x: string) => x.replace(/(<definedName [^>]*>[^<]*<\/definedName>)/, '$1$1'),
      /defined twice/,
    ],
    [
      'a newer function without its _xlfn. prefix',
      /<f>/,
      (x: string) => x.replace('<f>', '<f>MAXIFS(A1:A2,A1:A2,1)+'),
      /MAXIFS without the _xlfn\. prefix/,
    ],
    [
      'an over-long list validation',
      /type="list"/,
      (x: string) => x.replace(/(type="list"[^>]*>\s*<formula1>)[^<]*/, `$1"${'a,'.repeat(130)}a"`),
      /at most 255/,
    ],
    [
      'duplicate conditional-format priorities',
      /<cfRule /,
      (x: string) => x.replace(/priority="\d+"/g, 'priority="1"'),
      /has priority 1, as does/,
    ],
    [
      'an extension attribute whose namespace is not declared ignorable',
      /mc:Ignorable="x14ac"/,
      (x: string) => x.replace(' mc:Ignorable="x14ac"', ''),
      /dyDescent.*not allowed/,
    ],
  ])('%s', async (_, match, edit, message) => {
    const { part, parts, text } = await broken(match, edit);
    expect(parts).toContain(part);
    expect(text).toMatch(message);
  });
});
