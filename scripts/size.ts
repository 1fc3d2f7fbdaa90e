// Prints the gzipped JavaScript each built page loads and fails when a page is
// over its budget: `npm run size` (it builds first).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

/** Budgets in gzipped bytes; the first pattern that matches a page's path applies. */
const BUDGETS: { pattern: RegExp; bytes: number; reason: string }[] = [
  { pattern: /^modules\//, bytes: 60 * 1024, reason: 'a module page with its scenario' },
  {
    pattern: /^(progress|instructor|search)\//,
    bytes: 60 * 1024,
    reason: 'a page with one island',
  },
  { pattern: /./, bytes: 0, reason: 'a text page ships no JavaScript' },
];

/** Returns every HTML file under a folder, relative to it. */
function htmlFiles(folder: string, root = folder): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path, root);
    return name.endsWith('.html') ? [relative(root, path)] : [];
  });
}

/** Returns the script files a page loads directly, and the text of its inline scripts. */
function entries(html: string): { files: string[]; inline: string } {
  const files = [
    ...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+\.js)"/g),
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
  ].map((match) => join(DIST, match[1] as string));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] as string)
    .join('\n');
  return { files, inline };
}

/** Follows static and dynamic imports from the entry files and returns every file reached. */
function reachable(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js|\/_astro\/[^"']+\.js)["']/g,
    )) {
      const target = match[1] as string;
      queue.push(target.startsWith('/') ? join(DIST, target) : resolve(dirname(file), target));
    }
  }
  return seen;
}

function main(): number {
  if (!existsSync(DIST)) {
    console.error('size: dist/ is missing. Run npm run build first.');
    return 1;
  }

  let over = 0;
  const rows: string[] = [];
  for (const page of htmlFiles(DIST).sort()) {
    const path = page.replace(/index\.html$/, '');
    const { files, inline } = entries(readFileSync(join(DIST, page), 'utf8'));
    const bundle = [...reachable(files)].map((file) => readFileSync(file));
    const bytes = [...bundle, Buffer.from(inline)]
      .filter((part) => part.length > 0)
      .reduce((sum, part) => sum + gzipSync(part).length, 0);
    const budget =
      BUDGETS.find((entry) => entry.pattern.test(path)) ?? BUDGETS[BUDGETS.length - 1]!;
    const ok = bytes <= budget.bytes;
    if (!ok) over++;
    rows.push(
      `${ok ? 'ok  ' : 'OVER'} ${(bytes / 1024).toFixed(1).padStart(6)} KB of ${(budget.bytes / 1024).toFixed(0).padStart(2)} KB  /${path}  (${budget.reason})`,
    );
  }

  console.log('Gzipped JavaScript per page, against its budget:');
  console.log(rows.join('\n'));
  if (over > 0) {
    console.error(`size: ${over} ${over === 1 ? 'page is' : 'pages are'} over budget.`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
