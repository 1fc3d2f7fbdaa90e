/** Version of the stored progress format; part of every key, so a new format starts clean. */
export const PROGRESS_VERSION = 1;

/** A learner's work on one question of one variant. */
export interface AnswerRecord {
  /** Current content of the field, checked or not. */
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

/** A learner's state on one question. */
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

/** Reads one stored scenario entry, or returns undefined when it is corrupt or of another shape. */
export function readScenarioProgress(text: string): ScenarioProgress | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return checkScenarioProgress(value);
}

/** Returns the value as scenario progress when it has that shape, or undefined. */
export function checkScenarioProgress(value: unknown): ScenarioProgress | undefined {
  if (!isRecord(value) || value.v !== PROGRESS_VERSION) return undefined;
  if (!Number.isSafeInteger(value.variant) || (value.variant as number) < 0) return undefined;
  if (!isTimestamp(value.updatedAt) || !isRecord(value.variants)) return undefined;

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
    (value.solvedAt === null || isTimestamp(value.solvedAt)) &&
    (value.revealedAt === undefined || value.revealedAt === null || isTimestamp(value.revealedAt))
  );
}

// An ISO timestamp that a Date can read, so that no date on the page is invalid.
function isTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How far a learner got with one scenario, over all the variants they tried. */
export interface ScenarioSummary {
  status: 'not-started' | 'in-progress' | 'complete';
  /** Questions solved without the solution, in the learner's best variant. */
  solved: number;
  /** Questions whose solution was shown, in that variant. */
  revealed: number;
  total: number;
  /** When the learner last worked on the scenario, as an ISO timestamp. */
  updatedAt: string | null;
}

/**
 * Summarises a scenario's progress. The best variant counts: the one with the
 * most questions solved. A scenario is complete when every question of one
 * variant is solved or has had its solution shown.
 */
export function summarizeScenario(
  progress: ScenarioProgress | undefined,
  questionIds: readonly string[],
): ScenarioSummary {
  const total = questionIds.length;
  if (!progress) return { status: 'not-started', solved: 0, revealed: 0, total, updatedAt: null };

  let best = { solved: 0, revealed: 0, touched: false };
  let complete = false;
  for (const answers of Object.values(progress.variants)) {
    const statuses = questionIds.map((id) => questionStatus(answers[id]));
    const solved = statuses.filter((status) => status === 'solved').length;
    const revealed = statuses.filter((status) => status === 'revealed').length;
    const touched = statuses.some((status) => status !== 'unanswered');
    const better =
      solved > best.solved ||
      (solved === best.solved && solved + revealed > best.solved + best.revealed);
    if (better || (!best.touched && touched)) best = { solved, revealed, touched };
    // A finished variant keeps the scenario complete even when a later, unfinished
    // variant has more questions solved and so becomes the best one.
    if (solved + revealed === total && total > 0) complete = true;
  }

  let status: ScenarioSummary['status'] = 'not-started';
  if (complete) status = 'complete';
  else if (best.touched) status = 'in-progress';
  return {
    status,
    solved: best.solved,
    revealed: best.revealed,
    total,
    updatedAt: progress.updatedAt,
  };
}
