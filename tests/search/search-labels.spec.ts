// What the search box says and does about the "/" shortcut, and how it is seen: no key hint on a touch screen, a
// shortcut the reader can turn off (WCAG 2.1.4), field edges at 3:1 in both colour schemes (1.4.11).
import { expect, test, type Page } from '@playwright/test';

const headerBox = (page: Page) => page.getByRole('searchbox', { name: '搜索本站' });

test('the box announces its "/" key; "/" goes to it', async ({ page }) => {
  await page.goto('/topics/theft/');
  await expect(headerBox(page)).toHaveAttribute('aria-keyshortcuts', '/');
  await page.keyboard.press('/');
  await expect(headerBox(page)).toBeFocused();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no keyboard hint, in the placeholder or beside it', async ({ page }) => {
    for (const path of ['/', '/topics/theft/', '/zh-hant/topics/theft/']) {
      await page.goto(path);
      await expect(headerBox(page)).toBeVisible();
      expect(await headerBox(page).getAttribute('placeholder')).not.toMatch(/[/／]|键|鍵/);
      expect(await page.locator('form[data-search-box]').innerText()).not.toMatch(/[/／]|键|鍵/);
    }
  });
});

test('the "/" shortcut can be turned off on /search/, and on again; the choice holds on every page', async ({ page }) => {
  await page.goto('/search/');
  const setting = page.getByRole('checkbox', { name: '按 / 键跳到搜索框' });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await page.goto('/topics/theft/');
  await expect(headerBox(page)).not.toHaveAttribute('aria-keyshortcuts', /./);
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(headerBox(page)).not.toBeFocused();
  await page.goto('/search/');
  await expect(setting).not.toBeChecked();
  await setting.check();
  await page.goto('/topics/theft/');
  await page.keyboard.press('/');
  await expect(headerBox(page)).toBeFocused();
});

/** Contrast ratio of two CSS colours (rgb() as getComputedStyle gives them), as WCAG defines it. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`text fields have edges at 3:1 against the field and what surrounds it (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const [path, field] of [['/topics/theft/', 'form[data-search-box] input'], ['/', 'form[data-search-box] input'], ['/search/', 'form[data-search-page] input']]) {
      await page.goto(path!);
      const colors = await page.locator(field!).evaluate((input) => {
        const backgroundOf = (el: Element | null): string => {
          for (; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        return { edge: getComputedStyle(input).borderTopColor, inside: backgroundOf(input), around: backgroundOf(input.parentElement) };
      });
      expect(contrast(colors.edge, colors.inside), `${path} ${JSON.stringify(colors)}`).toBeGreaterThanOrEqual(3);
      expect(contrast(colors.edge, colors.around), `${path} ${JSON.stringify(colors)}`).toBeGreaterThanOrEqual(3);
    }
  });
}
