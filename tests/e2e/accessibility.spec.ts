import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'module with a scenario', path: '/modules/03-call-duration-by-agent/' },
  { name: 'progress', path: '/progress/' },
  { name: 'search', path: '/search/' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const { name, path } of PAGES) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual(
          [],
        );
      });
    }

    test('answered scenario has no violations', async ({ page }) => {
      await page.goto('/modules/02-share-by-product/');
      const card = page.locator('[data-question="top-product-share"]');
      await card.getByRole('textbox').fill('0.45');
      await card.getByRole('button', { name: 'Check' }).click();
      await card.getByRole('button', { name: 'Show the solution' }).click();
      await page.getByRole('button', { name: 'Show as table' }).first().click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual(
        [],
      );
    });
  });
}

test.describe('keyboard', () => {
  test('learner answers with the keyboard alone', async ({ page }) => {
    await page.goto('/modules/02-share-by-product/');
    const field = page.locator('[data-question="total-interactions"]').getByRole('textbox');
    await field.focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');

    const verdict = page.locator('[data-question="total-interactions"] .verdict');
    await expect(verdict).toContainText('✗ Incorrect.');
    await expect(verdict).toBeFocused();
  });
});
