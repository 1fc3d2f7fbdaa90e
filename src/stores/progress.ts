import { atom, computed } from 'nanostores';
import { persistentMap, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage } from './storage';

/** Version of the stored progress format; part of every key, so a new format starts clean. */
export const PROGRESS_VERSION = 1;

const PREFIX = `sal:progress:v${PROGRESS_VERSION}:`;

/** A learner's work on one question of one variant. */
export interface AnswerRecord {
  /** What the field contains now, checked or not. */
  draft: string;
  /** The last answer the learner checked, or null before the first check. */
  checked: string | null;
  /** Graded attempts; an answer that cannot be graded uses none. */
  attempts: number;
  /** When the question was first answered correctly, as an ISO timestamp. */
  solvedAt: string | null;
  /** When the worked solution was first shown, as an ISO timestamp. */
  revealedAt: string | null;
}

/** Where a learner stands on one question. */
export type QuestionStatus = 'unanswered' | 'attempted' | 'solved' | 'revealed';

/** Wrong attempts after which the worked solution opens by itself. */
export const ATTEMPTS_BEFORE_SOLUTION = 3;

/**
 * Returns a question's status. A question solved only after its solution was
 * shown counts as revealed, not solved.
 */
export function questionStatus(record: AnswerRecord | undefined): QuestionStatus {
  if (!record) return 'unanswered';
  if (record.revealedAt && (!record.solvedAt || record.revealedAt < record.solvedAt)) {
    return 'revealed';
  }
  if (record.solvedAt) return 'solved';
  return record.attempts > 0 ? 'attempted' : 'unanswered';
}

/** A learner's work on one scenario of one module. */
export interface ScenarioProgress {
  v: typeof PROGRESS_VERSION;
  /** The variant the learner is working on. */
  variant: number;
  /** Answers per variant, then per question id. */
  variants: Record<string, Record<string, AnswerRecord>>;
  updatedAt: string;
}

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
  {
    encode: (value) => JSON.stringify(value),
    decode: (text) => {
      const value = readScenarioProgress(text);
      if (value === undefined) unreadableProgress.set(unreadableProgress.get() + 1);
      return value;
    },
  },
);

/** Returns the key of a scenario's progress. */
export function progressKey(moduleId: string, scenarioId: string): string {
  return `${moduleId}/${scenarioId}`;
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
  progress.setKey(key, { ...current, variant: current.variant + 1, updatedAt: now() });
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

/** Reads one stored scenario entry, or returns undefined when it is corrupt or of another shape. */
export function readScenarioProgress(text: string): ScenarioProgress | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }

  if (!isRecord(value) || value.v !== PROGRESS_VERSION) return undefined;
  if (!Number.isInteger(value.variant) || (value.variant as number) < 0) return undefined;
  if (typeof value.updatedAt !== 'string' || !isRecord(value.variants)) return undefined;

  for (const answers of Object.values(value.variants)) {
    if (!isRecord(answers) || !Object.values(answers).every(isAnswerRecord)) return undefined;
    // Records saved before solutions existed have no revealedAt.
    for (const answer of Object.values(answers) as AnswerRecord[]) answer.revealedAt ??= null;
  }
  return value as unknown as ScenarioProgress;
}

function isAnswerRecord(value: unknown): value is AnswerRecord {
  return (
    isRecord(value) &&
    typeof value.draft === 'string' &&
    (value.checked === null || typeof value.checked === 'string') &&
    Number.isInteger(value.attempts) &&
    (value.attempts as number) >= 0 &&
    (value.solvedAt === null || typeof value.solvedAt === 'string') &&
    (value.revealedAt === undefined ||
      value.revealedAt === null ||
      typeof value.revealedAt === 'string')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
