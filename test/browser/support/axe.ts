import type { Page } from 'playwright-core';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's serious and critical violations on the page as it is (minor ones are logged). */
export async function axe(page: Page): Promise<AxeResult['violations']> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as AxeResult;
  const minor = result.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  for (const v of minor)
    console.info(`axe (${v.impact}): ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
