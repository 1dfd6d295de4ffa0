/**
 * Labels for the rollout years from the first year's label: "2027/28" → "2028/29" …,
 * "2027-28" keeps its dash, a plain year "2027" counts on as years.
 */
export function yearLabels(first: string, count: number): string[] {
  const parsed = parseYearLabel(first);
  if (!parsed) throw new Error(`First year "${first}" is not a year like 2027/28 or 2027`);
  return Array.from({ length: count }, (_, i) => parsed(i));
}

export function isValidYearLabel(first: string): boolean {
  return parseYearLabel(first) !== null;
}

function parseYearLabel(first: string): ((offset: number) => string) | null {
  const text = first.trim();
  const split = /^(\d{4})\s*([/-])\s*(\d{2}|\d{4})$/.exec(text);
  if (split) {
    const start = Number(split[1]);
    const end = Number(split[3]);
    const endMatches = split[3].length === 2 ? end === (start + 1) % 100 : end === start + 1;
    if (!endMatches) return null;
    const sep = split[2];
    const long = split[3].length === 4;
    return (i) => {
      const s = start + i;
      const e = s + 1;
      return `${s}${sep}${long ? e : String(e % 100).padStart(2, '0')}`;
    };
  }
  if (/^\d{4}$/.test(text)) return (i) => String(Number(text) + i);
  return null;
}
