import type { DataSet } from '../../src/data';

/**
 * A made-up data set of another shape than Scotland's: three localities, 2024, no codes, one area
 * without a population and one without a phase. It lives only in the tests, to prove the seam.
 */
export const LOCALITIES_2024: DataSet = {
  id: 'test-localities-2024',
  title: 'Test council, 2024',
  words: { one: 'locality', many: 'localities' },
  year: 2024,
  sources: [
    { label: 'SMI contacts', text: 'Test council community mental health teams, caseloads in March 2024 (made up)' },
    { label: 'Population', text: 'Test council mid-2024 estimates (made up)' },
  ],
  areas: [
    { name: 'Northgate', smiContacts: 1200, population: 90000, phase: 1 },
    { name: 'Riverside', smiContacts: 800, population: 70000 },
    { name: 'Hill End', smiContacts: 400, phase: 3 },
  ],
};
