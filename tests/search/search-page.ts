// Searching as a reader does on /search/, for the specs that read what one query shows.
import { expect, type Locator, type Page } from '@playwright/test';

/** Types `query` into the box of the search page `page` is on and waits for its results: their panel. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.getByRole('searchbox', { name: '输入你想问的问题或词语' }).fill(query);
  const panel = page.locator('[data-search-results]');
  await expect(panel).toHaveAttribute('data-query', query);
  await expect(panel).not.toHaveAttribute('aria-busy', 'true');
  return panel;
}
