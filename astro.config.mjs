// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';

// The address the site is served from, for absolute links in the RSS feed and
// the sitemap. Set SITE_URL when deploying.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // A strict content security policy on every page: Astro hashes the scripts
  // and styles it emits, and everything else must come from the site itself.
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({ filter: (page) => !page.includes('/instructor/') }),
  ],
});
