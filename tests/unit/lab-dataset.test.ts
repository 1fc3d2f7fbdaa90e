import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetToCsv, generate, variantSeed } from '../../src/engine';
import { getScenario, SCENARIOS } from '../../src/scenarios';
import { lab, LAB_TIMEOUT } from './lab-process';

const productShare = getScenario('product-share');

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

describe('lab dataset', { timeout: LAB_TIMEOUT }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'lab-dataset-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("writes a learner's CSV", () => {
    const out = join(folder, 's001.csv');
    const run = lab('dataset', '--learner', 's001', '--scenario', 'product-share', '--out', out);
    const seed = variantSeed('product-share', 0, 's001');
    const expected = generate(productShare.spec, seed);

    expect(run.status).toBe(0);
    expect(sha256(readFileSync(out))).toBe(sha256(datasetToCsv(expected)));
    expect(run.stderr).toBe(
      `lab: wrote ${out}: product-share, seed ${seed}, ${expected.size} rows\n`,
    );
  });

  it('counts --variant from 1', () => {
    const out = join(folder, 's001-variant-3.csv');
    const args = ['--scenario', 'product-share', '--learner', 's001', '--variant', '3'];
    const run = lab('dataset', ...args, '--out', out);
    const seed = variantSeed('product-share', 2, 's001');
    const expected = generate(productShare.spec, seed);

    expect(run.status).toBe(0);
    expect(sha256(readFileSync(out))).toBe(sha256(datasetToCsv(expected)));
    expect(run.stderr).toContain(`seed ${seed},`);
  });

  it('rejects a missing --out', () => {
    const run = lab('dataset', '--scenario', 'product-share', '--learner', 's001');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: missing --out FILE: name the CSV file to write',
    );
  });

  it('takes --seed as is', () => {
    const out = join(folder, 'seed.csv');
    const run = lab('dataset', '--scenario', 'product-share', '--seed', '4294967295', '--out', out);
    const expected = generate(productShare.spec, 4_294_967_295);

    expect(run.status).toBe(0);
    expect(sha256(readFileSync(out))).toBe(sha256(datasetToCsv(expected)));
  });

  it('rejects a negative --seed', () => {
    const out = join(folder, 'negative.csv');
    const run = lab('dataset', '--scenario', 'product-share', '--seed', '-5', '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: invalid --seed "-5": expected a whole number from 0 to 4294967295',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a seed past 2^32 - 1', () => {
    const run = lab('dataset', '--scenario', 'product-share', '--seed', '4294967296', '--out', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: invalid --seed "4294967296": expected a whole number from 0 to 4294967295',
    );
  });

  it('rejects variant 0', () => {
    const run = lab('dataset', '--scenario', 'product-share', '--learner', 'a', '--variant', '0');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: invalid --variant "0": expected a whole number from 1 up',
    );
  });

  it('lists the scenario ids', () => {
    const run = lab('dataset', '--scenario', 'churn-forecast', '--seed', '1', '--out', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: unknown scenario "churn-forecast": expected one of ' +
        Object.keys(SCENARIOS).join(', '),
    );
  });

  it('rejects --seed with --learner', () => {
    const run = lab('dataset', '--scenario', 'product-share', '--seed', '1', '--learner', 'a');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: give either --seed or --learner, not both',
    );
  });

  it('rejects neither --seed nor --learner', () => {
    const run = lab('dataset', '--scenario', 'product-share', '--out', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: missing --learner ID or --seed N: name the learner or the seed',
    );
  });

  it('rejects --variant with --seed', () => {
    const run = lab('dataset', '--scenario', 'product-share', '--seed', '1', '--variant', '2');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'lab dataset: --variant works only with --learner, because --seed N sets the seed',
    );
  });
});

describe('lab --help', { timeout: LAB_TIMEOUT }, () => {
  it('lists grade and dataset', () => {
    const run = lab('--help');
    expect(run.stdout).toContain(
      '  grade    regrade completion receipts and write a gradebook in CSV',
    );
    expect(run.stdout).toContain("  dataset  write the CSV of a learner's scenario variant");
  });
});
