// Creates the next week's module: `npm run new:module -- "Title"`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULES = 'src/content/modules';
const DAY_MS = 86_400_000;

/** Turns a title into the file name part of a module, such as `call-duration-by-agent`. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Reads the week and publish date of each existing module from its frontmatter. */
function existingWeeks(folder: string): { week: number; publishDate: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const week = /^week:\s*(\d+)\s*$/m.exec(text)?.[1];
      const date = /^publishDate:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(text)?.[1];
      return week && date ? [{ week: Number(week), publishDate: date }] : [];
    });
}

/** Writes the MDX text of a new module. */
export function moduleTemplate(title: string, week: number, publishDate: string): string {
  return `---
title: ${JSON.stringify(title)}
week: ${week}
publishDate: ${publishDate}
summary: One sentence that tells a learner what this module answers.
objectives:
  - The first thing a learner can do after this module.
  - The second thing.
draft: true
---

Why this lens matters, in two or three sentences.

## The calculation

<div class="worked-example">

**Worked example.** A small example with numbers a learner can check by hand.

</div>

## Mistakes to avoid

- **A common mistake.** What goes wrong and how to avoid it.

## Your turn

{/* Replace product-share with the id of your scenario in src/scenarios. */}

<Scenario id="product-share" />

## What a business does with it

The operational decision the finding leads to.
`;
}

function main(argv: string[]): number {
  const title = argv.join(' ').trim();
  if (title === '') {
    console.error('new:module: a title is required. Run: npm run new:module -- "Repeat contacts"');
    return 2;
  }
  const slug = slugify(title);
  if (slug === '') {
    console.error(`new:module: the title "${title}" has no letters or digits for a file name.`);
    return 2;
  }

  const weeks = existingWeeks(MODULES);
  const last = weeks.reduce((latest, entry) => (entry.week > latest.week ? entry : latest), {
    week: 0,
    publishDate: new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10),
  });
  const week = last.week + 1;
  const publishDate = new Date(Date.parse(`${last.publishDate}T00:00:00Z`) + 7 * DAY_MS)
    .toISOString()
    .slice(0, 10);

  const file = join(MODULES, `${String(week).padStart(2, '0')}-${slug}.mdx`);
  const twin = existsSync(MODULES)
    ? readdirSync(MODULES).find((name) => name.replace(/^\d+-/, '') === `${slug}.mdx`)
    : undefined;
  if (twin !== undefined) {
    console.error(
      `new:module: ${join(MODULES, twin)} already has this title. Choose another title.`,
    );
    return 1;
  }

  mkdirSync(MODULES, { recursive: true });
  writeFileSync(file, moduleTemplate(title, week, publishDate));
  console.log(`Created ${file}: week ${week}, published ${publishDate}, marked as a draft.`);
  console.log('Preview it with npm start; remove "draft: true" to publish it.');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
