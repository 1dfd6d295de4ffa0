/**
 * Ends every jest run with one plain line, "jest: N passed, N failed, N skipped", that CI and
 * people can read at a glance (jest's own summary is spread over several lines). It is also kept
 * in test-artifacts/jest-summary.txt so .ci/run can repeat it as its last line.
 */
const fs = require('fs');
const path = require('path');

class SummaryReporter {
  constructor(globalConfig) {
    this.file = path.join(globalConfig.rootDir, 'test-artifacts', 'jest-summary.txt');
  }

  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: todo } = results;
    const line = `jest: ${passed} passed, ${failed} failed, ${skipped + todo} skipped`;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `${line}\n`);
    process.stderr.write(`\n${line}\n`);
  }
}

module.exports = SummaryReporter;
