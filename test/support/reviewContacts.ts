import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SMI contacts of the review's 14 boards, typed independently of src/data (test/fixtures/review-table.csv). */
export const REVIEW_CONTACTS: readonly number[] = readFileSync(join(__dirname, '../fixtures/review-table.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => Number(line.split(',')[1]));
