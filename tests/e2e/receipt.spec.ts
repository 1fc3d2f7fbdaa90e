import { expect, test } from '@playwright/test';
import { decodeReceipt, variantSeed } from '../../src/engine';

test.describe('learner id and receipt', () => {
  test('learner id gives own data and a receipt', async ({ page }) => {
    await page.goto('/modules/04-weekday-concentration/');
    const shared = await page.locator('.scenario').getAttribute('data-seed');
    expect(shared).toBe(String(variantSeed('weekday-staffing', 0)));

    await page.goto('/progress/');
    await page.getByLabel('Your learner id, such as a student number (optional)').fill(' s001 ');
    await page.getByRole('button', { name: 'Save learner id' }).click();
    await expect(page.getByText('Learner id set to s001.')).toBeVisible();

    await page.goto('/modules/04-weekday-concentration/');
    await expect(page.locator('.scenario')).toHaveAttribute(
      'data-seed',
      String(variantSeed('weekday-staffing', 0, 's001')),
    );
    await expect(page.getByTestId('receipt')).toHaveCount(0);

    for (const id of ['peak-weekday', 'monday-count', 'early-week-share', 'staffing-action']) {
      await page
        .locator(`[data-question="${id}"]`)
        .getByRole('button', { name: 'Show the solution' })
        .click();
    }
    const code = await page.getByTestId('receipt').inputValue();
    const decoded = decodeReceipt(code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.receipt.learner).toBe('s001');
    expect(decoded.receipt.scenario).toBe('weekday-staffing');
    expect(decoded.receipt.module).toBe('04-weekday-concentration');
    expect(decoded.receipt.answers.every((answer) => answer.revealed)).toBe(true);
  });

  test('invalid learner id is rejected', async ({ page }) => {
    await page.goto('/progress/');
    await page.getByLabel('Your learner id, such as a student number (optional)').fill('<b>x</b>');
    await page.getByRole('button', { name: 'Save learner id' }).click();
    await expect(
      page.getByText('A learner id may contain letters, digits, spaces and . _ @ - only.'),
    ).toBeVisible();
  });
});
