import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { modulePath, publishedModules } from '../content/modules';

/** Builds the feed that announces each module as it is published. */
export async function GET(context: APIContext) {
  const modules = await publishedModules();
  return rss({
    title: 'Support Analytics Lab',
    description: 'A new module on customer care analytics every week.',
    site: context.site ?? 'http://localhost:4321',
    items: modules.map((entry) => ({
      title: `Week ${entry.data.week}: ${entry.data.title}`,
      description: entry.data.summary,
      pubDate: entry.data.publishDate,
      link: modulePath(entry),
    })),
  });
}
