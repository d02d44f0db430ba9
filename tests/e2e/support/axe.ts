import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe on the page with every <details> open, so that their content is checked too; one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
