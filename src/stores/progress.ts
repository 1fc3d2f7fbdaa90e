import { atom, computed } from 'nanostores';
import { persistentMap, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import {
  ATTEMPTS_BEFORE_SOLUTION,
  PROGRESS_VERSION,
  checkScenarioProgress,
  readScenarioProgress,
  type AnswerRecord,
  type ScenarioProgress,
} from './progress-format';
import { createSafeStorage } from './storage';

export * from './progress-format';

const PREFIX = `sal:progress:v${PROGRESS_VERSION}:`;

/** Number of stored values that could not be read and were set aside this page load. */
export const unreadableProgress = atom(0);

if (typeof window !== 'undefined') {
  setPersistentEngine(createSafeStorage(), windowPersistentEvents);
}

/**
 * Progress per `moduleId/scenarioId`, one localStorage entry each, so that two tabs
 * that work on different scenarios never overwrite each other.
 */
export const progress = persistentMap<Record<string, ScenarioProgress | undefined>>(
  PREFIX,
  {},
  { encode: (value) => JSON.stringify(value), decode: readScenarioProgress },
);

/** Keys whose stored value could not be read this page load. Those values stay in storage. */
const unreadableKeys = new Set<string>();

// On mount and on pageshow, persistentMap (@nanostores/persistent 1.3.5) passes every
// stored entry to progress.set(), which deletes the stored value of each entry that
// decoded to undefined. Keeping those entries out of set() leaves an unreadable value
// in storage until the learner saves that scenario again, and counts it once, not once
// per mount. This module changes progress through setKey() only, so the undefined
// entries that set() receives are the unreadable ones.
// NOTE: an unreadable value that another tab writes arrives through the storage event,
// not set(), so it is dropped from the map but not counted.
const setAndStore = progress.set;
progress.set = (entries) => {
  const readable: Record<string, ScenarioProgress> = {};
  for (const [key, entry] of Object.entries(entries)) {
    if (entry === undefined) unreadableKeys.add(key);
    else readable[key] = entry;
  }
  unreadableProgress.set(unreadableKeys.size);
  setAndStore(readable);
};

/**
 * Returns the key of a scenario's progress. A learner id gives its own key,
 * because its variants hold other data than the variants without one.
 */
export function progressKey(moduleId: string, scenarioId: string, learner = ''): string {
  const base = `${moduleId}/${scenarioId}`;
  return learner === '' ? base : `${base}~${encodeURIComponent(learner)}`;
}

/** Returns a store of one scenario's progress. */
export function scenarioProgress(key: string) {
  return computed(progress, (all) => all[key]);
}

/** Stores what a field contains, so a reload keeps unchecked typing. */
export function saveDraft(key: string, questionId: string, draft: string): void {
  updateAnswer(key, questionId, (answer) => ({ ...answer, draft }));
}

/** Records a checked answer; `graded` is false when the answer could not be graded. */
export function recordCheck(
  key: string,
  questionId: string,
  answer: string,
  result: { graded: boolean; correct: boolean },
): void {
  updateAnswer(key, questionId, (previous) => {
    const attempts = previous.attempts + (result.graded ? 1 : 0);
    const solvedAt = previous.solvedAt ?? (result.correct ? now() : null);
    const stuck = solvedAt === null && attempts >= ATTEMPTS_BEFORE_SOLUTION;
    return {
      draft: answer,
      checked: answer,
      attempts,
      solvedAt,
      revealedAt: previous.revealedAt ?? (stuck ? now() : null),
    };
  });
}

/** Records that the learner asked for the worked solution of a question. */
export function revealSolution(key: string, questionId: string): void {
  updateAnswer(key, questionId, (answer) => ({
    ...answer,
    revealedAt: answer.revealedAt ?? now(),
  }));
}

/** Moves a scenario to its next variant, keeping the answers of earlier ones. */
export function startNextVariant(key: string): void {
  const current = progress.get()[key] ?? emptyProgress();
  const next = Math.max(current.variant, ...Object.keys(current.variants).map(Number)) + 1;
  progress.setKey(key, { ...current, variant: next, updatedAt: now() });
}

/** Returns to a variant the learner worked on before; its answers are still there. */
export function switchVariant(key: string, variant: number): void {
  const current = progress.get()[key] ?? emptyProgress();
  if (!Number.isSafeInteger(variant) || variant < 0) return;
  progress.setKey(key, { ...current, variant, updatedAt: now() });
}

function updateAnswer(
  key: string,
  questionId: string,
  change: (answer: AnswerRecord) => AnswerRecord,
): void {
  const current = progress.get()[key] ?? emptyProgress();
  const variantKey = String(current.variant);
  const answers = current.variants[variantKey] ?? {};
  const previous = answers[questionId] ?? {
    draft: '',
    checked: null,
    attempts: 0,
    solvedAt: null,
    revealedAt: null,
  };

  progress.setKey(key, {
    ...current,
    variants: { ...current.variants, [variantKey]: { ...answers, [questionId]: change(previous) } },
    updatedAt: now(),
  });
}

function emptyProgress(): ScenarioProgress {
  return { v: PROGRESS_VERSION, variant: 0, variants: {}, updatedAt: now() };
}

function now(): string {
  return new Date().toISOString();
}

/** The name a progress export carries, so that other JSON files are recognised as such. */
const EXPORT_FORMAT = 'support-analytics-lab-progress';

/** Writes every scenario's progress as the JSON text of an export file. */
export function exportProgress(now = new Date()): string {
  const entries = Object.fromEntries(
    Object.entries(progress.get()).filter(([, value]) => value !== undefined),
  );
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), entries },
    null,
    2,
  );
}

export type ImportResult = { ok: true; scenarios: number } | { ok: false; message: string };

/**
 * Reads an export file and stores its progress, replacing the scenarios it
 * contains and keeping the others. A file that is not a valid export changes
 * nothing and gets a message that says why.
 */
export function importProgress(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not JSON. Choose a file saved with "Export progress".',
    };
  }

  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return { ok: false, message: 'This file is not a progress export of Support Analytics Lab.' };
  }
  const { version, entries } = value as { version?: unknown; entries?: unknown };
  if (version !== PROGRESS_VERSION) {
    return {
      ok: false,
      message: `This export has format version ${JSON.stringify(version)}; this site reads version ${PROGRESS_VERSION}.`,
    };
  }
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    return { ok: false, message: 'This export has no progress entries.' };
  }

  const checked: [string, ScenarioProgress][] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const valid = /^[^/]+\/[^/]+$/.test(key) ? checkScenarioProgress(entry) : undefined;
    if (!valid) {
      return { ok: false, message: `The entry "${key}" is damaged or not a progress entry.` };
    }
    checked.push([key, valid]);
  }

  for (const [key, entry] of checked) progress.setKey(key, entry);
  return { ok: true, scenarios: checked.length };
}

/** Deletes every scenario's progress from this browser, unreadable values included. */
export function resetProgress(): void {
  const keys = new Set([...Object.keys(progress.get()), ...unreadableKeys]);
  for (const key of keys) progress.setKey(key, undefined);
}
