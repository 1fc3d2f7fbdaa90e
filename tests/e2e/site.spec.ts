import { expect, test, type Page } from '@playwright/test';

/** Collects console errors and warnings, failed requests and page errors of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

test.describe('course pages', () => {
  for (const [colorScheme, width] of [
    ['light', 1280],
    ['dark', 390],
  ] as const) {
    test(`every page loads cleanly, ${colorScheme} at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto('/');
      const links = await page
        .locator('main a[href^="/modules/"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(links.length).toBe(6);

      const paths = ['/', ...new Set(links), '/progress/', '/search/', '/instructor/answer-key/'];
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const policy = await page
          .locator('meta[http-equiv="content-security-policy"]')
          .getAttribute('content');
        expect(policy, path).toContain("script-src 'self'");
        expect(policy, path).not.toContain('unsafe-inline');
        expect(policy, path).not.toContain('unsafe-eval');
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('scenario keeps working offline', async ({ page, context }) => {
    await page.goto('/modules/02-share-by-product/');
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
    await context.setOffline(true);

    await page.getByRole('button', { name: 'New variant' }).click();
    await expect(page.getByTestId('variant')).toHaveText('2');
    const card = page.locator('[data-question="total-interactions"]');
    await card.getByRole('textbox').fill('7');
    await card.getByRole('button', { name: 'Check' }).click();
    await expect(card.locator('.verdict')).toContainText('✗ Incorrect.');

    const stored = await page.evaluate(() =>
      localStorage.getItem('sal:progress:v1:02-share-by-product/product-share'),
    );
    expect(JSON.parse(stored ?? '{}').variants['1']['total-interactions'].checked).toBe('7');
    await context.setOffline(false);
  });

  test('home shows this week first, then the archive', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'This week' })).toBeVisible();
    const featured = page.locator('section[aria-labelledby="this-week"] h3');
    await expect(featured).toHaveText('Putting it together: from how many to what next');
    await expect(page.locator('section[aria-labelledby="archive"] h3')).toHaveCount(5);
  });

  test('module links to the weeks around it', async ({ page }) => {
    await page.goto('/modules/03-call-duration-by-agent/');
    await page.getByRole('link', { name: /Week 4:/ }).click();
    await expect(page).toHaveURL('/modules/04-weekday-concentration/');
    await page.getByRole('link', { name: /Week 3:/ }).click();
    await expect(page).toHaveURL('/modules/03-call-duration-by-agent/');
  });

  test('RSS feed lists every module', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    expect(feed.match(/<item>/g)?.length).toBe(6);
    expect(feed).toContain('Week 5: Repeat contacts and first-contact resolution');
  });

  test('search finds the repeat rate module', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search the modules' }).fill('repeat rate');
    await expect(
      page.getByRole('link', { name: 'Repeat contacts and first-contact resolution' }),
    ).toBeVisible();
  });

  test('scenario says it needs JavaScript when it is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/modules/02-share-by-product/');
    await expect(
      page.getByRole('heading', { name: 'Share shows where demand comes from' }),
    ).toBeVisible();
    // Playwright's text locators skip <noscript>, so read the rendered text.
    const slot = await page.locator('.scenario-slot').innerText();
    expect(slot).toContain(
      'This scenario generates its data and grades your answers in the browser, so it needs JavaScript.',
    );
    expect(slot).not.toContain('Loading');
    await context.close();
  });

  test('answer key shows a variant', async ({ page }) => {
    await page.goto('/instructor/answer-key/');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('product-share');
    await expect(page.locator('[data-question="top-product-share"] .answer')).toContainText(
      'exact',
    );
  });
});

test.describe('charts', () => {
  test('answer chart waits for the answer', async ({ page }) => {
    await page.goto('/modules/03-call-duration-by-agent/');
    await page.getByRole('combobox', { name: 'Show' }).selectOption('averageCallDuration');
    await page.getByRole('combobox', { name: 'by', exact: true }).selectOption('agent');
    await expect(page.getByTestId('chart-locked')).toContainText('question 1');

    for (const id of ['average-duration', 'longest-average-agent', 'longest-agent-minutes']) {
      await page
        .locator(`[data-question="${id}"]`)
        .getByRole('button', { name: 'Show the solution' })
        .click();
    }
    await expect(
      page.getByRole('figure', { name: /Average call duration by agent/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(
      page.getByRole('figure', { name: /Average call duration by agent/ }).locator('tbody tr'),
    ).toHaveCount(8);
  });
});
