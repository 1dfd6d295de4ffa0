import type { Area } from '../model/areas';
import type { DataSet } from './dataSet';

/**
 * The 14 NHS Scotland health boards (2014 boundaries), as the Fair Start Scotland IPS review
 * planned them.
 * - smiContacts: estimated people in contact with SMI services (new outpatients by health need,
 *   mental illness, 2018) — Fair Start Scotland IPS review (Social Finance for the Scottish
 *   Government, 2020), table in "Potential way forward for IPS delivery for people with SMI in
 *   Scotland", footnote 1.
 * - code: Scottish Government area codes (Public Health Scotland open data, hb2014).
 * - population: all ages, mid-2018 — National Records of Scotland mid-year estimates, as
 *   republished by Public Health Scotland (hb2014_pop_est).
 * - phase: the review's first phase expands the existing high-fidelity services (NHS Lothian,
 *   Glasgow SAMH, Fife IPS); every other board starts in phase 2. The model knows no board by
 *   name: these phases are data, written on every row.
 * Checks by hand: contacts total 60,424; population total 5,438,100.
 */
export const SCOTLAND_2018_SOURCE = {
  smiContacts:
    'Fair Start Scotland IPS review (Social Finance for the Scottish Government, 2020): new outpatients by health need (mental illness), 2018, footnote 1',
  population:
    'National Records of Scotland mid-2018 population estimates, all ages (Public Health Scotland, hb2014_pop_est)',
  code: 'Public Health Scotland open data, hb2014 codes',
} as const;

export const SCOTLAND_2018: readonly Readonly<Area>[] = Object.freeze([
  { name: 'Ayrshire and Arran', code: 'S08000015', smiContacts: 3654, population: 369670, phase: 2 },
  { name: 'Borders', code: 'S08000016', smiContacts: 6000, population: 115270, phase: 2 },
  { name: 'Dumfries and Galloway', code: 'S08000017', smiContacts: 1342, population: 148790, phase: 2 },
  { name: 'Western Isles', code: 'S08000028', smiContacts: 224, population: 26830, phase: 2 },
  { name: 'Fife', code: 'S08000029', smiContacts: 3706, population: 371910, phase: 1 },
  { name: 'Forth Valley', code: 'S08000019', smiContacts: 2820, population: 306070, phase: 2 },
  { name: 'Grampian', code: 'S08000020', smiContacts: 5098, population: 584550, phase: 2 },
  { name: 'Greater Glasgow and Clyde', code: 'S08000031', smiContacts: 9966, population: 1174980, phase: 1 },
  { name: 'Highland', code: 'S08000022', smiContacts: 5588, population: 321800, phase: 2 },
  { name: 'Lanarkshire', code: 'S08000032', smiContacts: 6586, population: 659200, phase: 2 },
  { name: 'Lothian', code: 'S08000024', smiContacts: 9312, population: 897770, phase: 1 },
  { name: 'Orkney', code: 'S08000025', smiContacts: 268, population: 22190, phase: 2 },
  { name: 'Shetland', code: 'S08000026', smiContacts: 194, population: 22990, phase: 2 },
  { name: 'Tayside', code: 'S08000030', smiContacts: 5666, population: 416080, phase: 2 },
]);

/** A fresh, mutable copy of the built-in boards. */
export function scotlandBoards(): Area[] {
  return SCOTLAND_2018.map((b) => ({ ...b }));
}

export const SCOTLAND_2018_DATA_SET: DataSet = Object.freeze({
  id: 'scotland-2018',
  title: 'NHS Scotland, 2018',
  words: { one: 'health board', many: 'health boards' },
  year: 2018,
  sources: [
    { label: 'SMI contacts', text: SCOTLAND_2018_SOURCE.smiContacts },
    { label: 'Population', text: SCOTLAND_2018_SOURCE.population },
    { label: 'Board codes', text: SCOTLAND_2018_SOURCE.code },
    {
      label: 'Phases',
      text: 'Fair Start Scotland IPS review (2020): the first phase expands the existing high-fidelity services (NHS Lothian, Glasgow SAMH, Fife IPS), so Lothian, Greater Glasgow and Clyde and Fife are in phase 1, every other board in phase 2',
    },
  ],
  areas: SCOTLAND_2018,
});
