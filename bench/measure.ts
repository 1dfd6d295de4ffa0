import { performance } from 'node:perf_hooks';

/** Median of several timed runs, in milliseconds (after one warm-up run). */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * n synthetic areas like Scotland's boards: populations of 20,000 to 1.2 million and contacts at
 * 0.8%–1.4% of the population (the boards other than Borders), with existing ES and phases mixed.
 */
export function syntheticAreas(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const population = 20000 + ((i * 104729) % 1_180_000);
    return {
      name: `Area ${i + 1}`,
      smiContacts: Math.round(population * (0.008 + ((i * 7919) % 600) / 100000)),
      population,
      existingEs: i % 5,
      phase: 1 + (i % 3),
    };
  });
}
