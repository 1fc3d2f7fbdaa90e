import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Each case builds a copy of the site with one authoring mistake and checks
// that the real `astro build` stops with a message that names it. The cases run
// one after another, because the copies share node_modules and its build cache.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'svelte.config.js',
  'package.json',
];
const copies: string[] = [];

afterAll(async () => {
  await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Copies the site, lets `change` break it, builds it and returns the exit code and output. */
async function buildBroken(change: (root: string) => Promise<void>) {
  const root = await mkdtemp(join(tmpdir(), 'sal-authoring-'));
  copies.push(root);
  await Promise.all(
    COPIED.map((name) => cp(join(ROOT, name), join(root, name), { recursive: true })),
  );
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  await change(root);

  try {
    const { stdout, stderr } = await run('node', ['node_modules/astro/astro.js', 'build'], {
      cwd: root,
      // A plain environment: Vitest's own variables, NODE_ENV=test among them,
      // would make the build a preview that shows drafts.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, root };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr, root };
  }
}

/** Returns the path of the first module file in a copy, in week order. */
async function firstModule(root: string): Promise<string> {
  const folder = join(root, 'src/content/modules');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
  return join(folder, names[0] as string);
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')));
}

describe('build rejects authoring mistakes', { timeout: 240_000 }, () => {
  it('missing title', async () => {
    let file = '';
    const result = await buildBroken(async (root) => {
      file = await firstModule(root);
      await edit(file, (text) => text.replace(/^title:.*\n/m, ''));
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('does not match collection schema');
    expect(result.output).toContain('title');
    expect(result.output).toContain('Required');
  });

  it('week written as text', async () => {
    const result = await buildBroken(async (root) => {
      await edit(await firstModule(root), (text) => text.replace(/^week:.*$/m, 'week: three'));
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('does not match collection schema');
    expect(result.output).toContain('week: Expected type `"number"`, received `"string"`');
    expect(result.output).toMatch(/src\/content\/modules\/\S+\.mdx/);
  });

  it('duplicate week', async () => {
    const result = await buildBroken(async (root) => {
      const file = await firstModule(root);
      await cp(file, file.replace(/\.mdx$/, '-copy.mdx'));
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /Duplicate week \d+: src\/content\/modules\/.+\.mdx and src\/content\/modules\/.+\.mdx both set "week: \d+"\. Give each module its own week number\./,
    );
  });

  it('unknown scenario id', async () => {
    const result = await buildBroken(async (root) => {
      await edit(await firstModule(root), (text) =>
        text.replace(/<Scenario id="[^"]*"/, '<Scenario id="no-such-scenario"'),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /src\/content\/modules\/\S+\.mdx: <Scenario> prop "id" is invalid: Unknown scenario id "no-such-scenario"\. Known scenario ids: /,
    );
  });

  it('number prop written as a string', async () => {
    const result = await buildBroken(async (root) => {
      await edit(await firstModule(root), (text) =>
        text.replace(/<Scenario id="([^"]*)"/, '<Scenario id="$1" pageSize="20"'),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      '<Scenario> prop "pageSize" must be a whole number from 5 to 100, got the string "20". Write the number in braces, pageSize={20}, not in quotes.',
    );
  });

  it('unknown prop', async () => {
    const result = await buildBroken(async (root) => {
      await edit(await firstModule(root), (text) =>
        text.replace(/<Scenario id="([^"]*)"/, '<Scenario id="$1" precision={1}'),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      '<Scenario> has an unknown prop "precision". Allowed props: id, pageSize',
    );
  });

  it('question without an answer', async () => {
    const result = await buildBroken(async (root) => {
      const file = await firstModule(root);
      const id = /<Scenario id="([^"]*)"/.exec(await readFile(file, 'utf8'))?.[1] ?? '';
      const scenarioFile = join(root, 'src/scenarios', `${id}.ts`);
      await edit(scenarioFile, (text) =>
        text.replace(
          'questions: [',
          "questions: [{ kind: 'category', id: 'broken', prompt: 'Which?', dimension: 'product', answer: { label: 'No such product' } },",
        ),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /question "broken" has no answer in variant 1: Unknown product "No such product": the dataset has no such value\. Change the question or the spec in src\/scenarios\./,
    );
  });

  it('leaves out drafts and future modules', async () => {
    const result = await buildBroken(async (root) => {
      const file = await firstModule(root);
      const text = await readFile(file, 'utf8');
      const withWeek = (week: number, extra: string) =>
        text.replace(/^week:.*$/m, `week: ${week}`).replace(/^publishDate:.*$/m, extra);
      await writeFile(
        join(root, 'src/content/modules/98-future.mdx'),
        withWeek(98, 'publishDate: 2999-01-04'),
      );
      await writeFile(
        join(root, 'src/content/modules/99-draft.mdx'),
        withWeek(99, 'publishDate: 2026-01-05\ndraft: true'),
      );
    });
    expect(result.code).toBe(0);
    const pages = await readdir(join(result.root, 'dist/modules'));
    expect(pages).not.toContain('98-future');
    expect(pages).not.toContain('99-draft');
    expect(pages.length).toBeGreaterThan(0);
  });
});
