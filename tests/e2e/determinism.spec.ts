import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { GOLDEN } from '../golden/digest';

// The product-share scenario lives in the week 2 module; a learner with no
// stored progress sees its first variant, the golden one.
const MODULE = '/modules/02-share-by-product/';

for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
  test.describe(`download in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('CSV matches the golden digest', async ({ page }) => {
      await page.goto(MODULE);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        timezoneId,
      );

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const bytes = await readFile(await download.path());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(GOLDEN.sha256);
    });
  });
}
