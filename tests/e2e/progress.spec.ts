import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const PREFIX = 'sal:progress:v1:';

/** Builds a stored entry in which every listed question was solved in the first variant. */
function solvedEntry(questionIds: string[]) {
  const answer = {
    draft: '1',
    checked: '1',
    attempts: 1,
    solvedAt: '2026-11-20T10:00:00.000Z',
    revealedAt: null,
  };
  return {
    v: 1,
    variant: 0,
    variants: { '0': Object.fromEntries(questionIds.map((id) => [id, answer])) },
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

const COMPLETE = {
  '02-share-by-product/product-share': solvedEntry([
    'total-interactions',
    'top-product',
    'top-product-share',
    'product-action',
  ]),
  '04-weekday-concentration/weekday-staffing': solvedEntry([
    'peak-weekday',
    'monday-count',
    'early-week-share',
    'staffing-action',
  ]),
  '05-repeat-contacts/repeat-contacts': solvedEntry([
    'repeat-rate',
    'repeat-issue',
    'repeat-issue-share',
    'repeat-action',
  ]),
};

async function seedStorage(page: Page, entries: Record<string, unknown>) {
  await page.addInitScript(
    ({ prefix, stored }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [key, value] of Object.entries(stored)) {
        localStorage.setItem(
          prefix + key,
          typeof value === 'string' ? value : JSON.stringify(value),
        );
      }
    },
    { prefix: PREFIX, stored: entries },
  );
}

test.describe('stored progress', () => {
  test('progress page never flashes empty progress', async ({ page }) => {
    await seedStorage(page, COMPLETE);
    // Record every text the overall line ever shows, from the first paint on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenOverall: string[] }).seenOverall = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="overall"]')?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });

    await page.goto('/progress/');
    await expect(page.getByTestId('overall')).toHaveText('3 of 6 modules complete');
    const seen = await page.evaluate(
      () => (window as unknown as { seenOverall: string[] }).seenOverall,
    );
    expect(seen).toEqual(['3 of 6 modules complete']);
    expect(warnings).toEqual([]);
    await expect(page.locator('[data-module="02-share-by-product"] [data-status]')).toHaveText(
      'Complete',
    );
  });

  test('corrupt entry gives a notice and keeps the rest', async ({ page }) => {
    const good = COMPLETE['02-share-by-product/product-share'];
    await seedStorage(page, {
      '02-share-by-product/product-share': good,
      '03-call-duration-by-agent/agent-durations': '{"v":1,"variant":0,"varia',
    });

    await page.goto('/modules/03-call-duration-by-agent/');
    await expect(
      page.getByText('Some saved progress could not be read and was set aside.'),
    ).toBeVisible();
    const card = page.locator('[data-question="average-duration"]');
    await card.getByRole('textbox').fill('1');
    await card.getByRole('button', { name: 'Check' }).click();
    await expect(card.locator('.verdict')).toContainText('✗ Incorrect.');

    await page.goto('/progress/');
    await expect(page.getByTestId('overall')).toHaveText('1 of 6 modules complete');
  });

  test('storage that refuses writes still grades', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/modules/02-share-by-product/');
    const card = page.locator('[data-question="total-interactions"]');
    await card.getByRole('textbox').fill('12');
    await card.getByRole('button', { name: 'Check' }).click();

    await expect(card.locator('.verdict')).toContainText('✗ Incorrect.');
    await expect(page.getByText('Your progress is not being saved in this browser')).toBeVisible();
  });

  test('two tabs keep both results', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('/modules/02-share-by-product/');
    await second.goto('/modules/05-repeat-contacts/');

    const firstCard = first.locator('[data-question="total-interactions"]');
    await firstCard.getByRole('textbox').fill('3');
    await firstCard.getByRole('button', { name: 'Check' }).click();
    const secondCard = second.locator('[data-question="repeat-rate"]');
    await secondCard.getByRole('textbox').fill('4');
    await secondCard.getByRole('button', { name: 'Check' }).click();
    await expect(secondCard.locator('.verdict')).toContainText('✗ Incorrect.');

    const progress = await context.newPage();
    await progress.goto('/progress/');
    await expect(progress.locator('[data-module="02-share-by-product"] [data-status]')).toHaveText(
      'In progress',
    );
    await expect(progress.locator('[data-module="05-repeat-contacts"] [data-status]')).toHaveText(
      'In progress',
    );
  });
});

test.describe('progress file', () => {
  test('export and import bring progress back', async ({ page }, testInfo) => {
    await seedStorage(page, COMPLETE);
    await page.goto('/progress/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    const exported = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(exported).format).toBe('support-analytics-lab-progress');

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await expect(page.getByTestId('overall')).toHaveText('0 of 6 modules complete');

    const file = testInfo.outputPath('progress.json');
    await writeFile(file, exported);
    await page.getByLabel('Progress file to import').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      'Imported the progress of 3 scenarios.',
    );
    await expect(page.getByTestId('overall')).toHaveText('3 of 6 modules complete');
  });

  test('invalid file changes nothing', async ({ page }, testInfo) => {
    await seedStorage(page, COMPLETE);
    await page.goto('/progress/');
    const file = testInfo.outputPath('broken.json');
    await writeFile(
      file,
      '{"format": "support-analytics-lab-progress", "version": 1, "entries": {"a/b": {"v": 1}}}',
    );

    await page.getByLabel('Progress file to import').setInputFiles(file);
    await expect(
      page.getByText('Nothing was imported. The entry "a/b" is damaged or not a progress entry.'),
    ).toBeVisible();
    await expect(page.getByTestId('overall')).toHaveText('3 of 6 modules complete');
  });

  test('reset asks first', async ({ page }) => {
    await seedStorage(page, COMPLETE);
    await page.goto('/progress/');
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await expect(page.getByTestId('overall')).toHaveText('3 of 6 modules complete');
  });
});
