/** xmllint (libxml2-utils) validating files against one of the schemas in test/xlsx/schemas. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const SCHEMAS = join(__dirname, '..', 'schemas');
const INSTALL = 'apt-get install -y libxml2-utils';

function installed(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the schema tests can run here. Without xmllint they are skipped with one line, unless
 * REQUIRE_XMLLINT=1 (set by .ci/run), where a missing xmllint is a failure.
 */
export function xmllintAvailable(): boolean {
  if (installed()) return true;
  if (process.env.REQUIRE_XMLLINT === '1') throw new Error(`REQUIRE_XMLLINT=1 but xmllint was not found (${INSTALL})`);
  console.warn(`Schema tests skipped: xmllint not found (${INSTALL}).`);
  return false;
}

export interface LintMessage {
  file: string;
  line: number;
  message: string;
}

// "<file>:<line>: element c: Schemas validity error : Element '{…}c': This element is not expected. …"
const MESSAGE = /^(.*?):(\d+): (?:element [^:]+: )?(.*)$/;

/** Every complaint xmllint makes about the files against the schema (a file name of test/xlsx/schemas). */
export function xmllint(schema: string, files: string[]): LintMessage[] {
  if (!files.length) return [];
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(SCHEMAS, schema), ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // 0: valid; 1, 3, 4: files not well-formed or not valid (reported below); anything else: the schema or xmllint failed.
  if (![0, 1, 3, 4].includes(run.status ?? -1))
    throw new Error(`xmllint --schema ${schema} stopped (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  const messages: LintMessage[] = [];
  const lines = run.stderr.split('\n').filter((l) => l && !/ (validates|fails to validate)$/.test(l));
  for (let i = 0; i < lines.length; i++) {
    const m = MESSAGE.exec(lines[i]);
    const file = m && files.find((f) => f === m[1]);
    if (!m || !file) {
      // A parser error's context lines (the text, then a caret) follow its message.
      if (messages.length) messages[messages.length - 1].message += ` ${lines[i].trim()}`;
      else throw new Error(`xmllint said what this does not understand: ${lines[i]}`);
      continue;
    }
    messages.push({ file, line: Number(m[2]), message: m[3].replace(/Schemas validity error : /, '').trim() });
  }
  if (run.status !== 0 && !messages.length) throw new Error(`xmllint failed and said nothing (exit ${run.status})`);
  return messages;
}
