import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Clicks "Download CSV" and returns the file's text. */
export async function downloadCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/**
 * Reads the exported CSV into objects with a few lines of our own, independent of
 * the engine. The export quotes no field in the scenarios these tests use.
 */
export function readRows(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}
