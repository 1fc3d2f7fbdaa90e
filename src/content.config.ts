import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Weekly learning modules, one MDX file each. */
const modules = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/modules' }),
  schema: z.object({
    title: z.string().min(1),
    /** Course week, from 1; modules are listed and released in this order. */
    week: z.number().int().positive(),
    /** The day the module is published, as YYYY-MM-DD. */
    publishDate: z.coerce.date(),
    summary: z.string().min(1),
    objectives: z.array(z.string().min(1)).min(1).optional(),
    draft: z.boolean().default(false),
  }),
});

export const collections = { modules };
