import { getCollection, type CollectionEntry } from 'astro:content';

export type ModuleEntry = CollectionEntry<'modules'>;

/** Options that decide which modules a build shows. */
export interface PublishOptions {
  /** The moment the build treats as now; modules dated later are left out. */
  now?: Date;
  /** Whether drafts and future modules are shown; true in development. */
  preview?: boolean;
}

/**
 * Returns the modules a reader sees, ordered by week: no drafts and no module
 * whose publish date is still to come, unless `preview` is set. Throws, naming
 * both files, when two modules share a week.
 */
export async function publishedModules(options: PublishOptions = {}): Promise<ModuleEntry[]> {
  const all = await getCollection('modules');
  assertUniqueWeeks(all);

  const now = options.now ?? buildDate();
  // NOTE: Vite sets DEV from NODE_ENV, so a build run with NODE_ENV=development
  // or test also shows drafts and future modules.
  const preview = options.preview ?? import.meta.env.DEV;
  return all
    .filter((entry) => preview || (!entry.data.draft && entry.data.publishDate <= now))
    .sort((a, b) => a.data.week - b.data.week);
}

/** Returns the module published most recently: this week's module. */
export function currentModule(modules: ModuleEntry[]): ModuleEntry | undefined {
  return modules.reduce<ModuleEntry | undefined>(
    (latest, entry) =>
      latest === undefined || entry.data.publishDate > latest.data.publishDate ? entry : latest,
    undefined,
  );
}

/** Returns the path of a module's page. */
export function modulePath(entry: ModuleEntry): string {
  return `/modules/${entry.id}/`;
}

// The moment a build publishes at: SAL_BUILD_DATE (YYYY-MM-DD) when set, so a
// build can be reproduced or previewed as of another day, otherwise the clock.
function buildDate(): Date {
  const fixed = process.env.SAL_BUILD_DATE;
  if (fixed === undefined || fixed === '') return new Date();

  const date = new Date(`${fixed}T23:59:59Z`);
  const real = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(fixed);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || !real) {
    throw new Error(`Invalid SAL_BUILD_DATE "${fixed}": expected YYYY-MM-DD.`);
  }
  return date;
}

function assertUniqueWeeks(entries: ModuleEntry[]): void {
  const byWeek = new Map<number, ModuleEntry>();
  for (const entry of entries) {
    const other = byWeek.get(entry.data.week);
    if (other) {
      throw new Error(
        `Duplicate week ${entry.data.week}: ${fileOf(other)} and ${fileOf(entry)} both set "week: ${entry.data.week}". Give each module its own week number.`,
      );
    }
    byWeek.set(entry.data.week, entry);
  }
}

/** Returns the source file of a module, for messages. */
export function fileOf(entry: ModuleEntry): string {
  return entry.filePath ?? `src/content/modules/${entry.id}.mdx`;
}

/** Returns the ids of the scenarios a module embeds, in order of appearance. */
export function scenarioIdsOf(entry: ModuleEntry): string[] {
  // id="x", id='x' and id={"x"} all name the scenario x.
  const pattern = /<Scenario\s+[^>]*?id=(?:\{\s*)?["']([^"']+)["']/g;
  const ids = [...(entry.body ?? '').matchAll(pattern)].map((match) => match[1] as string);
  return [...new Set(ids)];
}
