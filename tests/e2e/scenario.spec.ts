import { expect, test, type Page } from '@playwright/test';
import { downloadCsv, readRows } from './csv';

const MODULE = '/modules/02-share-by-product/';

/** The answers a learner works out from the downloaded CSV, by hand-written counting. */
function answersFrom(csv: string) {
  const rows = readRows(csv);
  const perProduct = new Map<string, number>();
  for (const row of rows) perProduct.set(row.product!, (perProduct.get(row.product!) ?? 0) + 1);

  const [topProduct, topCount] = [...perProduct].sort((a, b) => b[1] - a[1])[0]!;
  const share = ((topCount / rows.length) * 100).toFixed(1);
  return {
    total: String(rows.length),
    topProduct,
    share,
    fraction: (topCount / rows.length).toFixed(2),
  };
}

function question(page: Page, id: string) {
  return page.locator(`[data-question="${id}"]`);
}

async function answer(page: Page, id: string, text: string) {
  const card = question(page, id);
  await card.getByRole('textbox').fill(text);
  await card.getByRole('button', { name: 'Check' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto(MODULE);
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
});

test.describe('learner answers a scenario', () => {
  test('home page lists the module and opens it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support Analytics Lab');
    await page.getByRole('link', { name: 'Share of support demand by product' }).click();
    await expect(page).toHaveURL(MODULE);
    await expect(
      page.getByRole('heading', { name: 'Share shows where demand comes from' }),
    ).toBeVisible();
  });

  test('table shows the dataset in pages', async ({ page }) => {
    const csv = await downloadCsv(page);
    const total = readRows(csv).length;

    await expect(page.getByText(`Rows 1–20 of ${total} interactions`)).toBeVisible();
    const table = page.getByRole('region', { name: /interactions of variant 1/ });
    await expect(table.locator('tbody tr')).toHaveCount(20);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`Rows 21–40 of ${total} interactions`)).toBeVisible();
  });

  test('correct answers are graded correct', async ({ page }) => {
    const expected = answersFrom(await downloadCsv(page));

    await answer(page, 'total-interactions', expected.total);
    await question(page, 'top-product').getByRole('combobox').selectOption(expected.topProduct);
    await question(page, 'top-product').getByRole('button', { name: 'Check' }).click();
    await answer(page, 'top-product-share', expected.share);

    for (const id of ['total-interactions', 'top-product', 'top-product-share']) {
      await expect(question(page, id).locator('.verdict')).toHaveText('✓ Correct.');
    }
    await expect(page.getByTestId('solved')).toHaveText('3 of 4');
  });

  test('wrong answer is graded incorrect with a reason', async ({ page }) => {
    const expected = answersFrom(await downloadCsv(page));

    await answer(page, 'total-interactions', String(Number(expected.total) + 250));
    const verdict = question(page, 'total-interactions').locator('.verdict');
    await expect(verdict).toContainText('✗ Incorrect.');
    await expect(verdict).toContainText('This is not near the expected value.');
    await expect(question(page, 'total-interactions').locator('.hint')).toContainText(
      'Every row is one interaction',
    );
  });

  test('fraction for a percent is named', async ({ page }) => {
    const expected = answersFrom(await downloadCsv(page));

    await answer(page, 'top-product-share', expected.fraction);
    await expect(question(page, 'top-product-share').locator('.verdict')).toContainText(
      'This looks like a fraction. The question asks for a percent',
    );
  });

  test('unreadable answer uses no attempt', async ({ page }) => {
    await answer(page, 'total-interactions', '12abc');
    const card = question(page, 'total-interactions');
    await expect(card.locator('.verdict')).toContainText('Not graded.');
    await expect(card.locator('.verdict')).toContainText('Remove the text after the number');
    await expect(card.locator('.attempts')).toHaveCount(0);

    await answer(page, 'total-interactions', '');
    await expect(card.locator('.verdict')).toContainText('Enter a number, for example 45.2.');
    await expect(card.locator('.attempts')).toHaveCount(0);
  });

  test('answers and verdicts survive a reload', async ({ page }) => {
    const expected = answersFrom(await downloadCsv(page));
    const wrongShare = (Number(expected.share) + 7).toFixed(1);

    await answer(page, 'total-interactions', expected.total);
    await answer(page, 'top-product-share', wrongShare);
    await page.reload();

    const total = question(page, 'total-interactions');
    const share = question(page, 'top-product-share');
    await expect(total.getByRole('textbox')).toHaveValue(expected.total);
    await expect(total.locator('.verdict')).toHaveText('✓ Correct.');
    await expect(share.getByRole('textbox')).toHaveValue(wrongShare);
    await expect(share.locator('.verdict')).toContainText('✗ Incorrect.');
    await expect(share.locator('.attempts')).toHaveText('1 attempt');
  });

  test('new variant gives a different dataset', async ({ page }) => {
    const first = await downloadCsv(page);
    await answer(page, 'total-interactions', answersFrom(first).total);

    await page.getByRole('button', { name: 'New variant' }).click();
    await expect(page.getByTestId('variant')).toHaveText('2');
    const second = await downloadCsv(page);

    expect(second).not.toBe(first);
    await expect(question(page, 'total-interactions').getByRole('textbox')).toHaveValue('');
    await expect(question(page, 'total-interactions').locator('.verdict')).toHaveText('');

    await page.reload();
    await expect(page.getByTestId('variant')).toHaveText('2');
    expect(await downloadCsv(page)).toBe(second);
  });
});

test.describe('variants', () => {
  test('learner returns to an earlier variant', async ({ page }) => {
    await page.goto(MODULE);
    await answer(page, 'total-interactions', '123');
    await page.getByRole('button', { name: 'New variant' }).click();
    await expect(page.getByTestId('variant')).toHaveText('2');
    await expect(question(page, 'total-interactions').getByRole('textbox')).toHaveValue('');

    await page
      .getByRole('combobox', { name: 'Go to variant' })
      .selectOption({ label: 'Variant 1' });
    await expect(page.getByTestId('variant')).toHaveText('1');
    await expect(question(page, 'total-interactions').getByRole('textbox')).toHaveValue('123');

    // Variant 2 holds no answers, so the next new variant is 2 again.
    await page.getByRole('button', { name: 'New variant' }).click();
    await expect(page.getByTestId('variant')).toHaveText('2');
  });
});
