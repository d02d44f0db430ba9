// Searching as a reader does on /search/, for the specs that read what one query shows.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Types `query` into the box of the search page `page` is on and waits for its results: their panel. `inputName`
 * names the box: the Simplified page's by default, the Traditional page's from searchPages
 * (scripts/support/relevance.ts).
 */
export async function searchFor(page: Page, query: string, inputName = '输入你想问的问题或词语'): Promise<Locator> {
  await page.getByRole('searchbox', { name: inputName }).fill(query);
  const panel = page.locator('[data-search-results]');
  await expect(panel).toHaveAttribute('data-query', query);
  await expect(panel).not.toHaveAttribute('aria-busy', 'true');
  return panel;
}
