import type { Area } from '../../src/model/areas';

/** n made-up areas of varied sizes ("Locality 1" …), for workbooks longer than Scotland's 14 boards. */
export function localities(n: number): Area[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Locality ${i + 1}`,
    smiContacts: 150 + ((i * 7919) % 900),
    population: 20000 + ((i * 104729) % 60000),
  }));
}
